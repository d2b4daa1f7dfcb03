/**
 * Every unmatched-need reason is checked claim by claim against the problem, the proposals and the model
 * (reason-claims.ts), on generated problems with capacity contention, regions, exclusions, pins and mixed project
 * types, and on the demo data set (data/demo) per arena; and every text reads as the asked language.
 */
import { resolveSettings } from '../../exchange/settings';
import {
  DeepPartial,
  Locale,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
  ProjectType,
  Settings,
  Theme,
} from '../../exchange/types';
import { buildAffinityModel } from '../../text/affinity-model.builder';
import {
  DemoNeed,
  DemoOrganization,
  DemoProfile,
  demoToProblem,
} from '../../text/retrieval-evaluation';
import { checkProposals } from '../check-proposals';
import { formConsortia } from '../form-consortia';
import { FakeAffinityModel } from '../testing/fake-affinity-model';
import { municipality, need, problem, profile, researchGroup } from '../testing/problem-builder';
import { falseReasonClaims } from './reason-claims';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Array<{ words: string[]; theme: Theme }> = [
  {
    words: ['velferdsteknologi', 'hjemmetjenesten', 'sensorer', 'tilsyn', 'eldre'],
    theme: 'HEALTH_AND_CARE',
  },
  {
    words: ['overvann', 'flomveier', 'klimatilpasning', 'skybrudd', 'avrenning'],
    theme: 'CLIMATE_AND_ENVIRONMENT',
  },
  {
    words: ['skolefravær', 'ungdom', 'barnevern', 'tiltak', 'skolen'],
    theme: 'EDUCATION_AND_CHILDHOOD',
  },
  {
    words: ['anskaffelser', 'leverandørdialog', 'innkjøp', 'kontrakter', 'marked'],
    theme: 'PUBLIC_PROCUREMENT',
  },
  {
    words: ['frivillighet', 'lag', 'foreninger', 'kulturhus', 'sentrum'],
    theme: 'CULTURE_AND_COMMUNITY',
  },
];
const COUNTIES = ['46', '18', '50'];
const TYPES: ProjectType[] = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

function words(r: () => number, topic: (typeof TOPICS)[number], k: number): string {
  const out = new Set<string>();
  while (out.size < k) out.add(pick(r, topic.words));
  return [...out].join(' ');
}

/** A random arena: scarce capacity, regions, exclusions, broker exclusions and pins. */
function generated(seed: number): Problem {
  const r = rng(seed);
  const orgs: ProblemOrganization[] = [];
  const needs: ProblemNeed[] = [];
  const profiles: ProblemProfile[] = [];
  const municipalities = 6 + Math.floor(r() * 8);
  for (let i = 0; i < municipalities; i++) {
    const id = `m${i}`;
    orgs.push(
      municipality(
        id,
        `Kommune${i}`,
        pick(r, COUNTIES),
        Math.floor(500 + r() * 60000),
        pick(r, ['NONE', 'SOME', 'EXTENSIVE'] as const),
      ),
    );
    const count = r() < 0.3 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const topic = pick(r, TOPICS);
      needs.push(
        need(
          `n${needs.length}`,
          id,
          words(r, topic, 2 + Math.floor(r() * 3)),
          r() < 0.7 ? [topic.theme] : [],
          r() < 0.5 ? pick(r, TYPES) : undefined,
        ),
      );
    }
  }
  const groups = 3 + Math.floor(r() * 6);
  for (let i = 0; i < groups; i++) {
    const id = `r${i}`;
    orgs.push(
      researchGroup(
        id,
        `Gruppe${i}`,
        pick(r, ['NTNU', 'UiB', 'HVL', 'Nord']),
        pick(r, COUNTIES),
        r() < 0.4,
      ),
    );
    const topic = pick(r, TOPICS);
    profiles.push(
      profile(
        `p${i}`,
        id,
        words(r, topic, 2 + Math.floor(r() * 3)),
        r() < 0.6 ? [topic.theme] : [],
        {
          capacity: pick(r, [0, 1, 1, 1, 2]),
          countyNumbers: r() < 0.5 ? [] : [pick(r, COUNTIES)],
        },
      ),
    );
  }
  const settings: DeepPartial<Settings> = {};
  if (r() < 0.4)
    settings.excludeIds = [pick(r, needs).id, pick(r, profiles).id].filter(
      (x, i, a) => a.indexOf(x) === i,
    );
  if (r() < 0.3) {
    const candidates = needs.filter((n) => !(settings.excludeIds ?? []).includes(n.id));
    settings.pins = [
      { needIds: [pick(r, candidates).id], profileIds: [pick(r, profiles).id] },
    ].filter((pin) => !(settings.excludeIds ?? []).includes(pin.profileIds[0]));
  }
  if (r() < 0.3) settings.sizes = { INNOVATION_PROJECT: { maxMunicipalities: 2 } };
  const exclusions =
    r() < 0.4
      ? [
          {
            a: pick(
              r,
              orgs.filter((o) => o.kind === 'MUNICIPALITY'),
            ).id,
            b: pick(
              r,
              orgs.filter((o) => o.kind === 'RESEARCH_GROUP'),
            ).id,
          },
        ]
      : [];
  return problem(orgs, needs, profiles, settings, exclusions);
}

