import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/graphql';

/** The API serves the built web app at `/` with a fallback for client routes, and nothing of the API changes. */
describe('serving the web app', () => {
  let api: TestApp;
  let dir: string;
  const previous = process.env.WEB_DIST_DIR;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brobygger-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nb"><title>Brobygger</title></html>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    process.env.WEB_DIST_DIR = dir;
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.WEB_DIST_DIR;
    else process.env.WEB_DIST_DIR = previous;
  });

  const server = () => api.app.getHttpServer();

  it('answers / and client routes with index.html, and hashed assets with a long cache life', async () => {
    for (const path of ['/', '/behov/5f0c7c1e-2a8e-4c1b-9a53-0d3c2a0b9e11', '/invitasjon/token-123']) {
      const res = await request(server()).get(path).set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>Brobygger</title>');
    }
    const asset = await request(server()).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(server()).get('/assets/missing.js').set('Accept', 'text/html')).status).toBe(404);
  });

  it('leaves /graphql, /health, /admin/queues and /exports to the API', async () => {
    const health = await request(server()).get('/health');
    expect(health.headers['content-type']).toContain('application/json');
    const graphql = await request(server())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(graphql.headers['content-type']).toContain('application/json');
    expect(graphql.body.data ?? graphql.body.errors).toBeDefined();
    const landing = await request(server()).get('/graphql').set('Accept', 'text/html');
    expect(landing.text).not.toContain('<title>Brobygger</title>');
    const queues = await request(server()).get('/admin/queues').set('Accept', 'text/html');
    expect(queues.text).not.toContain('<title>Brobygger</title>');
    // A CSV download link opened by the browser (Accept: text/html) reaches the export route, not the app.
    const download = await request(server()).get('/exports/download?token=not-a-token').set('Accept', 'text/html');
    expect(download.status).toBe(401);
    expect(download.text).not.toContain('<title>Brobygger</title>');
  });

  it('does not answer API-style requests that do not ask for HTML with the app', async () => {
    const res = await request(server()).get('/nothing-here').set('Accept', 'application/json');
    expect(res.status).toBe(404);
  });
});
