import { resolveSettings } from '../exchange/settings';
import { Problem, ProposalsDocument } from '../exchange/types';
import { checkProposals } from './check-proposals';
import { formConsortia } from './form-consortia';
import { FakeAffinityModel } from './testing/fake-affinity-model';
import {
  municipality,
  need,
  problem,
  profile,
  researchGroup,
  westernArena,
} from './testing/problem-builder';

async function run(p: Problem): Promise<ProposalsDocument> {
  const doc = await formConsortia(p, new FakeAffinityModel(p), resolveSettings(p.settings));
  expect(checkProposals(p, doc)).toEqual([]);
  return doc;
}

function reasonOf(doc: ProposalsDocument, needId: string): string {
  const u = doc.unmatchedNeeds.find((x) => x.needId === needId);
  if (!u) throw new Error(`${needId} is matched`);
  return u.reason;
}

describe('proposal explanations', () => {
  it('explain in bokmål by default: rule, needs, shared terms and themes, what each group adds', async () => {
    const doc = await run(westernArena({ projectTypes: ['INNOVATION_PROJECT'] }));
    const welfare = doc.proposals.find((x) => x.needIds.includes('n1'))!;
    const text = welfare.explanation;
    expect(text).toMatch(
      /^Innovasjonsprosjekt ledet av \S+ kommune: \d kommuner \(krav 2–6\), \d FoU-miljø \(krav 2–4\)\./,
    );
    expect(text).toContain('«Velferdsteknologi i hjemmetjenesten');
    expect(text).toContain('felles begreper');
    expect(text).toContain('helse og omsorg');
    expect(text).toMatch(
      /Følgeforskning på velferdsteknologi \(Nordlandsforskning, internasjonale partnere\) bidrar med/,
    );
    expect(text).toMatch(/Digitalt tilsyn og sensorer \(NTNU\) bidrar med .*tilsyn/);
    expect(text).toMatch(/Mangfold: .*små.*store kommuner/);
  });

  it('explain in English when settings.locale is en', async () => {
    const doc = await run(westernArena({ locale: 'en', projectTypes: ['INNOVATION_PROJECT'] }));
    const text = doc.proposals.find((x) => x.needIds.includes('n1'))!.explanation;
    expect(text).toMatch(
      /^Innovation project led by \S+ municipality: \d municipalities \(rule 2–6\), \d research groups \(rule 2–4\)\./,
    );
    expect(text).toContain('shared terms');
    expect(text).toContain('health and care');
    expect(text).toMatch(/\(NTNU\) adds /);
    expect(text).not.toMatch(/kommuner|bidrar/);
  });

  it('name the international lead of a competence project', async () => {
    const doc = await run(westernArena({ projectTypes: ['COMPETENCE_PROJECT'] }));
    expect(doc.proposals[0].explanation).toMatch(
      /^Kompetanseprosjekt ledet av Velferd og helse med internasjonale partnere: \d kommuner \(krav 1–6\)/,
    );
  });
});

