import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './own-redis';

const run = promisify(execFile);

/** The PostgreSQL server programs (initdb, pg_ctl) of the installed version. */
function pgBin(program: string): string {
  const bindir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  return join(bindir, program);
}

/**
 * A throwaway PostgreSQL server of this spec (never the shared one) in a temporary directory, that can be stopped
 * (immediately, as in a crash) and started again on the same port to simulate an outage. PostgreSQL refuses to run
 * as root, so under root the server runs as the `postgres` user.
 */
export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'brobygger-own-pg-'));
    let user: { uid: number; gid: number } | undefined;
    if (process.getuid?.() === 0) {
      user = {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      };
      chownSync(dir, user.uid, user.gid);
    }
    const server = new OwnPostgres(await freePort(), dir, user);
    await server.exec('initdb', [
      '-D',
      server.dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await server.start();
    return server;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** URL of a database on this server. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  }

  /** Stops the server at once (no checkpoint, connections cut), as a crash would. */
  async stop(): Promise<void> {
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  /** Stops the server if it runs and deletes its files. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async exec(program: string, args: string[]): Promise<void> {
    await run(pgBin(program), args, { uid: this.user?.uid, gid: this.user?.gid, cwd: this.dir });
  }
}
