import { useMutation, useQuery } from '@apollo/client/react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { apiProblem, problemSentence } from '../../shared/errors';
import { Loading, QueryProblem, StatusPage } from '../../shared/StatusPage';
import { RunChoicesDocument, StartMatchRunDocument } from './operations';
import { SettingsForm } from './SettingsForm';

/** /kjoringer/ny?arena=<id>: the settings form; starting leads to the run's page. */
export function StartRunPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const arenaId = params.get('arena');
  const { data, loading, error, refetch } = useQuery(RunChoicesDocument, {
    variables: { arenaId: arenaId ?? '' },
    skip: !arenaId,
  });
  const [start, starting] = useMutation(StartMatchRunDocument);
  if (!arenaId) return <StatusPage kind="notFound" />;
  if (loading && !data) return <Loading />;
  if (error || !data) return <QueryProblem error={error} retry={() => void refetch()} />;
  const problem = apiProblem(starting.error);
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('runs.startTitle')}: {data.mobilizationArena.name}
      </Heading>
      <SettingsForm
        needs={data.knowledgeNeeds.edges.map(({ node }) => ({ id: node.id, title: node.title, organization: node.organization.name }))}
        profiles={data.competenceProfiles.edges.map(({ node }) => ({ id: node.id, title: node.title, organization: node.organization.name }))}
        busy={starting.loading}
        error={problem ? problemSentence(t, problem) : undefined}
        onSubmit={({ settings }) =>
          void start({ variables: { input: { arenaId, settings } } })
            .then(({ data: started }) => started && navigate(`/kjoringer/${started.startMatchRun.id}`))
            .catch(() => undefined)
        }
      />
    </section>
  );
}
