import { resolveSettings } from '../exchange/settings';
import { DeepPartial, Settings } from '../exchange/types';
import { isValidGroup, joinNeed, makeCandidate, withoutGroup } from './candidate-generation';
import { renderExplanation } from './explanations/catalogue';
import { proposalCodes } from './explanations/proposal-codes';
import { Candidate } from './consortium.types';
import { releasable } from './form-consortia';
import { FormationContext } from './formation-context';
import { FakeAffinityModel } from './testing/fake-affinity-model';
import { municipality, need, problem, profile, researchGroup } from './testing/problem-builder';

/**
 * Cycling needs of three municipalities (each pair shares two topic words), a flood need, and groups with topic
 * evidence for some of them: p-winter for n1 and n3 ("vinterdrift", "sykkelveier"), p-city for n2 and n3
 * ("bysykkel", "sykkelparkering"), p-both for all cycling needs, p-flood for the flood need.
 */
const PROFILES = [
  profile('p-winter', 'r-winter', 'vinterdrift sykkelveier'),
  profile('p-city', 'r-city', 'bysykkel sykkelparkering'),
  profile('p-both', 'r-both', 'sykkelveier sykkelparkering vinterdrift bysykkel'),
  profile('p-flood', 'r-flood', 'flomvern overvann'),
];

function context(settings: DeepPartial<Settings> = {}, profiles = PROFILES): FormationContext {
  const p = problem(
    [
      municipality('m1', 'Stryn', '46', 7200),
      municipality('m2', 'Voss', '46', 15000),
      municipality('m3', 'Sogndal', '46', 12000),
      municipality('m4', 'Fjaler', '46', 2800),
      researchGroup('r-winter', 'Vinter', 'HVL', '46'),
      researchGroup('r-city', 'Bysykkel', 'UiB', '46'),
      researchGroup('r-both', 'Mobilitet', 'NTNU', '46'),
      researchGroup('r-flood', 'Flom', 'NIVA', '46'),
    ],
    [
      need('n1', 'm1', 'sykkelveier sykkelparkering vinterdrift'),
      need('n2', 'm2', 'sykkelveier sykkelparkering bysykkel'),
      need('n3', 'm3', 'sykkelveier sykkelparkering vinterdrift bysykkel'),
      need('n4', 'm4', 'flomvern overvann'),
      need('n5', 'm1', 'sykkelveier sykkelparkering bysykkel vinterdrift'),
    ],
    profiles,
    settings,
  );
  return new FormationContext(p, resolveSettings(p.settings), new FakeAffinityModel(p));
}
const [n1, n2, n3, n4, n5] = [0, 1, 2, 3, 4];
const [winter, city, both, flood] = [0, 1, 2, 3];

