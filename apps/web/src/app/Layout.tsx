import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Field, Label, Paragraph, Select, SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { LogoutDocument } from '../features/auth/operations';
import { NotificationsLink } from '../features/notifications/NotificationsLink';
import { changeLanguage, LANGUAGES, type UiLanguage } from '../i18n';
import { clearSession, getSession, hasRole } from './session';
import { useSession } from './useSession';

/** Role-aware navigation: what each role works with. */
function navItems(session: ReturnType<typeof useSession>): Array<{ to: string; key: string }> {
  const items: Array<{ to: string; key: string }> = [];
  if (hasRole(session, 'ADMIN', 'BROKER')) {
    items.push(
      { to: '/oversikt', key: 'nav.overview' },
      { to: '/behov', key: 'nav.needs' },
      { to: '/profiler', key: 'nav.profiles' },
      { to: '/konsortier', key: 'nav.consortia' },
      { to: '/oppfolging', key: 'nav.followUp' },
    );
  }
  if (hasRole(session, 'BROKER')) items.push({ to: '/inhabilitet', key: 'nav.exclusions' });
  if (hasRole(session, 'MUNICIPALITY_MEMBER')) items.push({ to: '/mine-behov', key: 'nav.myNeeds' });
  if (hasRole(session, 'RESEARCHER')) items.push({ to: '/mine-profiler', key: 'nav.myProfiles' });
  if (!hasRole(session, 'ADMIN', 'BROKER')) {
    items.push({ to: '/behov', key: 'nav.findNeeds' });
    if (hasRole(session, 'MUNICIPALITY_MEMBER', 'RESEARCHER')) items.push({ to: '/konsortier', key: 'nav.myConsortia' });
    if (hasRole(session, 'MUNICIPALITY_MEMBER', 'RESEARCHER')) items.push({ to: '/oppfolging', key: 'nav.ownFollowUp' });
  }
  return items;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);

  const signOut = async () => {
    try {
      await logout({ variables: { refreshToken: getSession()?.refreshToken } });
    } catch {
      // The session ends locally whatever the API answered.
    }
    clearSession('logout');
    await client.clearStore();
    await navigate('/logg-inn');
  };

  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="app-name">
            {t('app.name')}
          </NavLink>
          {session && (
            <nav aria-label={t('nav.label')}>
              <ul className="app-nav">
                {navItems(session).map((item) => (
                  <li key={item.to + item.key}>
                    <NavLink to={item.to}>{t(item.key)}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="app-tools">
            <Field data-size="sm" className="language-field">
              <Label>{t('app.language')}</Label>
              <Select
                value={i18n.language}
                onChange={(e) => void changeLanguage(e.target.value as UiLanguage)}
              >
                {LANGUAGES.map((l) => (
                  <Select.Option key={l} value={l} lang={l}>
                    {l === 'nb' ? 'Bokmål' : l === 'nn' ? 'Nynorsk' : 'English'}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {session && (
              <>
                <NotificationsLink />
                <Paragraph data-size="sm">{t('nav.signedInAs', { name: session.user.name })}</Paragraph>
                <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
                  {t('nav.signOut')}
                </Button>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
