/**
 * A small, transparent AffinityModel for unit tests of consortium formation: binary bags of words (words of four
 * or more letters), cosine similarity, theme overlap. Not a text scorer; only here so that the optimiser can be
 * tested with exactly known affinities.
 */
import { AffinityModel, NeedNeighbour, NeedProfileAffinity } from '../../model/affinity-model';
import { Problem, Settings } from '../../exchange/types';
import { resolveSettings } from '../../exchange/settings';

function words(text: string): Set<string> {
  return new Set(
    text
      .toLocaleLowerCase('nb')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
}

function cosine(a: Set<string>, b: Set<string>): { value: number; shared: string[] } {
  const shared = [...a].filter((w) => b.has(w)).sort();
  const value = a.size && b.size ? shared.length / Math.sqrt(a.size * b.size) : 0;
  return { value, shared };
}

function overlap(a: string[] = [], b: string[] = []): number {
  if (a.length === 0) return 0;
  const sb = new Set(b);
  return a.filter((x) => sb.has(x)).length / a.length;
}

export class FakeAffinityModel implements AffinityModel {
  readonly settings: Settings;
  private readonly needWords: Set<string>[];
  private readonly profileWords: Set<string>[];

  constructor(readonly problem: Problem) {
    this.settings = resolveSettings(problem.settings);
    this.needWords = problem.needs.map((n) => words(`${n.title} ${n.description ?? ''}`));
    this.profileWords = problem.profiles.map((p) =>
      words(
        `${p.title} ${p.description ?? ''} ${(p.keywords ?? []).join(' ')} ${(p.methods ?? []).join(' ')}`,
      ),
    );
  }

  affinity(needIndex: number, profileIndex: number): NeedProfileAffinity {
    const { value, shared } = cosine(this.needWords[needIndex], this.profileWords[profileIndex]);
    const themes = overlap(
      this.problem.needs[needIndex].themes,
      this.problem.profiles[profileIndex].themes,
    );
    const score = 0.7 * value + 0.3 * themes;
    return {
      needIndex,
      profileIndex,
      score,
      components: { text: value, themes, region: 1, projectType: 1 },
      sharedTerms: shared,
      termContributions: new Map(shared.map((w) => [w, value / Math.max(1, shared.length)])),
    };
  }

  profilesForNeed(needIndex: number, k = 10): NeedProfileAffinity[] {
    return this.problem.profiles
      .map((_, p) => this.affinity(needIndex, p))
      .filter((a) => a.score >= this.settings.minAffinity)
      .sort((a, b) => b.score - a.score || a.profileIndex - b.profileIndex)
      .slice(0, k);
  }

  needsForProfile(profileIndex: number, k = 10): NeedProfileAffinity[] {
    return this.problem.needs
      .map((_, n) => this.affinity(n, profileIndex))
      .filter((a) => a.score >= this.settings.minAffinity)
      .sort((a, b) => b.score - a.score || a.needIndex - b.needIndex)
      .slice(0, k);
  }

  similarNeeds(needIndex: number, k = 10): NeedNeighbour[] {
    const out: NeedNeighbour[] = [];
    this.problem.needs.forEach((other, m) => {
      if (m === needIndex) return;
      const { value, shared } = cosine(this.needWords[needIndex], this.needWords[m]);
      const a = this.problem.needs[needIndex].themes ?? [];
      const b = other.themes ?? [];
      const themes = a.length && b.length ? (overlap(a, b) + overlap(b, a)) / 2 : 0;
      const similarity = 0.8 * value + 0.2 * themes;
      if (similarity > 0) out.push({ needIndex: m, similarity, sharedTerms: shared });
    });
    return out.sort((x, y) => y.similarity - x.similarity || x.needIndex - y.needIndex).slice(0, k);
  }

  needTerms(needIndex: number): Map<string, number> {
    return new Map([...this.needWords[needIndex]].map((w) => [w, 1]));
  }

  surface(stem: string): string {
    return stem;
  }
}
