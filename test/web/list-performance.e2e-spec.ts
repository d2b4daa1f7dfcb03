import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { reindexSearch } from '@brobygger/persistence';
import { openTestDataSource } from '../setup/test-data-source';
import { startTestApp, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, TestApp } from '../support/graphql';
import { expectText, launchBrowser, SCREENSHOTS, WEB_BUILD } from './support/browser';

const NEEDS = 2000;
const THEMES = ['HEALTH_AND_CARE', 'EDUCATION_AND_CHILDHOOD', 'DIGITALISATION', 'CLIMATE_AND_ENVIRONMENT'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The performance budget of the web app, measured and reported (test-results/web/performance.json and the
 * console), not asserted with a timer: the first page's compressed JavaScript, first contentful paint, and the
 * needs list answering a filter change with 2,000 needs — next to the bare GraphQL request of the same page,
 * measured in the same run from the same browser.
 */
describe('web app performance figures', () => {
  let ds: DataSource;
  let api: TestApp;
  let browser: Browser;
  let marker: string;

  beforeAll(async () => {
    ds = await openTestDataSource();
    api = await startTestApp();
    browser = await launchBrowser();
    // Letters only: search reads words of letters, so the marker is one word that no other text has.
    marker = `ytelsesmerke${Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    const [{ id: organizationId }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO organizations (kind, name, municipality_number) VALUES ('MUNICIPALITY', $1, '1151') RETURNING id`,
      [`Ytelseskommune ${marker}`],
    );
    await ds.query(
      `INSERT INTO knowledge_needs (organization_id, title, description, language, themes, project_type, status, published_at)
       SELECT $1, 'Behov ' || i || ' ' || $2, 'Kommunen vil prøve ut nye løsninger sammen med forskere.', 'nb',
              ARRAY[($3::text[])[1 + i % 4]], 'INNOVATION_PROJECT', 'OPEN', now()
       FROM generate_series(1, $4::int) AS i`,
      [organizationId, marker, THEMES, NEEDS],
    );
    // Rows written with plain SQL get their search index from the same normaliser the repositories use.
    await reindexSearch(ds);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ds?.query(`DELETE FROM knowledge_needs WHERE title LIKE $1`, [`% ${marker}`]);
    await ds?.query(`DELETE FROM organizations WHERE name = $1`, [`Ytelseskommune ${marker}`]);
    await api?.close();
    await ds?.destroy();
  });

  it('measures first-page JavaScript, first contentful paint and filter changes over 2,000 needs', async () => {
    // Compressed JavaScript the first page loads: the entry script and the chunks it preloads.
    const html = readFileSync(WEB_BUILD, 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const firstPageJsGzipBytes = scripts
      .map((file) => gzipSync(readFileSync(join(WEB_BUILD, '..', file)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(scripts.length).toBeGreaterThan(0);

    const context = await browser.newContext({ baseURL: api.url, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto('/logg-inn');
      await page.getByRole('button', { name: 'Logg inn' }).waitFor();
      const fcpMs = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      );
      expect(fcpMs).toBeGreaterThan(0);
      // When the sign-in form (React's first render) was there: the first heading's paint is not exposed, so
      // the time the app's own render finished, from the navigation start.
      const signInFormMs = await page.evaluate(() => {
        const mark = performance.getEntriesByName('app-rendered')[0];
        return mark ? mark.startTime : -1;
      });
      expect(signInFormMs).toBeGreaterThan(0);

      await page.getByLabel('E-post').fill(TEST_ADMIN_EMAIL);
      await page.getByLabel('Passord').fill(TEST_ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.waitForURL('**/oversikt');
      await page.goto(`/behov?q=${encodeURIComponent(marker)}`);
      const count = page.getByTestId('needs-count');
      await expectText(count, `${NEEDS} kunnskapsbehov`, { exact: true });

      const filterMs: number[] = [];
      const requestMs: number[] = [];
      const theme = page.getByLabel('Tema', { exact: true });
      for (const [i, value] of ['HEALTH_AND_CARE', 'EDUCATION_AND_CHILDHOOD', 'DIGITALISATION', 'CLIMATE_AND_ENVIRONMENT', ''].entries()) {
        const expected = value === '' ? NEEDS : NEEDS / 4;
        const started = Date.now();
        await theme.selectOption(value);
        await expectText(count, `${expected} kunnskapsbehov`, { exact: true });
        filterMs.push(Date.now() - started);
        expect(page.url()).toContain(value ? `tema=${value}` : `q=${marker}`);
        // The same page of the same query straight over GraphQL from the page (the baseline).
        requestMs.push(
          await page.evaluate(
            async ({ text, themes }) => {
              const storage = (globalThis as unknown as { localStorage: { getItem: (key: string) => string | null } })
                .localStorage;
              const session = JSON.parse(storage.getItem('brobygger.session') ?? '{}') as { accessToken?: string };
              const t0 = performance.now();
              await fetch('/graphql', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
                body: JSON.stringify({
                  query: `query ($filter: KnowledgeNeedFilter) { knowledgeNeeds(filter: $filter, first: 20) { totalCount
                    pageInfo { hasNextPage endCursor } edges { node { id title status themes projectType updatedAt
                    organization { id name county { name } } } } } }`,
                  variables: { filter: { text, ...(themes.length ? { themes } : {}) } },
                }),
              }).then((r) => r.json());
              return performance.now() - t0;
            },
            { text: marker, themes: value ? [value] : [] },
          ),
        );
        if (i === 0) expect(await page.getByRole('listitem').count()).toBeGreaterThan(0);
      }
      const figures = {
        measuredAt: new Date().toISOString(),
        firstPageJsGzipBytes,
        firstPageScripts: scripts,
        firstContentfulPaintMs: Math.round(fcpMs),
        appRenderedMs: Math.round(signInFormMs),
        needs: NEEDS,
        filterChangeMs: { median: median(filterMs), all: filterMs },
        sameGraphqlRequestMs: { median: Math.round(median(requestMs)), all: requestMs.map(Math.round) },
      };
      writeFileSync(join(SCREENSHOTS, 'performance.json'), `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`web app performance: ${JSON.stringify(figures)}`);
    } finally {
      await context.close();
    }
  }, 180_000);
});
