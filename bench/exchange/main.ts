/**
 * Exchange-format benchmark: `npm run bench:exchange [-- --needs 100000] [--rounds 7] [--compare PATH]`.
 *
 * The cost of validating a problem (`parseProblem`) at 100,000 needs, next to `JSON.parse` of the same text as the
 * baseline measured in the same run. The problem is the generator's Europe scale (50,000 needs, 10,000 profiles)
 * with its needs repeated under new ids up to `--needs`. `--compare PATH` also measures the `parseProblem` of
 * another module (e.g. an older `validate.ts` checked out from git), interleaved round by round, for a
 * before/after figure. Reports CPU time (user + system) and wall time, best of the rounds.
 */
import { resolve } from 'node:path';
import { parseProblem, Problem } from '@brobygger/engine';
import { generateProblem } from '../matching/generator';

interface Options {
  needs: number;
  rounds: number;
  compare?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { needs: 100_000, rounds: 7 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--needs') options.needs = Number(value);
    else if (flag === '--rounds') options.rounds = Number(value);
    else if (flag === '--compare') options.compare = resolve(value);
    else throw new Error(`unknown option ${flag} (expected --needs N, --rounds N, --compare PATH)`);
  }
  return options;
}

function problemWithNeeds(needs: number): Problem {
  const { problem } = generateProblem({ scale: 'europe', seed: 1 });
  const base = problem.needs;
  const all = Array.from({ length: needs }, (_, i) => {
    const need = base[i % base.length];
    const copy = Math.floor(i / base.length);
    return copy === 0 ? need : { ...need, id: `${need.id}-${copy}` };
  });
  return { ...problem, needs: all };
}

interface Timing {
  cpuMs: number;
  wallMs: number;
}

function time(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000,
    wallMs: Number(process.hrtime.bigint() - start) / 1e6,
  };
}

function best(timings: Timing[]): Timing {
  return {
    cpuMs: Math.min(...timings.map((t) => t.cpuMs)),
    wallMs: Math.min(...timings.map((t) => t.wallMs)),
  };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const problem = problemWithNeeds(options.needs);
  const json = JSON.stringify(problem);
  const candidates: Array<[string, (json: unknown) => unknown]> = [['parseProblem', parseProblem]];
  if (options.compare) {
    const other = require(options.compare) as { parseProblem: (json: unknown) => unknown };
    candidates.push([`parseProblem of ${options.compare}`, other.parseProblem]);
  }
  process.stderr.write(
    `${problem.organizations.length} organizations, ${problem.needs.length} needs, ` +
      `${problem.profiles.length} profiles, ${(json.length / 1024 / 1024).toFixed(1)} MB of JSON; ` +
      `${options.rounds} rounds\n`,
  );
  const results = new Map<string, Timing[]>([['JSON.parse (baseline)', []]]);
  for (const [name] of candidates) results.set(name, []);
  for (let round = 0; round < options.rounds; round++) {
    results.get('JSON.parse (baseline)')!.push(time(() => JSON.parse(json)));
    for (const [name, parse] of candidates) {
      const doc: unknown = JSON.parse(json);
      results.get(name)!.push(time(() => parse(doc)));
    }
  }
  const baseline = best(results.get('JSON.parse (baseline)')!);
  console.log('| step | best CPU ms | best wall ms | CPU × JSON.parse |');
  console.log('|---|---:|---:|---:|');
  for (const [name, timings] of results) {
    const b = best(timings);
    console.log(
      `| ${name} | ${b.cpuMs.toFixed(0)} | ${b.wallMs.toFixed(0)} | ${(b.cpuMs / baseline.cpuMs).toFixed(2)} |`,
    );
  }
}

main();
