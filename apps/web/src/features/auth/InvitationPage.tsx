import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { setSession } from '../../app/session';
import { apiProblem, fieldSentence, problemSentence } from '../../shared/errors';
import { AcceptInvitationDocument } from './operations';

/** /invitasjon/<token>: a new user sets a name and password; the API signs them in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  const problem = apiProblem(error);
  const passwordError =
    problem?.code === 'BAD_USER_INPUT' && problem.field?.endsWith('password') ? fieldSentence(t, problem.field) : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await accept({ variables: { input: { token, password, name: name || undefined } } });
      if (data) {
        setSession(data.acceptInvitation);
        await navigate('/', { replace: true });
      }
    } catch {
      // shown below
    }
  };
  return (
    <section className="page narrow">
      <Heading level={1} data-size="lg">
        {t('auth.invitationTitle')}
      </Heading>
      <Paragraph>{t('auth.invitationIntro')}</Paragraph>
      {problem && !passwordError && (
        <Alert data-color="danger" role="alert">
          {problem.code === 'UNAUTHENTICATED' || problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT'
            ? t('auth.invitationInvalid')
            : problemSentence(t, problem)}
        </Alert>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <Textfield label={t('auth.name')} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        <Textfield
          label={t('auth.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          error={passwordError}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('auth.accept')}
          </Button>
        </div>
      </form>
    </section>
  );
}
