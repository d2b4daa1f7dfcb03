import { resolveSettings } from '../../exchange/settings';
import { Problem, ProposalsDocument } from '../../exchange/types';
import { checkProposals } from '../check-proposals';
import { formConsortia } from '../form-consortia';
import { FakeAffinityModel } from '../testing/fake-affinity-model';
import {
  municipality,
  need,
  problem,
  profile,
  researchGroup,
  westernArena,
} from '../testing/problem-builder';

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
  it('explain in bokmål by default: codes with parameters, then one sentence per code', async () => {
    const doc = await run(westernArena({ projectTypes: ['INNOVATION_PROJECT'] }));
    const welfare = doc.proposals.find((x) => x.needIds.includes('n1'))!;
    const codes = welfare.explanationCodes!;
    expect(codes.map((c) => c.code)).toEqual([
      'CONSORTIUM_SHAPE',
      'NEEDS_JOINED',
      'GROUP_CONTRIBUTES',
      'GROUP_CONTRIBUTES',
      'COVERAGE',
      'DIVERSITY',
    ]);
    expect(codes[0].params).toMatchObject({
      projectType: 'INNOVATION_PROJECT',
      municipalities: 3,
      researchGroups: 2,
      programme: { minMunicipalities: 2, minResearchGroups: 2 },
    });
    expect(codes[0].params).not.toHaveProperty('broker');
    const joined = codes[1].params as { needs: Array<{ needId: string }>; sharedThemes: string[] };
    expect(joined.needs.map((n) => n.needId)).toEqual(['n1', 'n2', 'n3']);
    expect(joined.sharedThemes).toEqual(['HEALTH_AND_CARE']);
    const text = welfare.explanation;
    expect(text).toMatch(
      /^Innovasjonsprosjektet ledes av \S+ kommune og samler 3 kommuner og 2 FoU-miljøer \(programmet krever minst 2 kommuner og 2 FoU-miljøer\)\./,
    );
    expect(text).toContain('«Velferdsteknologi i hjemmetjenesten');
    expect(text).toMatch(
      /ligner hverandre med felles begreper .* og felles tema helse og omsorg \(likhet 0,\d\d\)/,
    );
    expect(text).toMatch(
      /Følgeforskning på velferdsteknologi \(Nordlandsforskning, med internasjonale partnere\) bidrar med kompetanse på/,
    );
    expect(text).toMatch(/Digitalt tilsyn og sensorer \(NTNU\) bidrar med .*tilsyn/);
    expect(text).toMatch(/Konsortiet blander små, mellomstore og store kommuner/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('golden texts in bokmål, nynorsk and English', async () => {
    const p = problem(
      [
        municipality('m1', 'Ulvik', '46', 1100, 'NONE'),
        municipality('m2', 'Voss', '46', 16000, 'EXTENSIVE'),
        researchGroup('r1', 'Velferd', 'HVL', '46'),
      ],
      [
        need('n1', 'm1', 'Digitalt tilsyn i heimetenesta', ['HEALTH_AND_CARE'], 'PRE_PROJECT'),
        need('n2', 'm2', 'Digitalt tilsyn i hjemmetjenesten', ['HEALTH_AND_CARE'], 'PRE_PROJECT'),
      ],
      [profile('p1', 'r1', 'Digitalt tilsyn og velferdsteknologi', ['HEALTH_AND_CARE'])],
      { sizes: { PRE_PROJECT: { maxMunicipalities: 2 } } },
    );
    const texts: Record<string, string> = {};
    for (const locale of ['nb', 'nn', 'en'] as const)
      texts[locale] = (
        await run({ ...p, settings: { ...p.settings, locale } })
      ).proposals[0].explanation;
    expect(texts.nb).toBe(
      'Forprosjektet ledes av Ulvik kommune og samler 2 kommuner og 1 FoU-miljø (programmet krever minst 1 kommune og 1 FoU-miljø). ' +
        'Megleren har satt 1–2 kommuner for denne kjøringen. ' +
        'Behovene «Digitalt tilsyn i heimetenesta» (Ulvik kommune) og «Digitalt tilsyn i hjemmetjenesten» (Voss kommune) ligner hverandre med felles begreper digitalt og tilsyn og felles tema helse og omsorg (likhet 0,73). ' +
        'Digitalt tilsyn og velferdsteknologi (HVL) bidrar med kompetanse på digitalt, tilsyn og temaet helse og omsorg (relevans 0,77). ' +
        'Konsortiet dekker 61 % av nøkkelbegrepene og temaene i behovene. ' +
        'Konsortiet blander små og mellomstore kommuner og har med 1 kommune med lite forskningserfaring.',
    );
    expect(texts.nn).toBe(
      'Forprosjektet er leidd av Ulvik kommune og samlar 2 kommunar og 1 FoU-miljø (programmet krev minst 1 kommune og 1 FoU-miljø). ' +
        'Meklaren har sett 1–2 kommunar for denne køyringa. ' +
        'Behova «Digitalt tilsyn i heimetenesta» (Ulvik kommune) og «Digitalt tilsyn i hjemmetjenesten» (Voss kommune) liknar kvarandre med felles omgrep digitalt og tilsyn og felles tema helse og omsorg (likskap 0,73). ' +
        'Digitalt tilsyn og velferdsteknologi (HVL) bidreg med kompetanse på digitalt, tilsyn og temaet helse og omsorg (relevans 0,77). ' +
        'Konsortiet dekkjer 61 % av nøkkelomgrepa og temaa i behova. ' +
        'Konsortiet blandar små og mellomstore kommunar og har med 1 kommune med lite forskingserfaring.',
    );
    expect(texts.en).toBe(
      'The pre-project is led by Ulvik municipality and brings together 2 municipalities and 1 research group (the programme requires at least 1 municipality and 1 research group). ' +
        'The broker set 1–2 municipalities for this run. ' +
        'The needs “Digitalt tilsyn i heimetenesta” (Ulvik municipality) and “Digitalt tilsyn i hjemmetjenesten” (Voss municipality) resemble each other, sharing the terms digitalt and tilsyn and the theme health and care (similarity 0.73). ' +
        'Digitalt tilsyn og velferdsteknologi (HVL) adds expertise in digitalt, tilsyn and the theme health and care (relevance 0.77). ' +
        'The consortium covers 61% of the key terms and themes of the needs. ' +
        'The consortium mixes small and medium-sized municipalities and includes 1 municipality with little research experience.',
    );
  });

  it('name the lead of a competence project with its institution, partners from the profile', async () => {
    const doc = await run(westernArena({ projectTypes: ['COMPETENCE_PROJECT'] }));
    expect(doc.proposals[0].explanation).toMatch(
      /^Kompetanseprosjektet ledes av gruppen Velferd og helse ved Nordlandsforskning, som har internasjonale partnere, og samler \d kommuner/,
    );
    // The organization says it has partners, but this profile lists none: no partners are claimed for it.
    const base = westernArena({ projectTypes: ['COMPETENCE_PROJECT'] });
    const p: Problem = {
      ...base,
      profiles: base.profiles.map((x) => (x.id === 'p1' ? { ...x, internationalPartners: [] } : x)),
    };
    const doc2 = await run(p);
    for (const prop of doc2.proposals) {
      expect(prop.explanation).not.toMatch(/Følgeforskning på velferdsteknologi \([^)]*partnere/);
      expect(prop.explanation).not.toMatch(/gruppen Velferd og helse[^.]*internasjonale partnere/);
    }
  });

  it('keep English words out of Norwegian sentences', async () => {
    const p = problem(
      [
        municipality('m1', 'Tromsø', '55', 78000),
        municipality('m2', 'Bodø', '18', 53000),
        researchGroup('r1', 'Telemedisin', 'UiT', '55'),
      ],
      [
        need('n1', 'm1', 'Remote monitoring of elderly patients at home', [], 'PRE_PROJECT'),
        need('n2', 'm2', 'Digital monitoring hjemme for eldre patients', [], 'PRE_PROJECT'),
      ],
      [
        profile('p1', 'r1', 'Telemedicine and remote monitoring of elderly patients', [], {
          countyNumbers: [],
        }),
      ],
    );
    const doc = await run(p);
    const text = doc.proposals[0].explanation;
    expect(text).toContain('«Remote monitoring of elderly patients at home»'); // a title is a name
    const outsideTitles = text
      .replace(/«[^»]*»/g, '')
      .replace(/Telemedicine and remote monitoring of elderly patients/g, '');
    expect(outsideTitles).not.toMatch(/\b(monitoring|patients|elderly)\b/);
    expect(outsideTitles).toMatch(/eldre|pasient/);
  });
});

describe('unmatched needs', () => {
  it('name every relevant group and why it cannot be used, with the county', async () => {
    const doc = await run(westernArena({ excludeIds: ['p3'] }));
    const u = doc.unmatchedNeeds.find((x) => x.needId === 'n4')!;
    expect(u.reasonCode).toBe('NO_FREE_GROUP');
    const params = u.reasonParams as {
      relevantCount: number;
      countyNumber: string;
      groups: Array<{ profileId: string; status: string }>;
    };
    expect(params.countyNumber).toBe('46');
    expect(params.relevantCount).toBe(2);
    expect(params.groups.map((g) => [g.profileId, g.status]).sort()).toEqual([
      ['p3', 'EXCLUDED'],
      ['p4', 'OUTSIDE_COUNTY'],
    ]);
    expect(u.reason).toBe(
      'Ingen av de 2 relevante FoU-miljøene for innovative anskaffelser i fylke 46 kan brukes: «Offentlig innkjøp og marked» (Nord universitet) arbeider ikke i fylke 46; «Innovative anskaffelser i kommunene» (Høgskulen på Vestlandet) er ekskludert av megleren.',
    );
    const nn = await run(westernArena({ excludeIds: ['p3'], locale: 'nn' }));
    expect(reasonOf(nn, 'n4')).toBe(
      'Ingen av dei 2 relevante FoU-miljøa for innovative anskaffingar i fylke 46 kan brukast: «Offentlig innkjøp og marked» (Nord universitet) arbeider ikkje i fylke 46; «Innovative anskaffelser i kommunene» (Høgskulen på Vestlandet) er ekskludert av meklaren.',
    );
    const en = await run(westernArena({ excludeIds: ['p3'], locale: 'en' }));
    expect(reasonOf(en, 'n4')).toBe(
      'None of the 2 relevant research groups for public procurement in county 46 can be used: “Offentlig innkjøp og marked” (Nord universitet) does not work in county 46; “Innovative anskaffelser i kommunene” (Høgskulen på Vestlandet) is excluded by the broker.',
    );
  });

  it('say when nobody has similar expertise at all', async () => {
    const doc = await run(westernArena());
    expect(doc.unmatchedNeeds.find((x) => x.needId === 'n6')).toMatchObject({
      reasonCode: 'NO_RELEVANT_GROUP',
      reasonParams: { topic: { themes: ['CULTURE_AND_COMMUNITY'] }, minAffinity: 0.05 },
    });
    expect(reasonOf(doc, 'n6')).toMatch(
      /^Ingen FoU-miljø har kompetanse som ligner behovet innen kultur og lokalsamfunn \(relevans minst 0,05 kreves\)\./,
    );
    const en = await run(westernArena({ locale: 'en' }));
    expect(reasonOf(en, 'n6')).toMatch(
      /No research group has expertise resembling the need in culture and community/,
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
    const u = doc.unmatchedNeeds.find((x) => x.needId === 'n1')!;
    expect(u.reasonCode).toBe('NO_CONSORTIUM');
    expect(u.reasonParams).toMatchObject({
      types: [
        {
          code: 'NO_PARTNER_NEED',
          params: { projectType: 'INNOVATION_PROJECT', similarCount: 0, suggestPreProject: true },
        },
      ],
    });
    expect(u.reason).toBe(
      'Et innovasjonsprosjekt krever minst 2 kommuner, men ingen annen kommune har et lignende behov (likhet minst 0,10). Vurder et forprosjekt, som kan ha én kommune.',
    );
    const nn = await run({ ...p, settings: { locale: 'nn' } });
    expect(reasonOf(nn, 'n1')).toBe(
      'Eit innovasjonsprosjekt krev minst 2 kommunar, men ingen annan kommune har eit liknande behov (likskap minst 0,10). Vurder eit forprosjekt, som kan ha éin kommune.',
    );
    const en = await run({ ...p, settings: { locale: 'en' } });
    expect(reasonOf(en, 'n1')).toBe(
      'An innovation project requires at least 2 municipalities, but no other municipality has a similar need (a similarity of at least 0.10). Consider a pre-project, which may have a single municipality.',
    );
  });

  it('name the similar needs of other municipalities and the proposal that already holds them', async () => {
    // Three alike needs, innovation projects of exactly 2: one pair is proposed, the third need has free groups
    // but its similar needs are taken.
    const p = problem(
      [
        municipality('m1', 'Tromsø', '55', 78000),
        municipality('m2', 'Bodø', '18', 53000),
        municipality('m3', 'Hyllestad', '46', 1300, 'NONE'),
        researchGroup('r1', 'Helse', 'Nord universitet', '18'),
        researchGroup('r2', 'Omsorg', 'UiT', '55'),
      ],
      [
        need('n1', 'm1', 'hjemmeoppfølging kronisk syke', [], 'INNOVATION_PROJECT'),
        need(
          'n2',
          'm2',
          'digital hjemmeoppfølging kronisk syke sensorer',
          [],
          'INNOVATION_PROJECT',
        ),
        need('n3', 'm3', 'digital hjemmeoppfølging sensorer', [], 'INNOVATION_PROJECT'),
      ],
      [
        profile('p1', 'r1', 'digital hjemmeoppfølging kronisk syke sensorer', [], {
          countyNumbers: [],
          capacity: 2,
        }),
        profile('p2', 'r2', 'hjemmeoppfølging sensorer kronisk syke', [], {
          countyNumbers: [],
          capacity: 2,
        }),
      ],
      { sizes: { INNOVATION_PROJECT: { maxMunicipalities: 2 } } },
    );
    const doc = await run(p);
    expect(doc.proposals).toHaveLength(1);
    const u = doc.unmatchedNeeds[0];
    const [a, b] = doc.proposals[0].needIds;
    expect(u.reasonCode).toBe('NO_CONSORTIUM');
    expect(u.reasonParams).toMatchObject({
      types: [
        {
          code: 'NO_PARTNER_NEED',
          params: { similarCount: 2, available: 0, suggestPreProject: true },
        },
      ],
    });
    const similar = (
      u.reasonParams as {
        types: Array<{
          params: { similarNeeds: Array<{ needId: string; status: string; proposalId: string }> };
        }>;
      }
    ).types[0].params.similarNeeds;
    expect(similar.map((x) => [x.needId, x.status, x.proposalId]).sort()).toEqual([
      [a, 'PLACED', 'c1'],
      [b, 'PLACED', 'c1'],
    ]);
    expect(u.reason).toMatch(
      /^Et innovasjonsprosjekt krever minst 2 kommuner, men ingen av de 2 lignende behovene fra andre kommuner kan være med: «[^»]+» \(\S+ kommune, likhet 0,\d\d\) er allerede med i c1; «[^»]+» \(\S+ kommune, likhet 0,\d\d\) er allerede med i c1\. Vurder et forprosjekt, som kan ha én kommune\.$/,
    );
  });

  it('say which proposals use the research groups when capacity runs out', async () => {
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
    expect(loser.reasonCode).toBe('NO_FREE_GROUP');
    expect(loser.reasonParams).toMatchObject({
      relevantCount: 1,
      groups: [{ profileId: 'p1', status: 'USED', usedBy: ['c1'] }],
    });
    expect(loser.reason).toBe(
      'Det eneste relevante FoU-miljøet for «hjemmetjenesten, velferdsteknologi» i fylke 46 kan ikke brukes: «velferdsteknologi hjemmetjenesten sensorer alarmer» (NTNU) er brukt av c1. Øk kapasiteten eller fest behovet (settings.pins).',
    );
  });

  it('say when the broker excluded the need, and when its project type is not in the run', async () => {
    const doc = await run(
      westernArena({ excludeIds: ['n2', 'm-ulvik'], projectTypes: ['PRE_PROJECT'] }),
    );
    expect(reasonOf(doc, 'n2')).toBe(
      'Megleren har ekskludert behovet fra denne kjøringen (settings.excludeIds).',
    );
    expect(reasonOf(doc, 'n3')).toBe(
      'Megleren har ekskludert Ulvik kommune fra denne kjøringen (settings.excludeIds).',
    );
    expect(reasonOf(doc, 'n6')).toBe(
      'Behovet ønsker et innovasjonsprosjekt, og den prosjekttypen er ikke med i denne kjøringen (settings.projectTypes).',
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
    const u = doc.unmatchedNeeds.find((x) => x.needId === 'n1')!;
    expect(u.reasonParams).toMatchObject({
      types: [{ code: 'NO_INTERNATIONAL_GROUP', params: { projectType: 'COMPETENCE_PROJECT' } }],
    });
    expect(u.reason).toMatch(
      /^Et kompetanseprosjekt krever et FoU-miljø med internasjonale partnere, men ingen av de \d ledige relevante FoU-miljøene har det\.$/,
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
