/**
 * Matching benchmark: `npm run bench:matching [-- --scales norway,5x,europe] [--seed N] [--time-limit S]
 * [--variants standard,scarce] [--formation-only]`.
 *
 * Formation quality (bench/matching/formation-quality.ts) is reported next to a plain greedy proposer measured in the
 * same run. At the small and Norway scales a second generator variant (`scarce`: other seed, fewer planted needs,
 * more generalist groups, less capacity) runs too, to show that the results generalise. `--formation-only` skips the
 * scoring speed comparison with the naive TF-IDF baseline.
 *
 * Each scale runs in its own child process, so peak memory (RSS) of one scale is not inflated by another. Per scale:
 * generate → serialise + parse/validate → scoring (top 10) → propose (scoring, candidates, optimise; Europe: scoring
 * and candidate generation only) → recovery of the planted consortia → rule check → naive baseline (natural TfIdf,
 * all needs × profiles; sampled and extrapolated at large scales). Prints a table per scale and writes a JSON summary
 * to bench/results/ (gitignored).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  EnginePhase,
  FormationDiagnostics,
  ProposalsDocument,
  ScoresDocument,
  buildAffinityModel,
  checkProposals,
  parseProblem,
  proposeConsortia,
  resolveSettings,
  scoreProblem,
} from '@brobygger/engine';
import { generateCandidates } from '@brobygger/engine/consortium/candidate-generation';
import { FormationContext } from '@brobygger/engine/consortium/formation-context';
import { FormationQuality, greedyProposals, measureFormation } from './formation-quality';
import { GeneratorVariant, SCALES, Scale, generateProblem } from './generator';
import { runNaiveBaseline } from './naive-baseline';
import { Recovery, measureRecovery, plantedAsProposals, plantedRecallAtK } from './recovery';

const MB = 1024 * 1024;
const TOP_K = 10;
/** Needs the baseline compares with all profiles; beyond this it samples and extrapolates. */
const BASELINE_MAX_NEEDS: Record<Scale, number> = {
  small: 1_000,
  norway: 2_000,
  '5x': 1_000,
  europe: 300,
};
/**
 * Extra interleaved rounds of engine scoring and baseline after the first measurement of each: the speed ratio is
 * also reported as best engine time over best baseline time, robust to the noise of a shared machine.
 */
const SPEED_ROUNDS: Record<Scale, number> = { small: 2, norway: 2, '5x': 0, europe: 0 };

interface PhaseResult {
  name: string;
  wallMs: number;
  /** CPU time of this process (user + system); on a shared machine a fairer figure than wall time. */
  cpuMs: number;
  /** Highest RSS sampled during the phase (MB). */
  peakRssMb: number;
  /** Process-wide peak RSS so far (getrusage maxrss, MB). */
  maxRssMb: number;
  heapUsedMb: number;
  note?: string;
}

export interface ScaleResult {
  scale: Scale;
  variant: GeneratorVariant;
  seed: number;
  needs: number;
  profiles: number;
  organizations: number;
  plantedConsortia: number;
  /** Rule violations of the planted consortia taken as proposals (must be 0: the planted truth is feasible). */
  plantedViolations: number;
  problemMb: number;
  phases: PhaseResult[];
  propose?: {
    wallMs: number;
    peakRssMb: number;
    proposals: number;
    unmatchedNeeds: number;
    objective: number;
    upperBound: number;
    gapPercent: number;
    candidates?: number;
    method?: string;
    fallbackReason?: string;
    ruleViolations: number;
    violationSamples: string[];
    recovery: Recovery;
  };
  /** Formation quality of the engine and of the plain greedy proposer (same problem, same affinity model). */
  formation?: {
    engine: FormationQuality;
    greedy: FormationQuality;
    greedyMs: number;
    greedyGapPercent?: number;
  };
  candidatesOnly?: { candidates: number; wallMs: number };
  scoring?: {
    wallMs: number;
    cpuMs: number;
    warmWallMs: number;
    entries: number;
    recallAt10: number;
  };
  /** 1-minute load average before and after (2-core machine shared with other work). */
  loadAverage: [number, number];
  baseline?: {
    sampledNeeds: number;
    totalNeeds: number;
    measuredMs: number;
    estimatedFullMs: number;
    cpuMs: number;
    extrapolated: boolean;
    recallAt10: number;
    /** Baseline full time / engine scoring time (cold, wall). */
    speedRatio: number;
    /** Best baseline time / best engine scoring time over all runs of each (cold, warm, extra rounds). */
    bestSpeedRatio: number;
    /** Runs behind bestSpeedRatio: engine scoring and baseline wall times (ms), in order. */
    engineRunsMs: number[];
    baselineRunsMs: number[];
    /** Same on CPU time (baseline CPU extrapolated like its wall time). */
    cpuSpeedRatio: number;
  };
}

