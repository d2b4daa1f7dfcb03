import { JobName } from './queue.constants';

/**
 * Check at worker boot that every JobName has exactly one handler and that no handler is registered for an
 * unknown name. Throws with a message listing what is wrong.
 */
export function assertJobHandlers(registrations: ReadonlyArray<{ name: string }>): void {
  const counts = new Map<string, number>();
  for (const r of registrations) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const known = new Set<string>(Object.values(JobName));
  const problems: string[] = [];
  for (const name of known) {
    const c = counts.get(name) ?? 0;
    if (c === 0) problems.push(`no handler for job "${name}"`);
    if (c > 1) problems.push(`${c} handlers for job "${name}"`);
  }
  for (const name of counts.keys())
    if (!known.has(name)) problems.push(`handler for unknown job "${name}"`);
  if (problems.length > 0) throw new Error(`Job handler registry: ${problems.join('; ')}`);
}
