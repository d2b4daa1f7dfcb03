import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../app/session';
import { useSession } from '../../app/useSession';
import type { ExportKind, ProgrammeIndicatorsQuery } from '../../gql/graphql';
import { apiProblem, problemSentence } from '../../shared/errors';
import { dateTime, decimal, percent } from '../../shared/format';
import { Loading, QueryProblem } from '../../shared/StatusPage';
import { ArenaChoice, useChosenArena } from '../arenas/ArenaChoice';
import { CreateExportLinkDocument, ProgrammeIndicatorsDocument } from './operations';

const LineChart = lazy(() => import('../charts/LineChart'));

const EXPORTS: ExportKind[] = ['INDICATORS', 'NEEDS', 'PROFILES', 'PROPOSALS', 'CONSORTIA'];

function monthLabel(start: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(start));
}

function time(value: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short' }).format(new Date(value));
}

function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : language === 'nn' ? 'nn-NO' : 'nb-NO';
}

type Indicators = ProgrammeIndicatorsQuery['programmeIndicators'];

/** Whose figures a page shows: an arena's (brokers, admins), or one's own organization's part. */
type Viewer = 'arena' | 'municipality' | 'researcher';

/**
 * The follow-up evaluation: for brokers and admins an arena's key figures as of now, their course over the months
 * and CSV downloads; for municipality members and researchers the same figures for their own organization's part
 * (what the API lets them see: their needs, the proposals and consortia they are in).
 */
export function FollowUpPage() {
  const session = useSession();
  if (hasRole(session, 'ADMIN', 'BROKER')) return <ArenaFollowUp />;
  return <OwnFollowUp viewer={hasRole(session, 'MUNICIPALITY_MEMBER') ? 'municipality' : 'researcher'} />;
}

function ArenaFollowUp() {
  const { t } = useTranslation();
  const { arenas, mine, arenaId, arenaName, choose } = useChosenArena();
  const indicators = useQuery(ProgrammeIndicatorsDocument, {
    variables: { filter: { arenaId } },
    skip: !arenaId,
    fetchPolicy: 'cache-and-network',
  });
  if (arenas.loading) return <Loading />;
  if (arenas.error) return <QueryProblem error={arenas.error} retry={() => void arenas.refetch()} />;
  if (!arenaId) return <Paragraph>{t('overview.noArena')}</Paragraph>;
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('followUp.title', { arena: arenaName })}
      </Heading>
      <Paragraph>{t('followUp.intro')}</Paragraph>
      <ArenaChoice mine={mine} arenaId={arenaId} choose={choose} />
      <FiguresOverTime viewer="arena" indicators={indicators} />
      <Downloads kinds={EXPORTS} arenaId={arenaId} />
    </section>
  );
}

function OwnFollowUp({ viewer }: { viewer: Exclude<Viewer, 'arena'> }) {
  const { t } = useTranslation();
  const indicators = useQuery(ProgrammeIndicatorsDocument, { variables: { filter: null }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('followUp.ownTitle')}
      </Heading>
      <Paragraph>{t(viewer === 'municipality' ? 'followUp.ownIntroMunicipality' : 'followUp.ownIntroResearcher')}</Paragraph>
      <FiguresOverTime viewer={viewer} indicators={indicators} />
      <Downloads kinds={['INDICATORS']} />
    </section>
  );
}

