/**
 * Generator of realistic matching problems with PLANTED structure, built on the real reference data
 * (data/reference: all 357 municipalities, 87 research institutions).
 *
 * Planted consortia: a group of 2–5 needs from different municipalities (at least two counties, mixed sizes) that
 * share a topic and a focus within it, plus 2–3 research groups (at different institutions) whose competence covers
 * the topic. Around them: noise needs (single-topic needs outside any group, needs mixing two unrelated topics, vague
 * needs) and generalist research groups. Texts are in bokmål, nynorsk (more in the west) and English.
 *
 * Deterministic: the same { scale, seed } gives the same problem, byte for byte.
 * Used by bench/matching/main.ts and by the queue benchmark (which loads the problem into PostgreSQL).
 */
import {
  DEFAULT_SETTINGS,
  InstitutionType,
  Language,
  PROBLEM_FORMAT,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
  ProblemReference,
  ProjectType,
  ResearchExperience,
  Theme,
} from '@brobygger/engine';
import { InstitutionRow, MunicipalityRow, loadReferenceData } from './reference-data';
import {
  CONTEXTS,
  GENERIC_EN,
  GENERIC_NB,
  GENERIC_NN,
  METHODS,
  TOPICS,
  Topic,
  toNynorsk,
} from './topics';

export type Scale = 'small' | 'norway' | '5x' | 'europe';

export interface ScaleConfig {
  /** How many copies of the country's municipalities (5× Norway and Europe replicate the 357 municipalities). */
  replicas: number;
  needs: number;
  profiles: number;
  /** Restrict municipalities to these counties (small scale only). */
  counties?: string[];
}

export const SCALES: Record<Scale, ScaleConfig> = {
  small: { replicas: 1, needs: 60, profiles: 24, counties: ['18', '46', '34'] },
  norway: { replicas: 1, needs: 2_000, profiles: 600 },
  '5x': { replicas: 5, needs: 10_000, profiles: 3_000 },
  europe: { replicas: 25, needs: 50_000, profiles: 10_000 },
};

export interface PlantedConsortium {
  id: string;
  topicId: string;
  /** The setting the group's needs share (index into CONTEXTS, bokmål wording). */
  context: string;
  projectType: ProjectType;
  needIds: string[];
  profileIds: string[];
}

export interface Planted {
  consortia: PlantedConsortium[];
  /** Topic of every need (two topics joined by '+' for mixed ones; for a vague need, the topic of its one term). */
  needTopics: Record<string, string | null>;
  /** Ids of the vague needs (one topic term in otherwise generic wording). */
  vagueNeeds: string[];
  /** Topics each profile covers. */
  profileTopics: Record<string, string[]>;
}

export interface GeneratedProblem {
  problem: Problem;
  planted: Planted;
}

export interface GenerateOptions {
  scale: Scale;
  seed?: number;
  /** Share of needs that belong to a planted consortium (default 0.45; 0.35 in the scarce variant). */
  plantedShare?: number;
  /**
   * `standard`, or `scarce`: a second mix to show that results generalise — fewer planted needs, more generalist
   * research groups (25 % instead of 15 %) and less capacity per group (1–2 instead of 1–3).
   */
  variant?: GeneratorVariant;
}

export type GeneratorVariant = 'standard' | 'scarce';

// ---------------------------------------------------------------- seeded PRNG

/** sfc32 seeded through splitmix32: fast, good enough statistically, deterministic across platforms. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** k distinct items (k ≤ items.length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: T[]): T[] {
    return this.sample(items, items.length);
  }
}

/** Picks indices with probability proportional to weights (cumulative table + binary search). */
class WeightedPicker {
  private readonly cumulative: number[];

  constructor(weights: number[]) {
    let sum = 0;
    this.cumulative = weights.map((w) => (sum += w));
  }