// ---------------------------------------------------------------- memory sampling

class MemorySampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), 50);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  /** Returns the peak since the last reset and starts a new window. */
  reset(): number {
    this.sample();
    const p = this.peak;
    this.peak = process.memoryUsage.rss();
    return p;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function phase<T>(
  phases: PhaseResult[],
  sampler: MemorySampler,
  name: string,
  fn: () => T | Promise<T>,
  note?: string,
): Promise<T> {
  sampler.reset();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  phases.push({
    name,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: sampler.reset() / MB,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / MB,
    ...(note ? { note } : {}),
  });
  process.stderr.write(
    `  ${name}: ${(wallMs / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)\n`,
  );
  return result;
}

function topByNeedFromScores(
  doc: ScoresDocument,
  needIds: Map<string, number>,
  profileIds: Map<string, number>,
): Map<number, number[]> {
  const top = new Map<number, number[]>();
  for (const s of doc.scores) {
    const n = needIds.get(s.needId)!;
    const list = top.get(n) ?? [];
    list.push(profileIds.get(s.profileId)!);
    top.set(n, list);
  }
  return top;
}

// ---------------------------------------------------------------- one scale (child process)

async function runScale(
  scale: Scale,
  variant: GeneratorVariant,
  seed: number,
  timeLimitSeconds: number | undefined,
  formationOnly: boolean,
): Promise<ScaleResult> {
  const sampler = new MemorySampler();
  const phases: PhaseResult[] = [];
  const loadBefore = loadavg()[0];
  process.stderr.write(`[${scale} ${variant}] generating (seed ${seed})\n`);
  const { problem: generated, planted } = await phase(phases, sampler, 'generate', () =>
    generateProblem({ scale, seed, variant }),
  );
  let json = '';
  const problem = await phase(
    phases,
    sampler,
    'parse',
    () => {
      json = JSON.stringify(generated);
      return parseProblem(JSON.parse(json));
    },
    'JSON.stringify + JSON.parse + parseProblem',
  );
  const problemMb = Buffer.byteLength(json) / MB;
  json = '';
  const settings = resolveSettings(problem.settings);

  const scores = formationOnly
    ? { format: 'skipped', scores: [] }
    : await phase(
        phases,
        sampler,
        'scoring',
        () => scoreProblem(problem, settings, { top: TOP_K }),
        `scoreProblem, top ${TOP_K} per need`,
      );
  const scoringMs = phases[phases.length - 1].wallMs;
  const scoringCpuMs = phases[phases.length - 1].cpuMs;
  // A second, JIT-warm scoring run (skipped at Europe scale, where one run takes minutes).
  if (scale !== 'europe' && !formationOnly) {
    await phase(
      phases,
      sampler,
      'scoring (warm)',
      () => scoreProblem(problem, settings, { top: TOP_K }),
      'same again, JIT warm',
    );
  }
  const warmScoringMs = phases[phases.length - 1].wallMs; // = the cold run at Europe scale
  const needIds = new Map(problem.needs.map((n, i) => [n.id, i]));
  const profileIds = new Map(problem.profiles.map((p, i) => [p.id, i]));
  const engineTop = topByNeedFromScores(scores as ScoresDocument, needIds, profileIds);
  const scoringEntries = scores.scores.length;

  const result: Partial<ScaleResult> = {
    scale,
    variant,
    seed,
    needs: problem.needs.length,
    profiles: problem.profiles.length,
    organizations: problem.organizations.length,
    plantedConsortia: planted.consortia.length,
    plantedViolations: checkProposals(problem, plantedAsProposals(problem, planted)).length,
    problemMb,
    phases,
  };

  if (scale === 'europe') {
    // Scoring and candidate generation only (no optimisation at this scale).
    let candidates = 0;
    await phase(
      phases,
      sampler,
      'candidates',
      () => {
        const model = buildAffinityModel(problem, settings);
        const gen = generateCandidates(new FormationContext(problem, settings, model));
        candidates = gen.candidates.length;
      },
      'buildAffinityModel + generateCandidates',
    );
    result.candidatesOnly = { candidates, wallMs: phases[phases.length - 1].wallMs };
  } else {
    const phaseStarts = new Map<EnginePhase, number>();
    let diagnostics: FormationDiagnostics | undefined;
    const started = performance.now();
    const doc: ProposalsDocument = await phase(
      phases,
      sampler,
      'propose (total)',
      () =>
        proposeConsortia(problem, {
          timeLimitSeconds,
          onProgress: (p) => {
            sampler.sample();
            if (!phaseStarts.has(p)) phaseStarts.set(p, performance.now() - started);
          },
          onDiagnostics: (d) => (diagnostics = d),
        }),
      `time limit ${timeLimitSeconds ?? settings.timeLimitSeconds} s`,
    );
    const proposePhase = phases[phases.length - 1];
    const candAt = phaseStarts.get('forming-candidates') ?? proposePhase.wallMs;
    const optAt = phaseStarts.get('optimising') ?? proposePhase.wallMs;
    const sub = (name: string, from: number, to: number, note: string): PhaseResult => ({
      name,
      wallMs: to - from,
      cpuMs: NaN,
      peakRssMb: NaN,
      maxRssMb: NaN,
      heapUsedMb: NaN,
      note,
    });
    phases.push(sub('  ↳ scoring', 0, candAt, 'inside propose'));
    phases.push(
      sub('  ↳ candidates', candAt, optAt, `${diagnostics?.candidateCount ?? '?'} candidates`),
    );
    phases.push(
      sub(
        '  ↳ optimise',
        optAt,
        proposePhase.wallMs,
        `${diagnostics?.method ?? '?'}${diagnostics?.fallbackReason ? ` (${diagnostics.fallbackReason})` : ''}`,
      ),
    );

    const violations = checkProposals(problem, doc);
    const gap = doc.upperBound > 0 ? ((doc.upperBound - doc.objective) / doc.upperBound) * 100 : 0;
    result.propose = {
      wallMs: proposePhase.wallMs,
      peakRssMb: proposePhase.maxRssMb,
      proposals: doc.proposals.length,
      unmatchedNeeds: doc.unmatchedNeeds.length,
      objective: doc.objective,
      upperBound: doc.upperBound,
      gapPercent: gap,
      candidates: diagnostics?.candidateCount,
      method: diagnostics?.method,
      fallbackReason: diagnostics?.fallbackReason,
      ruleViolations: violations.length,
      violationSamples: violations.slice(0, 5),
      recovery: measureRecovery(problem, doc, planted),
    };
    process.stderr.write(`[${scale} ${variant}] formation quality and the plain greedy proposer\n`);
    const model = buildAffinityModel(problem, settings);
    const g0 = performance.now();
    const greedy = greedyProposals(problem, model, settings);
    const greedyMs = performance.now() - g0;
    result.formation = {
      engine: measureFormation(problem, model, settings, doc, planted),
      greedy: measureFormation(problem, model, settings, greedy, planted),
      greedyMs,
    };
  }
  if (formationOnly) {
    sampler.stop();
    result.loadAverage = [loadBefore, loadavg()[0]];
    return result as ScaleResult;
  }

  process.stderr.write(`[${scale}] naive baseline (natural TfIdf, all needs × profiles)\n`);
  const baseline = await phase(phases, sampler, 'naive baseline', () =>
    runNaiveBaseline(problem, { k: TOP_K, maxNeeds: BASELINE_MAX_NEEDS[scale] }),
  );
  phases[phases.length - 1].note = baseline.extrapolated
    ? `${baseline.sampledNeeds} of ${baseline.totalNeeds} needs measured, full run extrapolated`
    : 'all needs × profiles measured';
  // interleaved extra rounds: engine, baseline, engine, baseline, … (same machine conditions for both)
  const engineRunsMs = phases
    .filter((p) => p.name === 'scoring' || p.name === 'scoring (warm)')
    .map((p) => p.wallMs);
  const baselineRunsMs = [baseline.estimatedFullMs];
  for (let round = 1; round <= SPEED_ROUNDS[scale]; round++) {
    let t0 = performance.now();
    scoreProblem(problem, settings, { top: TOP_K });
    engineRunsMs.push(performance.now() - t0);
    t0 = performance.now();
    const again = runNaiveBaseline(problem, { k: TOP_K, maxNeeds: BASELINE_MAX_NEEDS[scale] });
    baselineRunsMs.push(again.estimatedFullMs);
    process.stderr.write(
      `  speed round ${round}: engine ${secs(engineRunsMs[engineRunsMs.length - 1])}, baseline ${secs(performance.now() - t0)}\n`,
    );
  }
  const engineRecall = plantedRecallAtK(problem, planted, engineTop);
  // Compare quality on the same needs the baseline ranked.
  const engineOnSample = new Map([...baseline.top.keys()].map((n) => [n, engineTop.get(n) ?? []]));
  const baselineRecall = plantedRecallAtK(problem, planted, baseline.top);
  const engineRecallSample = plantedRecallAtK(problem, planted, engineOnSample);
  sampler.stop();

  const baselinePhase = phases[phases.length - 1];
  const baselineCpuFull =
    baselinePhase.cpuMs *
    (baseline.estimatedFullMs / Math.max(1, baseline.indexMs + baseline.measuredMs));
  result.loadAverage = [loadBefore, loadavg()[0]];
  result.scoring = {
    wallMs: scoringMs,
    cpuMs: scoringCpuMs,
    warmWallMs: warmScoringMs,
    entries: scoringEntries,
    recallAt10: engineRecall.recall,
  };
  result.baseline = {
    sampledNeeds: baseline.sampledNeeds,
    totalNeeds: baseline.totalNeeds,
    measuredMs: baseline.indexMs + baseline.measuredMs,
    estimatedFullMs: baseline.estimatedFullMs,
    extrapolated: baseline.extrapolated,
    cpuMs: baselineCpuFull,
    recallAt10: baselineRecall.recall,
    speedRatio: baseline.estimatedFullMs / scoringMs,
    bestSpeedRatio: Math.min(...baselineRunsMs) / Math.min(...engineRunsMs),
    engineRunsMs,
    baselineRunsMs,
    cpuSpeedRatio: baselineCpuFull / scoringCpuMs,
  };
  if (baseline.extrapolated) {
    process.stderr.write(
      `  engine recall@10 on the baseline's sample: ${engineRecallSample.recall.toFixed(3)}\n`,
    );
  }
  return result as ScaleResult;
}

// ---------------------------------------------------------------- report (parent process)

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '');
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

