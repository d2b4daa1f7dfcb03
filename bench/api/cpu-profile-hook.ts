/**
 * Preloaded (`-r`) into the servers bench:api starts when BENCH_PROFILE is set. Over the IPC channel, the message
 * 'profile:start' starts a V8 CPU profile of this process through the inspector; 'profile:stop' stops it, writes
 * it to `$BENCH_PROFILE_DIR/$BENCH_PROFILE_LABEL-<n>.cpuprofile` (open in Chrome DevTools, or summarise with
 * bench/api/profile-summary.ts) and answers 'profile:written'. Start-up and idle time between measurements stay
 * out of the profile. (Not a signal: Nest's shutdown hooks stop the API on SIGUSR2.)
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const session = new Session();
session.connect();
let written = 0;

process.channel?.unref();
process.on('message', (message) => {
  if (message === 'profile:start') {
    session.post('Profiler.enable', () => session.post('Profiler.start'));
  } else if (message === 'profile:stop') {
    session.post('Profiler.stop', (error, result) => {
      if (error) throw error;
      written += 1;
      const file = join(
        process.env.BENCH_PROFILE_DIR ?? '.',
        `${(process.env.BENCH_PROFILE_LABEL ?? 'server').replace(/\W+/g, '-')}-${written}.cpuprofile`,
      );
      writeFileSync(file, JSON.stringify(result.profile));
      process.send?.('profile:written');
    });
  }
});
