import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateTime, percent } from '../../shared/format';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { ArenaChoice, useChosenArena } from './ArenaChoice';
import { ArenaOverviewDocument } from './operations';

const BarChart = lazy(() => import('../charts/BarChart'));

/** The broker's start page: the arena's open needs, profiles, latest runs and the proposals waiting. */
export function ArenaOverviewPage() {
  const { t, i18n } = useTranslation();
  const { arenas, mine, arenaId, arenaName: chosenName, choose } = useChosenArena();
  const overview = useQuery(ArenaOverviewDocument, {
    variables: { arenaId: arenaId ?? '' },
    skip: !arenaId,
    fetchPolicy: 'cache-and-network',
  });
  if (arenas.loading) return <Loading />;
  if (arenas.error) return <QueryProblem error={arenas.error} retry={() => void arenas.refetch()} />;
  if (!arenaId) return <Paragraph>{t('overview.noArena')}</Paragraph>;
  const data = overview.data;
  const arenaName = data?.mobilizationArena.name ?? chosenName;
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('overview.title', { arena: arenaName })}
      </Heading>
      <ArenaChoice mine={mine} arenaId={arenaId} choose={choose} />
      {overview.error && <QueryProblem error={overview.error} retry={() => void overview.refetch()} />}
      {!data ? (
        <Loading />
      ) : (
        <>
          <Heading level={2} data-size="md">
            {t('overview.figures')}
          </Heading>
          <div className="figures">
            <Card>
              <Paragraph className="figure-value">{data.openNeeds.totalCount}</Paragraph>
              <Link to={`/behov?arena=${arenaId}&status=OPEN`}>{t('overview.openNeeds')}</Link>
            </Card>
            <Card>
              <Paragraph className="figure-value">{data.activeProfiles.totalCount}</Paragraph>
              <Link to={`/profiler?arena=${arenaId}`}>{t('overview.activeProfiles')}</Link>
            </Card>
            <Card>
              <Paragraph className="figure-value">{data.waiting.totalCount}</Paragraph>
              <Paragraph>{t('overview.waiting')}</Paragraph>
            </Card>
            <Card>
              <Paragraph className="figure-value">{data.accepted.totalCount}</Paragraph>
              <Paragraph>{t('overview.accepted')}</Paragraph>
            </Card>
          </div>
          <Suspense fallback={<Loading />}>
            <BarChart
              title={t('overview.chartTitle')}
              bars={[
                { label: t('enums.ConsortiumProposalStatus.PROPOSED'), value: data.waiting.totalCount },
                { label: t('enums.ConsortiumProposalStatus.ACCEPTED'), value: data.accepted.totalCount },
                { label: t('enums.ConsortiumProposalStatus.REJECTED'), value: data.rejected.totalCount },
              ]}
            />
          </Suspense>
          <div className="two-columns">
            <section className="stack" aria-labelledby="runs-heading">
              <Heading level={2} data-size="md" id="runs-heading">
                {t('overview.latestRuns')}
              </Heading>
              <Paragraph>
                <Link to={`/kjoringer/ny?arena=${arenaId}`}>{t('overview.startRun')}</Link>
              </Paragraph>
              {data.matchRuns.edges.length === 0 ? (
                <Paragraph>{t('overview.noRuns')}</Paragraph>
              ) : (
                <ul className="result-list">
                  {data.matchRuns.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/kjoringer/${node.id}`}>{dateTime(node.createdAt, i18n.language)}</Link>{' '}
                      <Tag data-color={node.status === 'FAILED' ? 'danger' : 'neutral'}>
                        {t(`enums.MatchRunStatus.${node.status}`)}
                      </Tag>{' '}
                      {node.counts.proposals !== null && node.counts.proposals !== undefined && (
                        <span>{t('proposals.waitingFor', { count: node.counts.proposals })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="stack" aria-labelledby="waiting-heading">
              <Heading level={2} data-size="md" id="waiting-heading">
                {t('overview.proposalsWaiting')}
              </Heading>
              {data.waiting.edges.length === 0 ? (
                <Paragraph>{t('overview.noProposals')}</Paragraph>
              ) : (
                <ul className="result-list">
                  {data.waiting.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/forslag/${node.id}`}>
                        {t(`enums.ProjectType.${node.projectType}`)}: {t('proposals.lead', { name: node.leadOrganization.name })}
                      </Link>{' '}
                      ({t('common.score')} {percent(node.score, i18n.language)})
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </section>
  );
}
