import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Label, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { decimal, percent } from '../../shared/format';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { CancelMatchRunDocument, MatchRunDocument, MatchRunUpdatedDocument } from './operations';

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/** A run: live progress over the `matchRunUpdated` subscription, then its proposals and unmatched needs. */
export function MatchRunPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const run = useQuery(MatchRunDocument, { variables: { id } });
  const status = run.data?.matchRun.status;
  const live = useSubscription(MatchRunUpdatedDocument, {
    variables: { id },
    skip: !status || FINISHED.has(status),
  });
  const [cancel, cancelling] = useMutation(CancelMatchRunDocument);
  const liveStatus = live.data?.matchRunUpdated.status;
  const { refetch } = run;
  useEffect(() => {
    if (liveStatus && FINISHED.has(liveStatus)) void refetch();
  }, [liveStatus, refetch]);

  if (run.loading && !run.data) return <Loading />;
  if (run.error || !run.data) return <QueryProblem error={run.error} retry={() => void run.refetch()} />;
  const r = run.data.matchRun;
  const now = live.data?.matchRunUpdated ?? r;
  const finished = FINISHED.has(r.status);
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('runs.title')}
      </Heading>
      <Paragraph>
        <Link to={`/oversikt?arena=${r.arenaId}`}>{t('nav.overview')}</Link>
      </Paragraph>
      <Card className="stack">
        <Paragraph role="status" aria-live="polite" data-testid="run-status">
          {t('runs.status')}: {t(`enums.MatchRunStatus.${now.status}`)} · {t('runs.phase')}:{' '}
          {t(`enums.MatchRunPhase.${now.phase}`)} · {t('common.percent', { value: now.progress })}
        </Paragraph>
        <Label htmlFor="run-progress">{t('runs.progress')}</Label>
        <progress id="run-progress" className="progress" max={100} value={now.progress}>
          {now.progress} %
        </progress>
        {!finished && (
          <div>
            <Button variant="secondary" data-size="sm" loading={cancelling.loading} onClick={() => void cancel({ variables: { id } }).catch(() => undefined)}>
              {t('runs.cancel')}
            </Button>
          </div>
        )}
      </Card>
      {r.status === 'FAILED' && <Alert data-color="danger">{t('runs.failed', { error: r.error ?? '' })}</Alert>}
      {r.status === 'SUCCEEDED' && (
        <>
          <Paragraph>
            {t('runs.counts', {
              needs: t('runs.needCount', { count: r.counts.needs ?? 0 }),
              profiles: t('runs.profileCount', { count: r.counts.profiles ?? 0 }),
            })}
            {r.optimalityGap !== null && r.optimalityGap !== undefined
              ? ` · ${t('runs.gap', { gap: decimal(r.optimalityGap * 100, i18n.language, 1) })}`
              : ''}
          </Paragraph>
          <section className="stack" aria-labelledby="proposals-heading">
            <Heading level={2} data-size="md" id="proposals-heading">
              {t('runs.proposals')}
            </Heading>
            {r.proposals.length === 0 && <Paragraph>{t('runs.noProposals')}</Paragraph>}
            <ul className="cards result-list">
              {r.proposals.map((p) => (
                <li key={p.id}>
                  <Card>
                    <Heading level={3} data-size="xs">
                      <Link to={`/forslag/${p.id}`}>
                        {t(`enums.ProjectType.${p.projectType}`)}: {t('proposals.lead', { name: p.leadOrganization.name })}
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('common.score')} {percent(p.score, i18n.language)} ·{' '}
                      {p.members.filter((m) => m.role !== 'LEAD').map((m) => m.organization.name).join(', ')}
                    </Paragraph>
                    <Tag data-color="info">{t(`enums.ConsortiumProposalStatus.${p.status}`)}</Tag>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
          <section className="stack" aria-labelledby="unmatched-heading">
            <Heading level={2} data-size="md" id="unmatched-heading">
              {t('runs.unmatched')}
            </Heading>
            {r.unmatchedNeeds.length === 0 && <Paragraph>{t('runs.noUnmatched')}</Paragraph>}
            <ul className="result-list">
              {r.unmatchedNeeds.map((u) => (
                <li key={u.knowledgeNeedId}>
                  <Card>
                    <Heading level={3} data-size="xs">
                      {u.knowledgeNeed ? <Link to={`/behov/${u.knowledgeNeedId}`}>{u.knowledgeNeed.title}</Link> : u.knowledgeNeedId}
                    </Heading>
                    <Paragraph data-size="sm">
                      {t('runs.reason')}: {u.reason}
                    </Paragraph>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