export function formatScale(r: ScaleResult): string {
  const lines: string[] = [];
  lines.push(
    `== ${r.scale} (${r.variant}): ${r.needs} needs × ${r.profiles} profiles, ${r.organizations} organizations, ` +
      `${r.plantedConsortia} planted consortia (${r.plantedViolations} rule violations), ${f1(r.problemMb)} MB JSON (seed ${r.seed}) ==`,
  );
  lines.push('phase                 wall        cpu       peak RSS   max RSS    heap used  note');
  for (const p of r.phases) {
    const cpu = Number.isFinite(p.cpuMs) ? secs(p.cpuMs) : '';
    lines.push(
      `${p.name.padEnd(20)} ${secs(p.wallMs).padStart(9)}  ${cpu.padStart(9)}  ${f1(p.peakRssMb).padStart(8)}   ${f1(p.maxRssMb).padStart(8)}   ${f1(p.heapUsedMb).padStart(8)}   ${p.note ?? ''}`,
    );
  }
  lines.push(
    `(memory in MB; peak RSS sampled every 50 ms within the phase; max RSS = process peak so far; ` +
      `load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' → ')} on ${cpus().length} cores)`,
  );
  if (r.propose) {
    const p = r.propose;
    lines.push(
      `propose: ${secs(p.wallMs)}, max RSS ${f1(p.peakRssMb)} MB; ${p.proposals} proposals, ${p.unmatchedNeeds} unmatched needs; ` +
        `${p.candidates ?? '?'} candidates, method ${p.method ?? '?'}${p.fallbackReason ? ` (${p.fallbackReason})` : ''}`,
    );
    lines.push(
      `objective ${p.objective}, upperBound ${p.upperBound}, optimality gap ${p.gapPercent.toFixed(2)} %`,
    );
    lines.push(
      `rule violations: ${p.ruleViolations}${p.violationSamples.length ? ` e.g. ${p.violationSamples.join('; ')}` : ''}`,
    );
    const rc = p.recovery;
    lines.push(
      `recovery: need pairs precision ${pct(rc.needPairs.precision)} recall ${pct(rc.needPairs.recall)} ` +
        `(${rc.needPairs.hits}/${rc.needPairs.proposed} proposed, ${rc.needPairs.planted} planted); ` +
        `need–group pairs precision ${pct(rc.needGroupPairs.precision)} recall ${pct(rc.needGroupPairs.recall)} ` +
        `(${rc.needGroupPairs.hits}/${rc.needGroupPairs.proposed}, ${rc.needGroupPairs.planted} planted)`,
    );
    lines.push(
      `          planted needs in a proposal ${pct(rc.plantedNeedsMatched)}, noise needs in a proposal ${pct(rc.noiseNeedsMatched)}`,
    );
  }
  if (r.candidatesOnly) {
    lines.push(
      `candidate generation only: ${r.candidatesOnly.candidates} candidates in ${secs(r.candidatesOnly.wallMs)}`,
    );
  }
  if (r.formation) lines.push(...formatFormation(r.formation, r.propose?.gapPercent));
  const b = r.baseline;
  if (!b || !r.scoring) return lines.join('\n');
  lines.push(
    `scoring: ${secs(r.scoring.wallMs)} (cpu ${secs(r.scoring.cpuMs)}; warm ${secs(r.scoring.warmWallMs)}) for ${r.scoring.entries} scores (top ${TOP_K}); planted need–group recall@${TOP_K} ${pct(r.scoring.recallAt10)}`,
  );
  lines.push(
    `naive baseline (natural TfIdf, all needs × profiles): ${
      b.extrapolated
        ? `${secs(b.measuredMs)} for ${b.sampledNeeds} of ${b.totalNeeds} needs → extrapolated ${secs(b.estimatedFullMs)}`
        : `${secs(b.estimatedFullMs)} measured`
    }; recall@${TOP_K} ${pct(b.recallAt10)}${b.extrapolated ? ' (on the sample)' : ''}`,
  );
  lines.push(
    `speed ratio baseline / engine scoring: ${b.speedRatio.toFixed(1)}× wall, ${b.cpuSpeedRatio.toFixed(1)}× cpu ` +
      `(baseline cpu ${secs(b.cpuMs)}${b.extrapolated ? ' extrapolated' : ''}; engine cold run)`,
  );
  lines.push(
    `speed ratio, best of runs: ${b.bestSpeedRatio.toFixed(1)}× wall (engine ${b.engineRunsMs.map(secs).join(', ')}; ` +
      `baseline ${b.baselineRunsMs.map(secs).join(', ')})`,
  );
  return lines.join('\n');
}