describe('unmatched needs', () => {
  it('name the missing competence, theme and county when no research group fits', async () => {
    const doc = await run(westernArena({ excludeIds: ['p3'] }));
    expect(reasonOf(doc, 'n4')).toMatch(
      /^Ingen FoU-miljø med ledig kapasitet dekker innovative anskaffelser \(PUBLIC_PROCUREMENT\) i fylke 46 \(av \d+ relevante: 1 arbeider utenfor fylket \(enforceRegion\)/,
    );
  });

  it('say when nobody has similar expertise at all', async () => {
    const doc = await run(westernArena());
    expect(reasonOf(doc, 'n6')).toMatch(
      /Ingen FoU-miljø har kompetanse som ligner behovet.*kultur og lokalsamfunn/,
    );
    const en = await run(westernArena({ locale: 'en' }));
    expect(reasonOf(en, 'n6')).toMatch(
      /No research group has expertise resembling the need.*culture and community/,
    );
  });

  it('suggest a pre-project when an innovation need has no similar need elsewhere', async () => {
    const p = problem(
      [
        municipality('m1', 'Ulvik', '46', 1100, 'NONE'),
        municipality('m2', 'Voss', '46', 16000),
        researchGroup('r1', 'Sjø', 'HVL', '46'),
        researchGroup('r2', 'Hav', 'UiB', '46'),
      ],
      [
        need('n1', 'm1', 'Havbruk og fjordøkologi i Hardanger', [], 'INNOVATION_PROJECT'),
        need('n2', 'm2', 'Skolefritidsordning og leksehjelp', [], 'INNOVATION_PROJECT'),
      ],
      [
        profile('p1', 'r1', 'Havbruk og fjordøkologi'),
        profile('p2', 'r2', 'Fjordøkologi og havbruk i Hardanger'),
      ],
    );
    const doc = await run(p);
    expect(reasonOf(doc, 'n1')).toBe(
      'Innovasjonsprosjekt: ingen andre kommuner har et lignende behov for innovasjonsprosjekt (minst 2 kommuner kreves); vurder forprosjekt.',
    );
    const en = await run({ ...p, settings: { locale: 'en' } });
    expect(reasonOf(en, 'n1')).toMatch(
      /no other municipality has a similar need .*consider a pre-project/,
    );
  });

  it('say which better proposals use the research groups when capacity runs out', async () => {
    // One research group with capacity 1 and two disjoint pairs of similar needs: one pair gets it.
    const p = problem(
      [
        municipality('m1', 'Bergen', '46', 291940),
        municipality('m2', 'Voss', '46', 16000, 'NONE'),
        municipality('m3', 'Kvam', '46', 8500),
        municipality('m4', 'Ulvik', '46', 1100),
        researchGroup('r1', 'Velferd', 'NTNU', '50'),
      ],
      [
        need('n1', 'm1', 'velferdsteknologi hjemmetjenesten sensorer', [], 'PRE_PROJECT'),
        need('n2', 'm2', 'velferdsteknologi hjemmetjenesten sensorer alarmer', [], 'PRE_PROJECT'),
        need('n3', 'm3', 'velferdsteknologi hjemmetjenesten', [], 'PRE_PROJECT'),
        need('n4', 'm4', 'velferdsteknologi hjemmetjenesten', [], 'PRE_PROJECT'),
      ],
      [
        profile('p1', 'r1', 'velferdsteknologi hjemmetjenesten sensorer alarmer', [], {
          capacity: 1,
        }),
      ],
      { sizes: { PRE_PROJECT: { maxMunicipalities: 2 } } },
    );
    const doc = await run(p);
    expect(doc.proposals).toHaveLength(1);
    const loser = doc.unmatchedNeeds[0];
    expect(loser.reason).toMatch(
      /^Alle FoU-miljø som passer er brukt av forslag med høyere samlet verdi \(c1\)/,
    );
  });

  it('say when the broker excluded the need, and when its project type is not in the run', async () => {
    const doc = await run(
      westernArena({ excludeIds: ['n2', 'm-ulvik'], projectTypes: ['PRE_PROJECT'] }),
    );
    expect(reasonOf(doc, 'n2')).toBe('Ekskludert av megler (settings.excludeIds).');
    expect(reasonOf(doc, 'n3')).toMatch(/^Ulvik kommune er ekskludert av megler/);
    expect(reasonOf(doc, 'n6')).toMatch(
      /ønsker innovasjonsprosjekt, som ikke er med i denne kjøringen/,
    );
  });

  it('say when a competence project lacks a group with international partners', async () => {
    const base = westernArena();
    const p: Problem = {
      ...base,
      organizations: base.organizations.map((o) => ({ ...o, internationalPartners: false })),
      needs: base.needs.map((n) =>
        n.id === 'n1' ? { ...n, projectType: 'COMPETENCE_PROJECT' } : n,
      ),
    };
    const doc = await run(p);
    expect(reasonOf(doc, 'n1')).toMatch(
      /ingen relevant FoU-miljø med internasjonale partnere \(kreves for kompetanseprosjekt\)/,
    );
  });

  it('never give a bare "no solution"', async () => {
    const doc = await run(westernArena({ excludeIds: ['p1', 'p2', 'p3'] }));
    expect(doc.unmatchedNeeds.length).toBeGreaterThan(0);
    for (const u of doc.unmatchedNeeds) {
      expect(u.reason.length).toBeGreaterThan(40);
      expect(u.reason).not.toMatch(/no solution|ingen løsning/i);
    }
  });
});
