import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiProblem, problemSentence } from './errors';

/** NOT_FOUND and FORBIDDEN as plain pages. */
export function StatusPage({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t(kind === 'notFound' ? 'errors.notFoundTitle' : 'errors.forbiddenTitle')}
      </Heading>
      <Paragraph>{t(kind === 'notFound' ? 'errors.notFound' : 'errors.forbidden')}</Paragraph>
      <Paragraph>
        <Link to="/">{t('errors.goHome')}</Link>
      </Paragraph>
    </section>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <Spinner aria-label={t('app.loading')} data-size="md" />;
}

/** What a page shows when its query failed: a plain page for NOT_FOUND/FORBIDDEN, else an alert with a retry. */
export function QueryProblem({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const problem = apiProblem(error);
  if (!problem) return null;
  if (problem.code === 'NOT_FOUND') return <StatusPage kind="notFound" />;
  if (problem.code === 'FORBIDDEN') return <StatusPage kind="forbidden" />;
  return (
    <Alert data-color="danger">
      <Paragraph>{problemSentence(t, problem)}</Paragraph>
      {retry && (
        <Button variant="secondary" data-size="sm" onClick={retry}>
          {t('errors.reload')}
        </Button>
      )}
    </Alert>
  );
}
