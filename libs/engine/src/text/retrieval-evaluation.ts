/**
 * Retrieval-quality evaluation on a data set with planted clusters (data/demo): converts the demo records to an
 * exchange-format problem and measures need ↔ need neighbours (precision@k, MRR, cross-language behaviour) and
 * need → profile ranking (hit@1/3, MRR of the first intended profile). Pure: the caller loads the JSON.
 */
import {
  Language,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
} from '../exchange/types';
import { AffinityModel } from '../model/affinity-model';

/** Records as stored in data/demo/*.json (only the fields the engine uses). */
export interface DemoOrganization {
  key: string;
  kind: string;
  name?: string;
  municipalityNumber?: string;
  countyNumber?: string;
  researchExperience?: string;
  internationalPartners?: boolean;
  institutionName?: string;
}
export interface DemoNeed {
  key: string;
  organizationKey: string;
  title: string;
  description?: string;
  language?: string;
  themes?: string[];
  projectType?: string;
  status?: string;
}
export interface DemoProfile {
  key: string;
  organizationKey: string;
  title: string;
  description?: string;
  language?: string;
  keywords?: string[];
  methods?: string[];
  themes?: string[];
  capacity?: number;
  countyNumbers?: string[];
  status?: string;
  references?: Array<{ title: string; summary?: string; year?: number }>;
}

/** Demo records → brobygger.problem/v1 (OPEN needs and ACTIVE profiles only). */
export function demoToProblem(
  organizations: DemoOrganization[],
  needs: DemoNeed[],
  profiles: DemoProfile[],
): Problem {
  const orgs: ProblemOrganization[] = organizations.map(
    (o) =>
      ({
        id: o.key,
        kind: o.kind,
        name: o.name,
        municipalityNumber: o.municipalityNumber,
        // a municipality number's first two digits are its county number (2024 structure)
        countyNumber: o.countyNumber ?? o.municipalityNumber?.slice(0, 2),
        researchExperience: o.researchExperience,
        institution: o.institutionName,
        internationalPartners: o.internationalPartners,
      }) as ProblemOrganization,
  );
  const ns: ProblemNeed[] = needs
    .filter((n) => (n.status ?? 'OPEN') === 'OPEN')
    .map(
      (n) =>
        ({
          id: n.key,
          organizationId: n.organizationKey,
          title: n.title,
          description: n.description,
          language: n.language as Language | undefined,
          themes: n.themes ?? [],
          projectType: n.projectType,
        }) as ProblemNeed,
    );
  const ps: ProblemProfile[] = profiles
    .filter((p) => (p.status ?? 'ACTIVE') === 'ACTIVE')
    .map(
      (p) =>
        ({
          id: p.key,
          organizationId: p.organizationKey,
          title: p.title,
          description: p.description,
          language: p.language as Language | undefined,
          keywords: p.keywords ?? [],
          methods: p.methods ?? [],
          themes: p.themes ?? [],
          capacity: p.capacity ?? 1,
          countyNumbers: p.countyNumbers ?? [],
          references: (p.references ?? []).map((r) => ({
            title: r.title,
            abstract: r.summary,
            year: r.year,
          })),
        }) as ProblemProfile,
    );
  return {
    format: 'brobygger.problem/v1',
    organizations: orgs,
    needs: ns,
    profiles: ps,
  } as Problem;
}

/** A planted cluster: needs on one topic and the research profiles meant to serve them. */
export interface PlantedCluster {
  topic: string;
  needs: string[];
  profiles: string[];
}

export interface RetrievalFigures {
  /** need ↔ need, over needs of clusters with ≥ 2 needs: mean precision@k with k = cluster size − 1 (R-precision). */
  rPrecision: number;
  /** mean precision@3 of similarNeeds (same cluster). */
  precisionAt3: number;
  /** mean reciprocal rank of the first same-cluster neighbour. */
  mrr: number;
  /** English cluster needs only: R-precision and MRR. */
  englishRPrecision: number;
  englishMrr: number;
  /** English cluster needs: share of top-3 neighbours that are English needs from another cluster. */
  englishOffTopicEnglishAt3: number;
  /** need → profile: share of cluster needs with an intended profile at rank 1 / in the top 3; MRR. */
  profileHitAt1: number;
  profileHitAt3: number;
  profileMrr: number;
  /**
   * need → profile for Norwegian needs whose intended profiles include an English one: share where the best
   * English intended profile outranks every profile not intended for the cluster.
   */
  norwegianToEnglishProfile: number;
  /** Per-need detail lines (for printing). */
  misses: string[];
}

