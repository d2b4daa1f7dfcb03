/**
 * Writes a generated problem as a fixture file, e.g. the CLI's small fixture:
 *   npx tsx --tsconfig tsconfig.json bench/matching/generate-fixture.ts small 7 apps/cli/test-fixtures/small-problem.json
 */
import { writeFileSync } from 'node:fs';
import { Scale, generateProblem } from './generator';

const [scale = 'small', seed = '7', out = 'problem.json'] = process.argv.slice(2);
const { problem } = generateProblem({ scale: scale as Scale, seed: Number(seed) });
writeFileSync(out, JSON.stringify(problem, null, 1) + '\n');
process.stderr.write(
  `${out}: ${problem.needs.length} needs, ${problem.profiles.length} profiles\n`,
);