function formatFormation(f: NonNullable<ScaleResult['formation']>, gap?: number): string[] {
  const rows: Array<[string, (q: FormationQuality) => string]> = [
    [
      'needs placed (target ≥ 85 %)',
      (q) => `${pct(q.placedShare)} (${q.needsPlaced}/${q.needsTotal})`,
    ],
    ['proposals', (q) => String(q.proposals)],
    ['idle research groups', (q) => String(q.idleGroups)],
    ['capacity slots used', (q) => `${q.slotsUsed}/${q.slotsTotal}`],
    [
      'need pairs P / R, planted consortia',
      (q) =>
        `${q.recovery.needPairs.precision.toFixed(3)} / ${q.recovery.needPairs.recall.toFixed(3)}`,
    ],
    [
      'need–group P / R, planted consortia',
      (q) =>
        `${q.recovery.needGroupPairs.precision.toFixed(3)} / ${q.recovery.needGroupPairs.recall.toFixed(3)}`,
    ],
    ['need pairs P, planted topics', (q) => q.topicNeedPairs.precision.toFixed(3)],
    ['need–group P, planted topics', (q) => q.topicNeedGroupPairs.precision.toFixed(3)],
    [
      'vague needs placed alone / with others',
      (q) => `${q.vague.alone} / ${q.vague.grouped} of ${q.vague.total}`,
    ],
    ['rule violations (target 0)', (q) => String(q.ruleViolations)],
    [
      'mobilization (target ≥ 75 %)',
      (q) =>
        `${pct(q.mobilizationIncluded / Math.max(1, q.mobilizationPossible))} (${q.mobilizationIncluded}/${q.mobilizationPossible})`,
    ],
    ['top specialist left out though free', (q) => String(q.specialistPassedOver)],
    [
      'unmatched with a free valid consortium (target 0)',
      (q) => String(q.unmatchedWithFreeConsortium),
    ],
  ];
  const lines = [
    `formation                                          engine            plain greedy (${secs(f.greedyMs)})`,
  ];
  for (const [label, value] of rows)
    lines.push(`${label.padEnd(50)} ${value(f.engine).padEnd(17)} ${value(f.greedy)}`);
  if (gap !== undefined)
    lines.push(`${'optimality gap (target ≤ 1 %)'.padEnd(50)} ${gap.toFixed(2)} %`);
  if (f.engine.unmatchedWithFreeSamples.length > 0)
    lines.push(`  e.g. ${f.engine.unmatchedWithFreeSamples.join('; ')}`);
  return lines;
}

