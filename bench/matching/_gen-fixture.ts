import { writeFileSync } from 'node:fs';
import { generateProblem } from './generator';
const { problem } = generateProblem({ scale: 'small', seed: 7 });
writeFileSync(process.argv[2], JSON.stringify(problem, null, 1) + '\n');
