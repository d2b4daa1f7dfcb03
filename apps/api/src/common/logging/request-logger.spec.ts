import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { requestLogger } from './logging.module';

/** The part of a request line the tests read. */
interface LogLine {
  level: number;
  msg: string;
  reqId: string;
  req: { url: string; headers: Record<string, string> };
  responseTime: unknown;
}

/** A server whose every request passes the request logger, then answers `status`; the log lines it wrote. */
async function serve(level: pino.Level, status = 200) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      callback();
    },
  });
  const log = pino(
    { level, redact: { paths: ['req.headers.authorization'], censor: '[redacted]' } },
    sink,
  );
  const middleware = requestLogger(log);
  const server: Server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = status;
      res.end('ok');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits until the response's log line (written on `finish`) has arrived. */
async function lineCount(lines: unknown[], count: number): Promise<void> {
  while (lines.length < count) await new Promise((resolve) => setImmediate(resolve));
}

describe('requestLogger', () => {
  it('echoes a sensible X-Request-Id and logs one line with it, the credentials redacted', async () => {
    const server = await serve('info');
    try {
      const response = await fetch(`${server.url}/graphql`, {
        headers: { 'x-request-id': 'req-42', authorization: 'Bearer secret-token' },
      });
      expect(response.headers.get('x-request-id')).toBe('req-42');
      await lineCount(server.lines, 1);
      const [line] = server.lines;
      expect(line).toMatchObject({
        level: 30,
        reqId: 'req-42',
        req: { id: 'req-42', method: 'GET', url: '/graphql' },
        res: { statusCode: 200 },
        msg: 'request completed',
      });
      expect(typeof line.responseTime).toBe('number');
      expect(line.req.headers.authorization).toBe('[redacted]');
      expect(JSON.stringify(server.lines)).not.toContain('secret-token');
    } finally {
      await server.close();
    }
  });

  it('gives a request without an id a fresh UUID', async () => {
    const server = await serve('info');
    try {
      const response = await fetch(`${server.url}/graphql`);
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await lineCount(server.lines, 1);
      expect(server.lines[0].reqId).toBe(id);
    } finally {
      await server.close();
    }
  });

  it('logs a 5xx as an error', async () => {
    const server = await serve('info', 503);
    try {
      await fetch(`${server.url}/graphql`);
      await lineCount(server.lines, 1);
      expect(server.lines[0]).toMatchObject({
        level: 50,
        msg: 'request errored',
        res: { statusCode: 503 },
        err: { message: 'failed with status code 503' },
      });
    } finally {
      await server.close();
    }
  });

  it('does not log health checks, nor requests below the logger level, but still answers with an id', async () => {
    const quiet = await serve('warn');
    const loud = await serve('info');
    try {
      const response = await fetch(`${quiet.url}/graphql`);
      expect(response.headers.get('x-request-id')).toBeTruthy();
      const health = await fetch(`${loud.url}/health`);
      expect(health.headers.get('x-request-id')).toBeTruthy();
      // A later request's line proves the earlier ones would have been written by now.
      await fetch(`${loud.url}/graphql`);
      await lineCount(loud.lines, 1);
      expect(loud.lines.map((line) => line.req.url)).toEqual(['/graphql']);
      expect(quiet.lines).toEqual([]);
    } finally {
      await quiet.close();
      await loud.close();
    }
  });
});
