import { generateProblem } from '../matching/generator';
import {
  prepareScoringModel,
  scoreNeedShard,
  needShards,
  proposeConsortia,
} from '@brobygger/engine';
async function main() {
  const problem = generateProblem({ scale: 'norway', seed: 1 }).problem;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let t = cpu();
  const m = prepareScoringModel(problem);
  console.log('prepare', cpu() - t);
  t = cpu();
  const shards = needShards(problem.needs.length, 250).map((s) => scoreNeedShard(m, s.from, s.to));
  console.log('score all shards', cpu() - t);
  console.log('bytes', JSON.stringify(shards).length);
  t = cpu();
  const a = await proposeConsortia(problem);
  console.log('single', cpu() - t);
  t = cpu();
  const b = await proposeConsortia(problem, { shards });
  console.log('from shards', cpu() - t);
  console.log('same', JSON.stringify(a) === JSON.stringify(b));
}
void main();
