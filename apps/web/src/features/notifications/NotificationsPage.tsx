import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Language, NotificationDelivery, NotificationKind } from '../../gql/graphql';
import { ConnectionPager } from '../../shared/ConnectionPager';
import { apiProblem, problemSentence } from '../../shared/errors';
import { dateTime } from '../../shared/format';
import { pageCursor } from '../../shared/pagination';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  NotificationSettingsDocument,
  UnreadNotificationCountDocument,
  UpdateNotificationSettingsDocument,
} from './operations';

const PAGE_SIZE = 20;
const DELIVERIES: NotificationDelivery[] = ['IN_APP', 'EMAIL', 'DIGEST'];
const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const REFRESH = [{ query: UnreadNotificationCountDocument }];

/** The signed-in user's notifications (newest first, mark as read) and how each kind is delivered. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE, after: pageCursor(params) },
    fetchPolicy: 'cache-and-network',
  });
  const [markOne] = useMutation(MarkNotificationReadDocument, { refetchQueries: REFRESH });
  const [markAll, marking] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: REFRESH });
  const shown = data ?? previousData;

  const mark = async (id: string | null) => {
    await (id ? markOne({ variables: { id } }) : markAll());
    await refetch();
  };

  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('notifications.title')}
      </Heading>
      {error && <QueryProblem error={error} retry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <div className="stack" aria-busy={loading}>
          <Paragraph role="status" data-testid="notifications-unread">
            {t('notifications.unread', { count: shown.unreadNotificationCount })}
          </Paragraph>
          {shown.unreadNotificationCount > 0 && (
            <div>
              <Button variant="secondary" loading={marking.loading} onClick={() => void mark(null)}>
                {t('notifications.markAll')}
              </Button>
            </div>
          )}
          {shown.notifications.edges.length === 0 && <Paragraph>{t('notifications.empty')}</Paragraph>}
          <ul className="result-list">
            {shown.notifications.edges.map(({ node }) => (
              <li key={node.id}>
                <Card>
                  <Heading level={2} data-size="xs">
                    {node.link ? <Link to={node.link}>{node.title}</Link> : node.title}
                  </Heading>
                  <Paragraph data-size="sm">{node.body}</Paragraph>
                  <Paragraph data-size="sm">{dateTime(node.createdAt, i18n.language)}</Paragraph>
                  <div className="tags">
                    {node.readAt ? (
                      <Tag data-color="neutral">{t('notifications.read')}</Tag>
                    ) : (
                      <>
                        <Tag data-color="info">{t('notifications.new')}</Tag>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('notifications.markOneLabel', { title: node.title })}
                          onClick={() => void mark(node.id)}
                        >
                          {t('notifications.markOne')}
                        </Button>
                      </>
                    )}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
          <ConnectionPager
            params={params}
            onChange={setParams}
            shown={shown.notifications.edges.length}
            total={shown.notifications.totalCount}
            hasNextPage={shown.notifications.pageInfo.hasNextPage}
            endCursor={shown.notifications.pageInfo.endCursor}
          />
        </div>
      )}
      <NotificationSettingsForm />
    </section>
  );
}

/** Language and, per kind, in-app only, e-mail at once or the daily digest; errors beside the field they concern. */
function NotificationSettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery(NotificationSettingsDocument);
  const [save, saving] = useMutation(UpdateNotificationSettingsDocument);
  const [language, setLanguage] = useState<Language>('nb');
  const [choices, setChoices] = useState<Array<{ kind: NotificationKind; delivery: NotificationDelivery }>>([]);
  const [saved, setSaved] = useState(false);
  const loaded = settings.data?.notificationSettings;
  useEffect(() => {
    if (!loaded) return;
    setLanguage(loaded.language);
    setChoices(loaded.preferences.map((p) => ({ kind: p.kind, delivery: p.delivery })));
  }, [loaded]);

  const problem = apiProblem(saving.error);
  const fieldOf = (field: string) =>
    problem?.code === 'BAD_USER_INPUT' && problem.field?.startsWith(field) ? problemSentence(t, problem) : undefined;
  const general = problem && !(problem.code === 'BAD_USER_INPUT' && problem.field) ? problemSentence(t, problem) : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { input: { language, preferences: choices } } });
      setSaved(true);
    } catch {
      // shown beside the field or above the button
    }
  };

  return (
    <section className="stack" aria-labelledby="notification-settings">
      <Heading level={2} data-size="md" id="notification-settings">
        {t('notifications.settingsTitle')}
      </Heading>
      <Paragraph>{t('notifications.settingsIntro')}</Paragraph>
      {settings.error && <QueryProblem error={settings.error} retry={() => void settings.refetch()} />}
      {!loaded && settings.loading && <Loading />}
      {loaded && (
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          <Field>
            <Label>{t('notifications.language')}</Label>
            <Select
              value={language}
              aria-invalid={fieldOf('input.language') ? true : undefined}
              onChange={(e) => setLanguage(e.target.value as Language)}
            >
              {LANGUAGES.map((l) => (
                <Select.Option key={l} value={l} lang={l}>
                  {t(`notifications.languages.${l}`)}
                </Select.Option>
              ))}
            </Select>
            {fieldOf('input.language') && <ValidationMessage>{fieldOf('input.language')}</ValidationMessage>}
          </Field>
          {choices.map((choice, i) => {
            const message = fieldOf(`input.preferences[${i}]`);
            return (
              <Field key={choice.kind}>
                <Label>{t(`notifications.kinds.${choice.kind}`)}</Label>
                <Select
                  value={choice.delivery}
                  aria-invalid={message ? true : undefined}
                  onChange={(e) =>
                    setChoices(
                      choices.map((c, j) => (j === i ? { ...c, delivery: e.target.value as NotificationDelivery } : c)),
                    )
                  }
                >
                  {DELIVERIES.map((d) => (
                    <Select.Option key={d} value={d}>
                      {t(`notifications.deliveries.${d}`)}
                    </Select.Option>
                  ))}
                </Select>
                {message && <ValidationMessage>{message}</ValidationMessage>}
              </Field>
            );
          })}
          {general && (
            <Alert data-color="danger" role="alert">
              {general}
            </Alert>
          )}
          {saved && (
            <Paragraph role="status" data-testid="notification-settings-saved">
              {t('notifications.saved')}
            </Paragraph>
          )}
          <div>
            <Button type="submit" loading={saving.loading}>
              {t('notifications.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