/** The key figures and their course per month; each viewer sees the figures that describe their part. */
function FiguresOverTime({
  viewer,
  indicators,
}: {
  viewer: Viewer;
  indicators: { data?: ProgrammeIndicatorsQuery; error?: unknown; refetch: () => unknown };
}) {
  const { t, i18n } = useTranslation();
  const data = indicators.data?.programmeIndicators;
  if (indicators.error) return <QueryProblem error={indicators.error} retry={() => void indicators.refetch()} />;
  if (!data) return <Loading />;
  const lang = i18n.language;
  const series = (value: (p: Indicators['periods'][number]) => number) =>
    data.periods.map((p) => ({ label: monthLabel(p.start, lang), value: value(p) }));
  const days = (d: number | null | undefined) => (d === null || d === undefined ? '–' : decimal(d, lang, 0));
  const needs = viewer !== 'researcher';
  return (
    <>
      <Paragraph data-size="sm">
        {t('followUp.range', { from: dateTime(data.from, lang), to: dateTime(data.to, lang) })}
      </Paragraph>
      <Heading level={2} data-size="md">
        {t('overview.figures')}
      </Heading>
      <dl className="figures" data-testid="follow-up-figures">
        {viewer === 'arena' && (
          <div>
            <dt>{t('followUp.mobilized')}</dt>
            <dd className="figure-value">
              {data.total.municipalities.mobilized} / {data.total.municipalities.inScope}
            </dd>
            {data.total.municipalities.share !== null && data.total.municipalities.share !== undefined && (
              <dd>{percent(data.total.municipalities.share, lang)}</dd>
            )}
          </div>
        )}
        {needs && (
          <div>
            <dt>{t('followUp.needsRegistered')}</dt>
            <dd className="figure-value">{data.total.needs.registered}</dd>
            <dd>{t('followUp.needsOpen', { count: data.total.needs.open })}</dd>
          </div>
        )}
        <div>
          <dt>{t('followUp.proposals')}</dt>
          <dd className="figure-value">{data.total.proposals.made}</dd>
          <dd>{t('followUp.proposalsDecided', { accepted: data.total.proposals.accepted, rejected: data.total.proposals.rejected })}</dd>
        </div>
        <div>
          <dt>{t('followUp.consortia')}</dt>
          <dd className="figure-value">{data.total.consortia.byStatus.reduce((sum, s) => sum + s.count, 0)}</dd>
          {needs && <dd>{t('followUp.needsInConsortium', { count: data.total.needs.inFormingOrConfirmedConsortium })}</dd>}
        </div>
        {needs && (
          <div>
            <dt>{t('followUp.researchGroups')}</dt>
            <dd className="figure-value">{data.total.research.groupsInvolved}</dd>
            <dd>{t('followUp.institutions', { count: data.total.research.institutionsInvolved })}</dd>
          </div>
        )}
        {needs && (
          <div>
            <dt>{t('followUp.timeToProposal')}</dt>
            <dd className="figure-value">{days(data.total.times.toFirstProposal.medianDays)}</dd>
            <dd>
              {t('followUp.timeToConfirmed', {
                days: days(data.total.times.toConfirmedConsortium.medianDays),
                count: data.total.times.toConfirmedConsortium.medianDays ?? 0,
              })}
            </dd>
          </div>
        )}
        {needs && (
          <div>
            <dt>{t('followUp.coverage')}</dt>
            <dd className="figure-value">
              {data.total.coverage.share === null || data.total.coverage.share === undefined ? '–' : percent(data.total.coverage.share, lang)}
            </dd>
            <dd>{t('followUp.coverageOf', { covered: data.total.coverage.covered, count: data.total.coverage.openNeeds })}</dd>
          </div>
        )}
      </dl>
      <Heading level={2} data-size="md">
        {t('followUp.overTime')}
      </Heading>
      <Suspense fallback={<Loading />}>
        <div className="charts">
          {viewer === 'arena' && (
            <LineChart id="chart-mobilized" title={t('followUp.chartMobilized')} points={series((p) => p.municipalities.mobilized)} />
          )}
          {needs && <LineChart id="chart-needs" title={t('followUp.chartNeeds')} points={series((p) => p.needs.registered)} />}
          <LineChart id="chart-proposals" title={t('followUp.chartProposals')} points={series((p) => p.proposals.made)} />
        </div>
      </Suspense>
    </>
  );
}

/** One button per CSV list: it asks for a signed link (valid 5 minutes) and offers it for download. */
function Downloads({ kinds, arenaId }: { kinds: ExportKind[]; arenaId?: string }) {
  const { t, i18n } = useTranslation();
  const [links, setLinks] = useState<Partial<Record<ExportKind, { url: string; expiresAt: string }>>>({});
  const [createLink, creating] = useMutation(CreateExportLinkDocument);
  const problem = apiProblem(creating.error);
  const make = (kind: ExportKind) =>
    void createLink({ variables: { input: kind === 'INDICATORS' ? { kind, filter: { arenaId } } : { kind, arenaId } } })
      .then((res) => {
        const link = res.data?.createExportLink;
        if (link) setLinks((all) => ({ ...all, [kind]: link }));
      })
      .catch(() => undefined);
  return (
    <section className="stack" aria-labelledby="downloads-heading">
      <Heading level={2} data-size="md" id="downloads-heading">
        {t('followUp.downloads')}
      </Heading>
      <Paragraph data-size="sm">{t('followUp.downloadsIntro')}</Paragraph>
      {problem && <Alert data-color="danger">{problemSentence(t, problem)}</Alert>}
      <ul className="result-list">
        {kinds.map((kind) => {
          const link = links[kind];
          const name = t(`enums.ExportKind.${kind}`);
          return (
            <li key={kind}>
              <Card>
                <div className="row download-row">
                  <Paragraph>
                    <strong>{name}</strong>
                  </Paragraph>
                  {link ? (
                    <a href={link.url} download={`${kind.toLowerCase()}.csv`} data-testid={`download-${kind}`}>
                      {t('followUp.download', { name, time: time(link.expiresAt, i18n.language) })}
                    </a>
                  ) : (
                    <Button variant="secondary" data-size="sm" onClick={() => make(kind)}>
                      {t('followUp.makeLink', { name })}
                    </Button>
                  )}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
