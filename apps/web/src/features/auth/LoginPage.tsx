import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { sessionEndReason, setSession } from '../../app/session';
import { useSession } from '../../app/useSession';
import { apiProblem, problemSentence } from '../../shared/errors';
import { LoginDocument } from './operations';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;

  const problem = apiProblem(error);
  const reason = sessionEndReason();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await login({ variables: { input: { email, password } } });
      if (data) setSession(data.login);
    } catch {
      // shown below
    }
  };
  return (
    <section className="page narrow">
      <Heading level={1} data-size="lg">
        {t('auth.title')}
      </Heading>
      <Paragraph>{t('auth.intro')}</Paragraph>
      {reason && !problem && (
        <Alert data-color="info">{t(reason === 'expired' ? 'auth.expired' : 'auth.loggedOut')}</Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem.code === 'UNAUTHENTICATED' ? t('auth.wrong') : problemSentence(t, problem)}
        </Alert>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <Textfield
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Textfield
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('auth.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