function parseCli(argv: string[]): {
  scales: Scale[];
  seed: number;
  timeLimit?: number;
  child?: Scale;
  variants: GeneratorVariant[];
  variant: GeneratorVariant;
  formationOnly: boolean;
} {
  const get = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  };
  const scales = (get('--scales') ?? 'norway,5x,europe')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as Scale[];
  for (const s of scales) {
    if (!(s in SCALES))
      throw new Error(
        `--scales: unknown scale "${s}" (expected ${Object.keys(SCALES).join(', ')})`,
      );
  }
  const seed = Number(get('--seed') ?? 42);
  const timeLimit = get('--time-limit') !== undefined ? Number(get('--time-limit')) : undefined;
  const child = get('--child') as Scale | undefined;
  const variants = (get('--variants') ?? 'standard,scarce')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean) as GeneratorVariant[];
  for (const v of variants)
    if (v !== 'standard' && v !== 'scarce')
      throw new Error(`--variants: unknown variant "${v}" (expected standard, scarce)`);
  const variant = (get('--variant') ?? 'standard') as GeneratorVariant;
  const formationOnly = argv.includes('--formation-only');
  return { scales, seed, timeLimit, child, variants, variant, formationOnly };
}

function runChild(
  scale: Scale,
  variant: GeneratorVariant,
  seed: number,
  timeLimit: number | undefined,
  formationOnly: boolean,
): Promise<ScaleResult> {
  return new Promise((resolvePromise, reject) => {
    const args = [...process.execArgv, __filename, '--child', scale, '--seed', String(seed)];
    args.push('--variant', variant);
    if (timeLimit !== undefined) args.push('--time-limit', String(timeLimit));
    if (formationOnly) args.push('--formation-only');
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`benchmark for ${scale} exited with code ${code}`));
      try {
        resolvePromise(JSON.parse(Buffer.concat(out).toString('utf8')) as ScaleResult);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

async function main(): Promise<void> {
  const args = parseCli(process.argv.slice(2));
  if (args.child) {
    const result = await runScale(
      args.child,
      args.variant,
      args.seed,
      args.timeLimit,
      args.formationOnly,
    );
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const results: ScaleResult[] = [];
  for (const scale of args.scales) {
    // The second variant (with another seed) at the scales where the optimiser runs in full.
    const variants: GeneratorVariant[] =
      scale === 'small' || scale === 'norway' ? args.variants : ['standard'];
    for (const variant of variants) {
      const seed = variant === 'standard' ? args.seed : args.seed + 1;
      const r = await runChild(scale, variant, seed, args.timeLimit, args.formationOnly);
      results.push(r);
      process.stdout.write(`${formatScale(r)}\n\n`);
    }
  }
  const dir = resolve(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const summary = {
    benchmark: 'matching',
    at: new Date().toISOString(),
    node: process.version,
    results,
  };
  const file = join(dir, `matching-${stamp}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
  writeFileSync(join(dir, 'matching-latest.json'), JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(`summary written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:matching failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