  pick(rng: Rng): number {
    const total = this.cumulative[this.cumulative.length - 1];
    const x = rng.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- texts

interface Municipality {
  org: ProblemOrganization;
  row: MunicipalityRow;
  countyNumber: string;
}

/** Probability that a municipality in the county writes nynorsk (roughly the written-standard map). */
const NYNORSK_SHARE: Record<string, number> = {
  '46': 0.65,
  '15': 0.45,
  '11': 0.15,
  '40': 0.15,
  '42': 0.1,
  '34': 0.1,
  '33': 0.05,
};
const ENGLISH_NEED_SHARE = 0.08;

function needLanguage(rng: Rng, countyNumber: string): Language {
  if (rng.chance(ENGLISH_NEED_SHARE)) return 'en';
  return rng.chance(NYNORSK_SHARE[countyNumber] ?? 0.02) ? 'nn' : 'nb';
}

function term(topic: Topic, index: number, lang: Language): string {
  if (lang === 'en') return topic.en[index];
  return lang === 'nn' ? toNynorsk(topic.nb[index]) : topic.nb[index];
}

function contextText(context: { nb: string; en: string }, lang: Language): string {
  return lang === 'en' ? context.en : lang === 'nn' ? toNynorsk(context.nb) : context.nb;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NEED_TITLES: Record<Language, Array<(a: string, b: string, m: string) => string>> = {
  nb: [
    (a) => capitalize(a),
    (a, b) => `${capitalize(a)} og ${b}`,
    (a, _b, m) => `${capitalize(a)} i ${m} kommune`,
    (a) => `Bedre ${a}`,
    (a, b) => `Hvordan lykkes med ${a}? Erfaringer med ${b}`,
  ],
  nn: [
    (a) => capitalize(a),
    (a, b) => `${capitalize(a)} og ${b}`,
    (a, _b, m) => `${capitalize(a)} i ${m} kommune`,
    (a) => `Betre ${a}`,
    (a, b) => `Korleis lukkast med ${a}? Erfaringar med ${b}`,
  ],
  en: [
    (a) => capitalize(a),
    (a, b) => `${capitalize(a)} and ${b}`,
    (a, _b, m) => `${capitalize(a)} in ${m}`,
    (a) => `Better ${a}`,
    (a, b) => `Making ${a} work: experience with ${b}`,
  ],
};

const NEED_SENTENCES: Record<Language, Array<(t: string, m: string) => string>> = {
  nb: [
    (t, m) => `${m} kommune ønsker å utvikle arbeidet med ${t}.`,
    (t) =>
      `Vi ser at ${t} blir stadig viktigere for tjenestene våre, men vi mangler kunnskap om hva som virker.`,
    (t) => `Vi trenger hjelp til å kartlegge dagens praksis for ${t} og prøve ut nye løsninger.`,
    (t) => `Erfaringer fra andre kommuner med ${t} vil være svært nyttige for oss.`,
    (t) => `Målet er bedre kunnskap om ${t} og hvordan vi kan jobbe mer systematisk med dette.`,
    (t) => `Det er behov for en evaluering av ${t} sett fra innbyggernes side.`,
  ],
  nn: [
    (t, m) => `${m} kommune ønskjer å utvikle arbeidet med ${t}.`,
    (t) =>
      `Vi ser at ${t} blir stadig viktigare for tenestene våre, men vi manglar kunnskap om kva som verkar.`,
    (t) => `Vi treng hjelp til å kartleggje dagens praksis for ${t} og prøve ut nye løysingar.`,
    (t) => `Erfaringar frå andre kommunar med ${t} vil vere svært nyttige for oss.`,
    (t) => `Målet er betre kunnskap om ${t} og korleis vi kan arbeide meir systematisk med dette.`,
    (t) => `Det er behov for ei evaluering av ${t} sett frå innbyggjarane si side.`,
  ],
  en: [
    (t, m) => `${m} municipality wants to develop its work on ${t}.`,
    (t) =>
      `We see that ${t} is becoming more important for our services, but we lack knowledge of what works.`,
    (t) => `We need help to map current practice in ${t} and to test new solutions.`,
    (t) => `Experience from other municipalities with ${t} would be very useful to us.`,
    (t) =>
      `The aim is better knowledge of ${t} and of how we can work more systematically with it.`,
    (t) => `An evaluation of ${t} from the residents' point of view is needed.`,
  ],
};

function generic(lang: Language): readonly string[] {
  return lang === 'en' ? GENERIC_EN : lang === 'nn' ? GENERIC_NN : GENERIC_NB;
}

/** A need text about the given focus terms (indices into topic term lists). */
function writeNeed(
  rng: Rng,
  lang: Language,
  muni: string,
  parts: Array<{ topic: Topic; index: number }>,
  genericSentences: number,
  context?: { nb: string; en: string },
): { title: string; description: string } {
  const words = parts.map((p) => term(p.topic, p.index, lang));
  const where = context ? contextText(context, lang) : undefined;
  if (where) words[0] = `${words[0]} ${where}`;
  const title = rng.pick(NEED_TITLES[lang])(words[0], words[1 % words.length], muni);
  const templates = rng.sample(
    NEED_SENTENCES[lang],
    Math.min(NEED_SENTENCES[lang].length, words.length + 1),
  );
  const sentences = templates.map((tpl, i) => tpl(words[i % words.length], muni));
  sentences.push(...rng.sample(generic(lang), genericSentences));
  return {
    title,
    description: rng.shuffle(sentences.slice(1)).reduce((acc, s) => `${acc} ${s}`, sentences[0]),
  };
}

const PROFILE_TITLES: Record<Language, Array<(a: string, b: string) => string>> = {
  nb: [
    (a) => `Forskning på ${a}`,
    (a, b) => `${capitalize(a)} og ${b}`,
    (a) => `Følgeforskning på ${a}`,
  ],
  nn: [
    (a) => `Forsking på ${a}`,
    (a, b) => `${capitalize(a)} og ${b}`,
    (a) => `Følgjeforsking på ${a}`,
  ],
  en: [
    (a) => `Research on ${a}`,
    (a, b) => `${capitalize(a)} and ${b}`,
    (a) => `Evaluation research on ${a}`,
  ],
};

const PROFILE_SENTENCES: Record<Language, Array<(t: string) => string>> = {
  nb: [
    (t) => `Gruppen forsker på ${t} i kommunal sektor.`,
    (t) => `Vi har lang erfaring med følgeforskning og evaluering av ${t}.`,
    (t) => `Vi samarbeider med kommuner om å utvikle og teste ${t}.`,
    (t) => `Gruppen har publisert om ${t} i nasjonale og internasjonale tidsskrifter.`,
  ],
  nn: [
    (t) => `Gruppa forskar på ${t} i kommunal sektor.`,
    (t) => `Vi har lang erfaring med følgjeforsking og evaluering av ${t}.`,
    (t) => `Vi samarbeider med kommunar om å utvikle og teste ${t}.`,
    (t) => `Gruppa har publisert om ${t} i nasjonale og internasjonale tidsskrift.`,
  ],
  en: [
    (t) => `The group studies ${t} in the municipal sector.`,
    (t) => `We have long experience of evaluation research on ${t}.`,
    (t) => `We work with municipalities to develop and test ${t}.`,
    (t) => `The group has published on ${t} in national and international journals.`,
  ],
};

const REFERENCE_TITLES: Record<Language, Array<(a: string, b: string) => string>> = {
  nb: [
    (a) => `Evaluering av ${a} i norske kommuner`,
    (a, b) => `${capitalize(a)} og ${b}: erfaringer fra kommunene`,
    (a) => `Sluttrapport: ${a}`,
  ],
  nn: [
    (a) => `Evaluering av ${a} i norske kommunar`,
    (a, b) => `${capitalize(a)} og ${b}: erfaringar frå kommunane`,
    (a) => `Sluttrapport: ${a}`,
  ],
  en: [
    (a) => `Evaluating ${a} in Norwegian municipalities`,
    (a, b) => `${capitalize(a)} and ${b}: lessons from local government`,
    (a) => `${capitalize(a)}: a systematic review`,
  ],
};

const REFERENCE_ABSTRACTS: Record<Language, (a: string, b: string) => string> = {
  nb: (a, b) =>
    `Rapporten undersøker ${a} i et utvalg kommuner, med vekt på ${b}. Vi finner store forskjeller mellom kommunene og peker på hva som skal til for å lykkes.`,
  nn: (a, b) =>
    `Rapporten undersøkjer ${a} i eit utval kommunar, med vekt på ${b}. Vi finn store skilnader mellom kommunane og peikar på kva som skal til for å lukkast.`,
  en: (a, b) =>
    `This article examines ${a} in a sample of municipalities, with emphasis on ${b}. We find large differences between municipalities and identify conditions for success.`,
};

// ---------------------------------------------------------------- generator

function institutionType(row: InstitutionRow): InstitutionType {
  if (row.kind.includes('Universiteter')) return 'UNIVERSITY';
  if (row.kind.startsWith('UoH')) return 'UNIVERSITY_COLLEGE';
  return 'RESEARCH_INSTITUTE';
}

function institutionWeight(row: InstitutionRow): number {
  if (row.kind.startsWith('UoH')) return 3;
  if (row.kind.includes('samfunnsvitenskapelige') || row.kind === 'NIFU' || row.kind === 'NOVA')
    return 3;
  if (row.kind.includes('Miljø')) return 2;
  if (row.kind.includes('Primærnæring')) return 0.5;
  return 1;
}

function researchExperience(rng: Rng, population: number): ResearchExperience {
  const p =
    population >= 50_000
      ? [0.05, 0.35]
      : population >= 20_000
        ? [0.15, 0.6]
        : population >= 5_000
          ? [0.4, 0.85]
          : [0.65, 0.95];
  const x = rng.next();
  return x < p[0] ? 'NONE' : x < p[1] ? 'SOME' : 'EXTENSIVE';
}

const GROUP_SIZES = [2, 2, 2, 3, 3, 3, 4, 4, 5];
const PLANTED_TYPES: ProjectType[] = [
  'INNOVATION_PROJECT',
  'INNOVATION_PROJECT',
  'INNOVATION_PROJECT',
  'PRE_PROJECT',
  'COMPETENCE_PROJECT',
];

export function generateProblem(options: GenerateOptions): GeneratedProblem {
  const config = SCALES[options.scale];
  if (!config)
    throw new Error(
      `unknown scale "${options.scale}" (expected ${Object.keys(SCALES).join(', ')})`,
    );
  const rng = new Rng(options.seed ?? 1);
  const scarce = options.variant === 'scarce';
  const plantedShare = options.plantedShare ?? (scarce ? 0.35 : 0.45);
  const ref = loadReferenceData();

  // ---- organizations: municipalities (replicated for the larger scales), county municipalities, research groups
  const rows = config.counties
    ? ref.municipalities.filter((m) => config.counties!.includes(m.countyNumber))
    : ref.municipalities;
  const municipalities: Municipality[] = [];
  const organizations: ProblemOrganization[] = [];
  for (let r = 0; r < config.replicas; r++) {
    const suffix = r === 0 ? '' : `-r${r + 1}`;
    for (const row of rows) {
      const org: ProblemOrganization = {
        id: `m-${row.number}${suffix}`,
        kind: 'MUNICIPALITY',
        name: r === 0 ? row.name : `${row.name} (region ${r + 1})`,
        municipalityNumber: row.number,
        countyNumber: row.countyNumber,
        population: row.population,
        researchExperience: researchExperience(rng, row.population),
      };
      organizations.push(org);
      municipalities.push({ org, row, countyNumber: row.countyNumber });
    }
    const counties = [...new Map(rows.map((m) => [m.countyNumber, m])).values()];
    for (const c of counties) {
      const countyPop = rows
        .filter((m) => m.countyNumber === c.countyNumber)
        .reduce((s, m) => s + m.population, 0);
      if (c.countyNumber === '03') continue; // Oslo is both; its municipality takes the needs.
      const org: ProblemOrganization = {
        id: `f-${c.countyNumber}${suffix}`,
        kind: 'COUNTY_MUNICIPALITY',
        name:
          r === 0
            ? `${c.countyName} fylkeskommune`
            : `${c.countyName} fylkeskommune (region ${r + 1})`,
        countyNumber: c.countyNumber,
        population: countyPop,
        researchExperience: 'EXTENSIVE',
      };
      organizations.push(org);
      municipalities.push({
        org,
        row: { ...c, name: c.countyName, population: countyPop },
        countyNumber: c.countyNumber,
      });
    }
  }
  // Larger municipalities post more needs (√population); county municipalities a third of that.
  const bySize = new WeightedPicker(
    municipalities.map(
      (m) => Math.sqrt(m.row.population) / (m.org.kind === 'COUNTY_MUNICIPALITY' ? 3 : 1),
    ),
  );
  const small = municipalities.filter(
    (m) => m.row.population < 20_000 && m.org.kind === 'MUNICIPALITY',
  );

  const institutions = ref.institutions;
  const institutionPicker = new WeightedPicker(institutions.map(institutionWeight));
  const allCounties = [...new Set(ref.municipalities.map((m) => m.countyNumber))].sort();

  // ---- research groups and their profiles: each covers a main topic (and sometimes a second)
  const profiles: ProblemProfile[] = [];
  const profileTopics: Record<string, string[]> = {};
  const profilesByTopic = new Map<string, number[]>();
  // Every topic gets at least six research groups; small problems use fewer topics.
  const topics = TOPICS.slice(
    0,
    Math.max(4, Math.min(TOPICS.length, Math.floor(config.profiles / 6))),
  );
  const profileInstitution: string[] = [];
  const profileLanguage: Language[] = [];
  const researchOrgIndex: number[] = [];
  const generalistShare = scarce ? 0.25 : 0.15;
  for (let i = 0; i < config.profiles; i++) {
    const inst = institutions[institutionPicker.pick(rng)];
    const type = institutionType(inst);
    const generalist = rng.chance(generalistShare);
    const main = topics[i % topics.length];
    const covered = generalist
      ? rng.sample(topics, 3)
      : rng.chance(0.35)
        ? [main, rng.pick(topics)]
        : [main];
    const unique = [...new Map(covered.map((t) => [t.id, t])).values()];
    const lang: Language = rng.chance(0.25)
      ? 'en'
      : inst.countyNumber === '46' && rng.chance(0.4)
        ? 'nn'
        : rng.chance(0.05)
          ? 'nn'
          : 'nb';
    const orgId = `r-${i + 1}`;
    researchOrgIndex.push(organizations.length);
    profileInstitution.push(inst.name);
    profileLanguage.push(lang);
    organizations.push({
      id: orgId,
      kind: 'RESEARCH_GROUP',
      name: `${capitalize(term(unique[0], 0, lang === 'en' ? 'en' : 'nb'))} (${inst.shortName === 'ukjent' ? inst.name : inst.shortName})`,
      institution: inst.name,
      institutionType: type,
      ...(inst.countyNumber ? { countyNumber: inst.countyNumber } : {}),
      internationalPartners: rng.chance(type === 'UNIVERSITY' ? 0.8 : 0.45),
    });
    const [t0] = unique;
    const i0 = rng.int(0, t0.nb.length - 1);
    const keywordTerms = unique.flatMap((t) =>
      rng.sample([...t.nb.keys()], rng.int(2, 4)).map((k) => ({ t, k })),
    );
    const kwLang = (): Language => (lang === 'en' ? 'en' : rng.chance(0.2) ? 'en' : lang);
    const descSentences = rng
      .sample(PROFILE_SENTENCES[lang], 3)
      .map((tpl, j) =>
        tpl(
          term(
            unique[j % unique.length],
            rng.int(0, unique[j % unique.length].nb.length - 1),
            lang,
          ),
        ),
      );
    const references: ProblemReference[] = [];
    for (let r = rng.int(1, 4); r > 0; r--) {
      const t = rng.pick(unique);
      const a = term(t, rng.int(0, t.nb.length - 1), lang);
      const b = term(t, rng.int(0, t.nb.length - 1), lang);
      references.push({
        title: rng.pick(REFERENCE_TITLES[lang])(a, b),
        ...(rng.chance(0.8) ? { abstract: REFERENCE_ABSTRACTS[lang](a, b) } : {}),
        year: rng.int(2012, 2025),
      });
    }
    const serveAll = rng.chance(0.4) || !inst.countyNumber;
    const countyNumbers = serveAll
      ? []
      : [...new Set([inst.countyNumber, ...rng.sample(allCounties, rng.int(0, 3))])].sort();
    const profile: ProblemProfile = {
      id: `p-${i + 1}`,
      organizationId: orgId,
      title: rng.pick(PROFILE_TITLES[lang])(
        term(t0, i0, lang),
        term(t0, (i0 + 1) % t0.nb.length, lang),
      ),
      description: descSentences.join(' '),
      keywords: [...new Set(keywordTerms.map(({ t, k }) => term(t, k, kwLang())))],
      methods: rng.sample(METHODS[lang === 'en' ? 'en' : 'nb'], rng.int(1, 3)),
      themes: [...new Set(unique.flatMap((t) => t.themes.slice(0, 1)))],
      capacity: rng.pick(scarce ? [1, 1, 1, 2, 2] : [1, 1, 2, 2, 2, 3]),
      countyNumbers,
      references,
      ...(rng.chance(0.5) ? { language: lang } : {}),
    };
    profiles.push(profile);
    profileTopics[profile.id] = unique.map((t) => t.id);
    if (!generalist) {
      const list = profilesByTopic.get(t0.id) ?? [];
      list.push(i);
      profilesByTopic.set(t0.id, list);
    }
  }

  // ---- planted consortia
  const needs: ProblemNeed[] = [];
  const needTopics: Record<string, string | null> = {};
  const vagueNeeds: string[] = [];
  const consortia: PlantedConsortium[] = [];
  const remainingCapacity = profiles.map((p) => p.capacity ?? 1);
  const plantedPairs = new Set<string>();
  const addNeed = (
    muni: Municipality,
    topicKey: string | null,
    text: { title: string; description: string },
    lang: Language,
    themes: Theme[],
    projectType?: ProjectType,
  ): ProblemNeed => {
    const need: ProblemNeed = {
      id: `n-${needs.length + 1}`,
      organizationId: muni.org.id,
      title: text.title,
      description: text.description,
      themes,
      ...(projectType ? { projectType } : {}),
      ...(rng.chance(0.5) ? { language: lang } : {}),
    };
    needs.push(need);
    needTopics[need.id] = topicKey;
    return need;
  };

  const plantedTarget = Math.round(config.needs * plantedShare);
  let plantedNeeds = 0;
  const exhausted = new Set<string>();
  let rotation = 0;
  while (plantedNeeds < plantedTarget && exhausted.size < topics.length) {
    const topic = topics[rotation++ % topics.length];
    if (exhausted.has(topic.id)) continue;
    const candidates = (profilesByTopic.get(topic.id) ?? []).filter(
      (p) => remainingCapacity[p] > 0,
    );
    // The planted consortium is a valid proposal under the default rules: its size fits its project type.
    const projectType = rng.pick(PLANTED_TYPES);
    const rule = DEFAULT_SETTINGS.sizes[projectType];
    const groupCount = rng.int(
      Math.max(2, rule.minResearchGroups),
      Math.min(3, rule.maxResearchGroups),
    );
    // research groups from different institutions
    const chosen: number[] = [];
    for (const p of rng.shuffle(candidates)) {
      if (chosen.some((c) => profileInstitution[c] === profileInstitution[p])) continue;
      chosen.push(p);
      if (chosen.length === groupCount) break;
    }
    if (chosen.length < Math.max(2, rule.minResearchGroups)) {
      exhausted.add(topic.id);
      continue;
    }
    const size = Math.max(
      Math.max(2, rule.minMunicipalities),
      Math.min(
        rng.pick(GROUP_SIZES),
        rule.maxMunicipalities,
        plantedTarget - plantedNeeds < 2 ? 2 : 5,
      ),
    );
    // Mixed sizes from at least two counties: one picked by size, the rest mostly small municipalities.
    const members: Municipality[] = [municipalities[bySize.pick(rng)]];
    let guard = 0;
    while (members.length < size && guard++ < 200) {
      const m =
        rng.chance(0.6) && small.length > 0 ? rng.pick(small) : municipalities[bySize.pick(rng)];
      if (members.some((x) => x.org.id === m.org.id)) continue;
      // the last member must bring a second county if all others share one
      if (members.length === size - 1 && members.every((x) => x.countyNumber === m.countyNumber))
        continue;
      members.push(m);
    }
    if (members.length < 2) continue;
    if (projectType === 'COMPETENCE_PROJECT') {
      // competence projects need a research group with international partners
      const org = organizations[researchOrgIndex[chosen[0]]];
      org.internationalPartners = true;
    }
    const focus = [
      0,
      ...rng.sample(
        [1, 2, 3, 4, 5, 6].filter((k) => k < topic.nb.length),
        2,
      ),
    ];
    const context = rng.pick(CONTEXTS);
    const consortium: PlantedConsortium = {
      id: `planted-${consortia.length + 1}`,
      topicId: topic.id,
      context: context.nb,
      projectType,
      needIds: [],
      profileIds: chosen.map((p) => profiles[p].id),
    };
    for (const m of members) {
      const lang = needLanguage(rng, m.countyNumber);
      const order = rng.shuffle(focus.slice());
      const text = writeNeed(
        rng,
        lang,
        m.row.name,
        order.map((index) => ({ topic, index })),
        rng.int(1, 3),
        context,
      );
      const need = addNeed(
        m,
        topic.id,
        text,
        lang,
        topic.themes.slice(0, rng.int(1, topic.themes.length)),
        rng.chance(0.7) ? projectType : undefined,
      );
      consortium.needIds.push(need.id);
    }
    for (const p of chosen) {
      remainingCapacity[p]--;
      // The planted groups serve the planted needs' counties (or the whole country) and have shown competence on
      // the group's focus in that setting: a keyword and a reference of their own.
      const profile = profiles[p];
      const lang = profile.language ?? (profileLanguage[p] as Language);
      const focusTerms = focus.slice(1).map((k) => term(topic, k, lang));
      profile.keywords = [...new Set([...(profile.keywords ?? []), ...focusTerms])];
      const a = `${term(topic, 0, lang)} ${contextText(context, lang)}`;
      profile.references = [
        ...(profile.references ?? []),
        {
          title: rng.pick(REFERENCE_TITLES[lang])(a, focusTerms[0]),
          abstract: REFERENCE_ABSTRACTS[lang](a, focusTerms[1] ?? focusTerms[0]),
          year: rng.int(2016, 2025),
        },
      ];
      if (profile.countyNumbers && profile.countyNumbers.length > 0) {
        profile.countyNumbers = [
          ...new Set([...profile.countyNumbers, ...members.map((m) => m.countyNumber)]),
        ].sort();
      }
      for (const m of members) plantedPairs.add(`${m.org.id}|${profile.organizationId}`);
    }
    consortia.push(consortium);
    plantedNeeds += consortium.needIds.length;
  }

  // ---- noise needs
  while (needs.length < config.needs) {
    const m = municipalities[bySize.pick(rng)];
    const lang = needLanguage(rng, m.countyNumber);
    const kind = rng.next();
    if (kind < 0.35) {
      // a single-topic need with its own focus, outside any planted group
      const topic = rng.pick(topics);
      const focus = rng.sample([...topic.nb.keys()], 2);
      addNeed(
        m,
        topic.id,
        writeNeed(
          rng,
          lang,
          m.row.name,
          focus.map((index) => ({ topic, index })),
          rng.int(1, 3),
        ),
        lang,
        topic.themes.slice(0, 1),
        rng.chance(0.4) ? rng.pick(PLANTED_TYPES) : undefined,
      );
    } else if (kind < 0.75) {
      // mixes two unrelated topics
      const [a, b] = rng.sample(topics, 2);
      const parts = [
        { topic: a, index: rng.int(0, a.nb.length - 1) },
        { topic: b, index: rng.int(0, b.nb.length - 1) },
      ];
      addNeed(
        m,
        `${a.id}+${b.id}`,
        writeNeed(rng, lang, m.row.name, parts, rng.int(1, 3)),
        lang,
        [a.themes[0], b.themes[0]].filter((t, i, all) => all.indexOf(t) === i),
        undefined,
      );
    } else {
      // vague: mostly generic wording around one term
      const topic = rng.pick(topics);
      const need = addNeed(
        m,
        topic.id,
        writeNeed(rng, lang, m.row.name, [{ topic, index: rng.int(0, topic.nb.length - 1) }], 4),
        lang,
        [],
        undefined,
      );
      vagueNeeds.push(need.id);
    }
  }

  // ---- exclusions: a few conflicts of interest, never inside a planted consortium
  const exclusions: Array<{ a: string; b: string; reason: string }> = [];
  const researchOrgs = organizations.filter((o) => o.kind === 'RESEARCH_GROUP');
  for (let i = 0; i < Math.ceil(config.profiles / 50); i++) {
    const m = municipalities[rng.int(0, municipalities.length - 1)];
    const r = rng.pick(researchOrgs);
    if (plantedPairs.has(`${m.org.id}|${r.id}`)) continue;
    if (exclusions.some((e) => e.a === m.org.id && e.b === r.id)) continue;
    exclusions.push({ a: m.org.id, b: r.id, reason: 'inhabilitet (interessekonflikt)' });
  }

  const problem: Problem = {
    format: PROBLEM_FORMAT,
    organizations,
    needs,
    profiles,
    exclusions,
    settings: {},
  };
  return { problem, planted: { consortia, needTopics, vagueNeeds, profileTopics } };
}
