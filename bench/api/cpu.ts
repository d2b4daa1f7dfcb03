import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process in milliseconds, or null when it is gone. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The PostgreSQL backends of one client (database and application name) with their CPU time so far. */
async function backendCpu(
  admin: Pool,
  database: string,
  applicationName: string,
): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
    [database, applicationName],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/**
 * CPU used by a Node process and by its PostgreSQL backends between `start()` and `stop()`. Backends that
 * appear meanwhile count from zero; a backend that ends meanwhile loses its share (pools here keep their
 * connections open, so that does not happen during a measurement).
 */
export class CpuMeter {
  private node = 0;
  private backends = new Map<number, number>();

  constructor(
    private readonly admin: Pool,
    private readonly target: { pid: number; database: string; applicationName: string },
  ) {}

  async start(): Promise<void> {
    this.backends = await backendCpu(this.admin, this.target.database, this.target.applicationName);
    this.node = processCpuMs(this.target.pid) ?? 0;
  }

  async stop(): Promise<{ nodeMs: number; postgresMs: number }> {
    const nodeMs = (processCpuMs(this.target.pid) ?? 0) - this.node;
    const after = await backendCpu(this.admin, this.target.database, this.target.applicationName);
    let postgresMs = 0;
    for (const [pid, ms] of after) postgresMs += ms - (this.backends.get(pid) ?? 0);
    return { nodeMs, postgresMs };
  }
}
