/**
 * Summarises a V8 .cpuprofile (from bench:api with BENCH_PROFILE=1): self time by package (node_modules/<name>,
 * the project's own code, Node internals, GC), and the functions with the most self and inclusive time.
 * Usage: ts-node --transpile-only bench/api/profile-summary.ts <file.cpuprofile> [top=30]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped names kept whole), the project's own directories, or Node's internals. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const own = /\/(apps\/[^/]+|libs\/[^/]+|bench)\//.exec(url);
  return own ? own[1] : url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const byPackage = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inHook = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)!.callFrame.url.includes('cpu-profile-hook')) return true;
    return false;
  };
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    if (inHook(id)) continue; // the profiler's own start and stop
    busy += ms;
    const pkg = packageOf(callFrame.url, callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const fn = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    // Inclusive: every function on this node's stack, once per stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${packageOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title} (busy ${Math.round(busy)} ms)`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${name}`);
  };
  print('self time by package', byPackage);
  print('self time by function', byFunction);
  print('inclusive time by function', inclusive);
}

main();