describe('every unmatched-need reason is true', () => {
  it('on 40 generated arenas with scarce capacity, regions, exclusions and pins', async () => {
    const codes = new Map<string, number>();
    let unmatched = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const p = generated(seed);
      const model = new FakeAffinityModel(p);
      const doc = await formConsortia(p, model, resolveSettings(p.settings));
      expect(checkProposals(p, doc)).toEqual([]);
      expect({ seed, false: falseReasonClaims(p, doc, model) }).toEqual({ seed, false: [] });
      for (const u of doc.unmatchedNeeds) {
        unmatched++;
        codes.set(u.reasonCode!, (codes.get(u.reasonCode!) ?? 0) + 1);
        const types = (u.reasonParams as { types?: Array<{ code: string }> }).types ?? [];
        for (const t of types)
          codes.set(`${u.reasonCode}/${t.code}`, (codes.get(`${u.reasonCode}/${t.code}`) ?? 0) + 1);
      }
    }
    // The generator reaches the main causes (else the check above would prove little).
    expect(unmatched).toBeGreaterThan(40);
    for (const code of [
      'NO_FREE_GROUP',
      'NO_RELEVANT_GROUP',
      'NO_CONSORTIUM/NO_PARTNER_NEED',
      'NEED_EXCLUDED',
    ])
      expect({ code, seen: (codes.get(code) ?? 0) > 0 }).toEqual({ code, seen: true });
  });

  it('catches a false claim: a "no free group" reason while a relevant group has free capacity', async () => {
    const p = problem(
      [municipality('m1', 'Ulvik', '46', 1100), researchGroup('r1', 'Velferd', 'HVL', '46')],
      [need('n1', 'm1', 'velferdsteknologi hjemmetjenesten', [], 'PRE_PROJECT')],
      [profile('p1', 'r1', 'velferdsteknologi hjemmetjenesten', [], { capacity: 1 })],
    );
    const model = new FakeAffinityModel(p);
    const doc = {
      format: 'brobygger.proposals/v1' as const,
      objective: 0,
      upperBound: 0,
      proposals: [],
      unmatchedNeeds: [
        {
          needId: 'n1',
          reason: 'x',
          reasonCode: 'NO_FREE_GROUP' as const,
          reasonParams: {
            topic: { themes: [], terms: [] },
            relevantCount: 1,
            groups: [
              {
                profileId: 'p1',
                title: '',
                organizationId: 'r1',
                institution: 'HVL',
                internationalPartners: false,
                relevance: 1,
                status: 'USED' as const,
                usedBy: ['c1'],
              },
            ],
          },
        },
      ],
    };
    expect(falseReasonClaims(p, doc, model)).toEqual([
      'n1 NO_FREE_GROUP: free relevant groups exist: p1',
      'n1 NO_FREE_GROUP: p1 is not USED',
    ]);
  });
});

const demoOrgs = require('../../../../../data/demo/organizations.json') as DemoOrganization[];
const demoNeeds = require('../../../../../data/demo/needs.json') as DemoNeed[];
const demoProfiles = require('../../../../../data/demo/profiles.json') as Array<
  DemoProfile & { internationalPartners?: string[] }
>;
const demoArenas = require('../../../../../data/demo/arenas.json') as Array<{
  key: string;
  countyNumbers: string[];
}>;

/** The arena's problem as the API loads it: needs owned in its counties, profiles serving them. */
function arenaProblem(counties: string[], locale: Locale): Problem {
  const all = demoToProblem(demoOrgs, demoNeeds, demoProfiles);
  const partners = new Map(demoProfiles.map((p) => [p.key, p.internationalPartners ?? []]));
  const orgs = new Map(all.organizations.map((o) => [o.id, o]));
  const needs = all.needs.filter((n) =>
    counties.includes(orgs.get(n.organizationId)?.countyNumber ?? ''),
  );
  const profiles = all.profiles
    .filter(
      (p) =>
        (p.countyNumbers ?? []).length === 0 || p.countyNumbers!.some((c) => counties.includes(c)),
    )
    .map((p) => ({ ...p, internationalPartners: partners.get(p.id) ?? [] }));
  return { ...all, needs, profiles, settings: { locale } };
}

/** What a Norwegian sentence of ours must not contain. */
const NOT_NORWEGIAN = /\d\.\d|\b(the|and|with|which|shared|research group|municipality)\b/;

describe('demo data: reasons true, texts in the asked language', () => {
  it.each(demoArenas.map((a) => [a.key, a.countyNumbers] as const))(
    'arena %s',
    async (key, counties) => {
      const locale: Locale = key === 'arena-vestland' ? 'nn' : 'nb';
      const p = arenaProblem([...counties], locale);
      const settings = resolveSettings(p.settings);
      const model = buildAffinityModel(p, settings);
      const doc = await formConsortia(p, model, settings);
      expect(checkProposals(p, doc)).toEqual([]);
      expect(falseReasonClaims(p, doc, model)).toEqual([]);
      // Names (titles, organizations, institutions) may be in any language.
      const titles = new Set([
        ...p.needs.map((n) => n.title),
        ...p.profiles.map((x) => x.title),
        ...p.organizations.flatMap((o) => [o.name ?? '', o.institution ?? '']).filter((x) => x),
      ]);
      const strip = (s: string) => {
        let out = s.replace(/«[^»]*»/g, '');
        for (const t of titles) out = out.split(t).join('');
        return out;
      };
      for (const prop of doc.proposals) {
        expect(strip(prop.explanation)).not.toMatch(NOT_NORWEGIAN);
        if (locale === 'nn')
          expect(prop.explanation).not.toMatch(/FoU-miljøer|ledes av|ligner|samler|bidrar|dekker/);
      }
      for (const u of doc.unmatchedNeeds) expect(strip(u.reason)).not.toMatch(NOT_NORWEGIAN);
    },
    60_000,
  );
});