/** Evaluate a model built on a problem against its planted clusters. */
export function evaluateRetrieval(
  model: AffinityModel,
  clusters: PlantedCluster[],
): RetrievalFigures {
  const { needs, profiles } = model.problem;
  const needIndex = new Map(needs.map((n, i) => [n.id, i]));
  const profileIndex = new Map(profiles.map((p, i) => [p.id, i]));
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, ci) => c.needs.forEach((id) => clusterOf.set(id, ci)));
  const lang = (i: number): string => needs[i].language ?? '';
  const misses: string[] = [];

  let rp = 0;
  let p3 = 0;
  let mrr = 0;
  let count = 0;
  let enRp = 0;
  let enMrr = 0;
  let enOff = 0;
  let enCount = 0;
  for (const [ci, c] of clusters.entries()) {
    const members = c.needs.filter((id) => needIndex.has(id));
    if (members.length < 2) continue;
    for (const id of members) {
      const i = needIndex.get(id)!;
      const neighbours = model.similarNeeds(i, 10).map((x) => x.needIndex);
      const same = (j: number): boolean => clusterOf.get(needs[j].id) === ci;
      const r = members.length - 1;
      const rHits = neighbours.slice(0, r).filter(same).length / r;
      const hits3 = neighbours.slice(0, 3).filter(same).length / Math.min(3, r);
      const first = neighbours.findIndex(same);
      const rr = first >= 0 ? 1 / (first + 1) : 0;
      rp += rHits;
      p3 += Math.min(1, hits3);
      mrr += rr;
      count++;
      if (lang(i) === 'en') {
        enRp += rHits;
        enMrr += rr;
        enOff +=
          neighbours.slice(0, 3).filter((j) => !same(j) && lang(j) === 'en').length /
          Math.max(1, Math.min(3, neighbours.length));
        enCount++;
      }
      if (first !== 0)
        misses.push(
          `need ${id} (${lang(i)}): first same-cluster neighbour at ${first < 0 ? '-' : first + 1}; top: ${neighbours
            .slice(0, 3)
            .map((j) => needs[j].id)
            .join(', ')}`,
        );
    }
  }

  let h1 = 0;
  let h3 = 0;
  let pm = 0;
  let pCount = 0;
  let nbEn = 0;
  let nbEnCount = 0;
  for (const c of clusters) {
    const intended = new Set(c.profiles.filter((id) => profileIndex.has(id)));
    if (intended.size === 0) continue;
    const englishIntended = new Set(
      [...intended].filter((id) => profiles[profileIndex.get(id)!].language === 'en'),
    );
    for (const id of c.needs) {
      const i = needIndex.get(id);
      if (i === undefined) continue;
      const ranked = model.profilesForNeed(i, 10).map((x) => profiles[x.profileIndex].id);
      const first = ranked.findIndex((p) => intended.has(p));
      if (first === 0) h1++;
      if (first >= 0 && first < 3) h3++;
      pm += first >= 0 ? 1 / (first + 1) : 0;
      pCount++;
      if (first < 0 || first >= 3)
        misses.push(
          `need ${id} (${lang(i)}): first intended profile at ${first < 0 ? '-' : first + 1}; top: ${ranked.slice(0, 3).join(', ')}`,
        );
      if (lang(i) !== 'en' && englishIntended.size > 0) {
        // the best English intended profile outranks every profile not meant for this cluster
        nbEnCount++;
        const firstEnglish = ranked.findIndex((p) => englishIntended.has(p));
        const firstOther = ranked.findIndex((p) => !intended.has(p));
        if (firstEnglish >= 0 && (firstOther < 0 || firstEnglish < firstOther)) nbEn++;
        else
          misses.push(
            `need ${id} (${lang(i)}): English intended profile at ${firstEnglish < 0 ? '-' : firstEnglish + 1}, first off-topic profile at ${firstOther + 1}; top: ${ranked.slice(0, 3).join(', ')}`,
          );
      }
    }
  }
  const div = (a: number, b: number): number => (b > 0 ? a / b : 0);
  return {
    rPrecision: div(rp, count),
    precisionAt3: div(p3, count),
    mrr: div(mrr, count),
    englishRPrecision: div(enRp, enCount),
    englishMrr: div(enMrr, enCount),
    englishOffTopicEnglishAt3: div(enOff, enCount),
    profileHitAt1: div(h1, pCount),
    profileHitAt3: div(h3, pCount),
    profileMrr: div(pm, pCount),
    norwegianToEnglishProfile: div(nbEn, nbEnCount),
    misses,
  };
}
