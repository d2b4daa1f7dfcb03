import type { DemoClient } from './demo-client';
import { bold, dim } from './demo-output';

const SUMMARY_QUERY = `query ($filter: ProgrammeIndicatorFilter) { programmeIndicators(filter: $filter) {
  total {
    municipalities { inScope mobilized share bySizeClass { sizeClass inScope mobilized }
                     byResearchExperience { researchExperience mobilized } }
    needs { registered open inProposal inConsortium withdrawn }
    proposals { made accepted rejected }
    research { groupsInvolved institutionsInvolved }
    times { toFirstProposal { count medianDays p90Days } }
    coverage { openNeeds covered share }
  } } }`;

interface Summary {
  municipalities: {
    inScope: number;
    mobilized: number;
    share: number | null;
    bySizeClass: Array<{ sizeClass: string; inScope: number; mobilized: number }>;
    byResearchExperience: Array<{ researchExperience: string; mobilized: number }>;
  };
  needs: {
    registered: number;
    open: number;
    inProposal: number;
    inConsortium: number;
    withdrawn: number;
  };
  proposals: { made: number; accepted: number; rejected: number };
  research: { groupsInvolved: number; institutionsInvolved: number };
  times: { toFirstProposal: { count: number; medianDays: number | null; p90Days: number | null } };
  coverage: { openNeeds: number; covered: number; share: number | null };
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
const days = (value: number | null) => {
  if (value === null) return '–';
  if (value >= 1) return `${value} d`;
  const minutes = Math.round(value * 24 * 60);
  return minutes < 1 ? '< 1 min' : `${minutes} min`;
};

/** Prints the follow-up indicators (programmeIndicators) of each arena, as of now. */
export async function printIndicatorSummary(
  client: DemoClient,
  arenas: ReadonlyArray<{ id: string; name: string }>,
): Promise<void> {
  console.log('');
  console.log(bold('━━ Følgeevaluering: indikatorer per arena (programmeIndicators) ━━'));
  for (const arena of arenas) {
    const { programmeIndicators } = await client.request<{
      programmeIndicators: { total: Summary };
    }>(SUMMARY_QUERY, { filter: { arenaId: arena.id } });
    const t = programmeIndicators.total;
    const small = t.municipalities.bySizeClass.find((s) => s.sizeClass === 'SMALL');
    const inexperienced = t.municipalities.byResearchExperience
      .filter((e) => e.researchExperience === 'NONE')
      .reduce((sum, e) => sum + e.mobilized, 0);
    console.log(`  ${bold(arena.name)}`);
    console.log(
      `    kommuner mobilisert: ${t.municipalities.mobilized} av ${t.municipalities.inScope} (${percent(t.municipalities.share)}),` +
        ` små ${small?.mobilized ?? 0} av ${small?.inScope ?? 0}, uten forskningserfaring ${inexperienced}`,
    );
    console.log(
      `    behov: ${t.needs.registered} registrert, ${t.needs.open} åpne, ${t.needs.inProposal} i forslag, ` +
        `${t.needs.inConsortium} i konsortium · forslag: ${t.proposals.made} laget, ${t.proposals.accepted} godtatt, ` +
        `${t.proposals.rejected} avvist · FoU-miljø med: ${t.research.groupsInvolved}`,
    );
    console.log(
      dim(
        `    dekning av åpne behov i siste kjøring: ${t.coverage.covered} av ${t.coverage.openNeeds} (${percent(t.coverage.share)}) · ` +
          `registrert → første forslag: median ${days(t.times.toFirstProposal.medianDays)}, p90 ${days(t.times.toFirstProposal.p90Days)}`,
      ),
    );
  }
  console.log(
    dim(
      '  CSV: GET /exports/indicators.csv?arenaId=… eller /exports/needs.csv?arenaId=… med Authorization: Bearer <token>',
    ),
  );
}