describe('formation: the quality floor and placing more needs per capacity slot', () => {
  it('keeps a team only when every group has topic evidence for every need', () => {
    // Measured and rejected: "each group for one need, each need from one group" placed 1.3 points more needs at
    // Norway scale but grouped unrelated demo needs (family violence with school absence) through one-sided groups.
    const ctx = context();
    expect(ctx.topicEvidence(n1, winter)).toBe(true);
    expect(ctx.topicEvidence(n2, winter)).toBe(false);
    expect(ctx.topicEvidence(n2, city)).toBe(true);
    expect(isValidGroup(ctx, 'INNOVATION_PROJECT', [n1, n2], [winter, city])).toBe(false);
    expect(isValidGroup(ctx, 'PRE_PROJECT', [n1, n2], [both])).toBe(true);
    expect(isValidGroup(ctx, 'PRE_PROJECT', [n1, n2], [both, winter])).toBe(false);
    expect(isValidGroup(ctx, 'PRE_PROJECT', [n4], [flood])).toBe(true);
  });

  it('lets an open need join a selected consortium with room when it shares its topic, without another group', () => {
    const ctx = context();
    const pair = makeCandidate(ctx, 'PRE_PROJECT', [n1, n3], [both])!;
    const joined = joinNeed(ctx, pair, n2)!;
    expect(joined.needs).toEqual([n1, n2, n3]);
    expect(joined.profiles).toEqual([both]);
    expect(joined.weight).toBeGreaterThan(pair.weight);
    // not another topic, not a second need of a member municipality, not beyond the size rule
    expect(joinNeed(ctx, pair, n4)).toBeUndefined();
    expect(joinNeed(ctx, pair, n5)).toBeUndefined();
    const small = context({ sizes: { PRE_PROJECT: { maxMunicipalities: 2 } } });
    const full = makeCandidate(small, 'PRE_PROJECT', [n1, n3], [both])!;
    expect(joinNeed(small, full, n2)).toBeUndefined();
    // nor when a group of the team has no topic evidence for it
    const withWinter = makeCandidate(ctx, 'PRE_PROJECT', [n1], [winter])!;
    expect(joinNeed(ctx, withWinter, n2)).toBeUndefined();
  });

  it('releases only a group the consortium does not need for its validity, and never a pinned one', () => {
    const ctx = context();
    const pre = makeCandidate(ctx, 'PRE_PROJECT', [n3], [winter, both])!;
    const innovation = makeCandidate(ctx, 'INNOVATION_PROJECT', [n1, n3], [winter, both])!;
    const without = (c: Candidate, p: number) => withoutGroup(ctx, c, p);
    const releases = releasable(ctx, [pre, innovation], new Set(), without);
    // the pre-project keeps the group with the most evidence; the innovation project needs both of its groups
    expect([...releases.keys()]).toEqual([winter]);
    const [release] = releases.get(winter)!;
    expect(release.at).toBe(0);
    expect(release.shrunk.profiles).toEqual([both]);
    expect(release.loss).toBeCloseTo(pre.weight - release.shrunk.weight, 12);
    const pinned = releasable(ctx, [pre], new Set(['p-winter']), without);
    expect(pinned.get(winter)).toBeUndefined();
    expect(pinned.get(both)![0].shrunk.profiles).toEqual([winter]);
  });

  it("says why a need's specialist is not in its consortium: no topic evidence for another need", () => {
    // p-winter fits n1 best but shares only one word with n2; p-city has topic evidence for both
    const ctx = context({}, [
      profile('p-winter', 'r-winter', 'vinterdrift sykkelveier'),
      profile('p-city', 'r-city', 'sykkelveier sykkelparkering bysykkel trafikk'),
    ]);
    expect(ctx.profilesForNeed(n1)[0].profileIndex).toBe(winter);
    const pre = makeCandidate(ctx, 'PRE_PROJECT', [n1, n2], [city])!;
    const left = proposalCodes(ctx, pre).filter((x) => x.code === 'SPECIALIST_LEFT_OUT');
    expect(left).toEqual([
      {
        code: 'SPECIALIST_LEFT_OUT',
        params: {
          need: expect.objectContaining({ needId: 'n1' }),
          group: expect.objectContaining({ profileId: 'p-winter' }),
          otherNeed: expect.objectContaining({ needId: 'n2' }),
        },
      },
    ]);
    expect(renderExplanation('nb', left)).toMatch(
      /^FoU-miljøet som passer best for .+, .+, er ikke med: det har ikke tematisk grunnlag for .+, og hvert FoU-miljø må ha det for alle behovene\.$/,
    );
    expect(renderExplanation('nn', left)).toMatch(
      /er ikkje med: det har ikkje tematisk grunnlag for/,
    );
    expect(renderExplanation('en', left)).toMatch(/is not included: it has no topic evidence for/);
    // a team with the specialist says nothing of the kind
    const alone = makeCandidate(ctx, 'PRE_PROJECT', [n1], [winter])!;
    expect(proposalCodes(ctx, alone).some((x) => x.code === 'SPECIALIST_LEFT_OUT')).toBe(false);
  });
});
