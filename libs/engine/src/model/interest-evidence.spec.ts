import { proposeConsortia } from '../consortium/propose';
import { westernArena } from '../consortium/testing/problem-builder';
import { resolveSettings } from '../exchange/settings';
import { Problem } from '../exchange/types';
import { parseProblem, ProblemValidationError } from '../exchange/validate';
import { buildAffinityModel } from '../text';
import { INTEREST_ODDS_RATIO, raiseByInterest, withInterestEvidence } from './interest-evidence';

function withInterests(problem: Problem, interests: Problem['interests']): Problem {
  return { ...problem, interests };
}

function model(problem: Problem) {
  return buildAffinityModel(problem, resolveSettings(problem.settings));
}

describe('raiseByInterest', () => {
  const grid = Array.from({ length: 101 }, (_, i) => i / 100);

  it('multiplies the odds by INTEREST_ODDS_RATIO, stays in [0, 1] and keeps the order', () => {
    expect(raiseByInterest(0.5)).toBeCloseTo(INTEREST_ODDS_RATIO / (1 + INTEREST_ODDS_RATIO), 10);
    expect(raiseByInterest(0)).toBe(0);
    expect(raiseByInterest(1)).toBe(1);
    for (let i = 1; i < grid.length; i++) {
      const s = grid[i];
      expect(raiseByInterest(s)).toBeGreaterThanOrEqual(s);
      expect(raiseByInterest(s)).toBeLessThanOrEqual(1);
      expect(raiseByInterest(s)).toBeGreaterThan(raiseByInterest(grid[i - 1]));
    }
  });

  it('adds at most about a tenth', () => {
    const largest = Math.max(...grid.map((s) => raiseByInterest(s) - s));
    const r = Math.sqrt(INTEREST_ODDS_RATIO);
    expect(largest).toBeLessThanOrEqual((r - 1) / (r + 1) + 1e-9);
    expect(largest).toBeLessThan(0.11);
  });
});

describe('withInterestEvidence', () => {
  it('returns the model itself for a problem without interests', () => {
    const m = model(westernArena());
    expect(withInterestEvidence(m)).toBe(m);
  });

  it('raises exactly the interested pair that has topic evidence', () => {
    const problem = withInterests(westernArena(), [{ needId: 'n4', profileId: 'p3' }]);
    const plain = model(problem);
    const raised = withInterestEvidence(plain);
    const before = plain.affinity(3, 2);
    expect(before.components.text).toBeGreaterThan(0);
    const after = raised.affinity(3, 2);
    expect(after.score).toBeCloseTo(raiseByInterest(before.score), 12);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.interest).toBe(true);
    expect(after.components).toEqual(before.components);
    // Every other pair is untouched.
    expect(raised.affinity(3, 3)).toEqual(plain.affinity(3, 3));
    expect(raised.affinity(0, 2)).toEqual(plain.affinity(0, 2));
    // The ranked lists carry the raised score.
    const listed = raised.profilesForNeed(3).find((a) => a.profileIndex === 2);
    expect(listed?.score).toBeCloseTo(after.score, 12);
    expect(raised.needsForProfile(2).find((a) => a.needIndex === 3)?.interest).toBe(true);
  });

  it('does not raise an interest in a need without topic evidence', () => {
    // p3 (public procurement) and n6 (culture house): no shared term, no shared theme.
    const problem = withInterests(westernArena(), [{ needId: 'n6', profileId: 'p3' }]);
    const plain = model(problem);
    const before = plain.affinity(5, 2);
    expect(before.components.text).toBe(0);
    expect(before.components.themes).toBe(0);
    const after = withInterestEvidence(plain).affinity(5, 2);
    expect(after).toEqual(before);
    expect(after.interest).toBeUndefined();
  });
});

describe('interests in proposeConsortia', () => {
  it('states the interest in the explanation of the proposal that holds the pair', async () => {
    const problem = withInterests(westernArena(), [{ needId: 'n4', profileId: 'p3' }]);
    const doc = await proposeConsortia(problem);
    const procurement = doc.proposals.find((x) => x.needIds.includes('n4'))!;
    expect(procurement.profileIds).toContain('p3');
    const item = procurement.explanationCodes?.find((c) => c.code === 'INTEREST_EXPRESSED');
    expect(item).toMatchObject({
      params: { group: { profileId: 'p3' }, needs: [{ needId: 'n4' }] },
    });
    expect(procurement.explanation).toContain('har selv meldt interesse for behovet');
    const others = doc.proposals.filter((x) => x !== procurement);
    expect(others.flatMap((x) => x.explanationCodes ?? []).map((c) => c.code)).not.toContain(
      'INTEREST_EXPRESSED',
    );
  });

  it('words the sentence in nynorsk and English too', async () => {
    for (const [locale, words] of [
      ['nn', 'har sjølv meldt interesse for behovet'],
      ['en', 'has itself expressed interest in the need'],
    ] as const) {
      const problem = withInterests(westernArena({ locale }), [{ needId: 'n4', profileId: 'p3' }]);
      const doc = await proposeConsortia(problem);
      expect(doc.proposals.find((x) => x.needIds.includes('n4'))!.explanation).toContain(words);
    }
  });
});

describe('interests in the exchange format', () => {
  function errorOf(problem: unknown): ProblemValidationError {
    try {
      parseProblem(problem);
    } catch (error) {
      return error as ProblemValidationError;
    }
    throw new Error('expected a validation error');
  }

  it('accepts known pairs and names the path of a bad one', () => {
    const base = westernArena();
    expect(
      parseProblem(withInterests(base, [{ needId: 'n1', profileId: 'p1' }])).interests,
    ).toEqual([{ needId: 'n1', profileId: 'p1' }]);
    expect(errorOf(withInterests(base, [{ needId: 'nx', profileId: 'p1' }])).message).toBe(
      'interests[0].needId: unknown need "nx"',
    );
    expect(
      errorOf({ ...base, interests: [{ needId: 'n1', profileId: 'p1' }, { needId: 'n1' }] }).path,
    ).toBe('interests[1].profileId');
    expect(
      errorOf(
        withInterests(base, [
          { needId: 'n1', profileId: 'p1' },
          { needId: 'n1', profileId: 'p1' },
        ]),
      ).message,
    ).toBe('interests[1]: duplicate interest of "p1" in "n1" (already interests[0])');
    expect(errorOf({ ...base, interests: {} }).message).toBe(
      'interests: expected an array, got an object',
    );
  });
});
