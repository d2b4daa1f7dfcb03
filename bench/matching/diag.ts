import { buildAffinityModel, parseProblem, proposeConsortia, resolveSettings } from '@brobygger/engine';
import { FormationContext } from '@brobygger/engine/consortium/formation-context';
import { generateProblem } from './generator';

async function main() {
  const variant = (process.argv[2] ?? 'standard') as 'standard' | 'scarce';
  const { problem: g, planted } = generateProblem({ scale: 'norway', seed: variant === 'scarce' ? 43 : 42, variant });
  const problem = parseProblem(JSON.parse(JSON.stringify(g)));
  const settings = resolveSettings(problem.settings);
  const doc = await proposeConsortia(problem, {});
  const model = buildAffinityModel(problem, settings);
  const ctx = new FormationContext(problem, settings, model);
  const placed = new Set(doc.proposals.flatMap((p) => p.needIds));
  const free = ctx.capacity.slice();
  for (const p of doc.proposals) for (const id of p.profileIds) free[ctx.profileIndexById.get(id)!]--;
  const counts: Record<string, number> = {};
  const inc = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const sizes: Record<string, number> = {};
  for (const p of doc.proposals) {
    const k = `${p.projectType} ${p.needIds.length}n/${p.profileIds.length}g`;
    sizes[k] = (sizes[k] ?? 0) + 1;
  }
  const vague = new Set(planted.vagueNeeds);
  ctx.needs.forEach((need, n) => {
    if (placed.has(need.id)) return;
    inc('unmatched');
    if (!ctx.isNeedUsable(n)) return inc('not usable');
    if (vague.has(need.id)) inc('planted vague');
    if (!planted.needTopics[need.id]) inc('planted noise (no topic)');
    if (!ctx.isSpecific(n)) inc('not specific');
    const ev = ctx.profiles.map((_, p) => p).filter((p) => ctx.regionOk(n, p) && ctx.topicEvidence(n, p));
    if (ev.length === 0) return inc('no group with evidence at all');
    if (ev.every((p) => free[p] <= 0)) inc('all evidence groups full');
    else inc('some evidence group free');
    const nbs = ctx.neighbours(n).filter((x) => x.similarity >= settings.minNeedSimilarity && ctx.shareKeyTerm(n, x.needIndex));
    if (nbs.length === 0) inc('no neighbour sharing topic');
  });
  console.log(variant, JSON.stringify(counts, null, 1));
  console.log(JSON.stringify(Object.entries(sizes).sort(), null, 0));
  const slots = ctx.capacity.reduce((s, c) => s + c, 0);
  console.log('slots', slots);
}
void main();
