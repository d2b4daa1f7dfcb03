import autocannon from 'autocannon';
import { Agent, request } from 'node:http';

export interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Closed loop: `connections` clients send back to back for `seconds`; returns completed requests per second. */
export async function saturate(
  target: Target,
  connections: number,
  seconds: number,
): Promise<{ requests: number; requestsPerSecond: number; errors: number }> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        body: target.body,
        connections,
        duration: seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Open loop: request i is sent at start + i / rate whatever the server does (no coordinated omission), and its
 * latency runs from that scheduled time to the end of the response.
 */
export async function offerRate(
  target: Target,
  rate: number,
  seconds: number,
): Promise<{ offered: number; completed: number; p50: number; p99: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(target.url);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const send = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', ...target.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors += 1;
            latencies.push(performance.now() - scheduled);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(target.body);
    });
  const start = performance.now() + 50;
  const sends: Array<Promise<void>> = [];
  for (let i = 0; i < total; i += 1) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sends.push(send(scheduled));
  }
  await Promise.all(sends);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    completed: latencies.length,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}
