import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createMunicipalityOrganization, createNeed } from '../factories';
import {
  createProposalWorld,
  MEMBER_PASSWORD,
  ProposalWorld,
  signedInUser,
} from '../consortia/consortium-fixtures';
import { gql, startTestApp, TestApp } from '../support/graphql';
import {
  accessibilityViolations,
  expectText,
  expectVisible,
  launchBrowser,
  screenshot,
} from './support/browser';

/**
 * Interest and partner finding in Debian's Chromium against the real API and PostgreSQL: a researcher expresses
 * and withdraws interest in a need and sees similar needs of other municipalities, the municipality sees the
 * interest, a broker keeps the arena's conflict-of-interest pairs and registers and edits a need on behalf of a
 * municipality. Errors appear in Norwegian beside the field; every page is checked with axe-core.
 */
describe('interest and partner finding in the browser', () => {
  let api: TestApp;
  let ds: DataSource;
  let browser: Browser;
  let world: ProposalWorld;
  let arenaName: string;
  let similarTitle: string;
  /** An OPEN need of the first municipality in words no other spec uses (similar needs do not depend on others). */
  let needId: string;

  beforeAll(async () => {
    api = await startTestApp();
    ds = api.app.get(DataSource);
    browser = await launchBrowser();
    world = await createProposalWorld(ds, { municipalities: 2, groups: 2 });
    [{ name: arenaName }] = await ds.query<Array<{ name: string }>>(
      'SELECT name FROM mobilization_arenas WHERE id = $1',
      [world.arenaId],
    );
    // A name of its own, to find the municipality among the other specs' organizations with the same name.
    await ds.query(`UPDATE organizations SET name = $2 WHERE id = $1`, [
      world.municipalities[1].orgId,
      `Fjellvik ${randomUUID().slice(0, 8)} kommune`,
    ]);
    needId = (
      await createNeed(ds, {
        organizationId: world.municipalities[0].orgId,
        title: 'Tryggere skoleveier i spredt bebyggelse',
        description:
          'Kommunen vil kartlegge skoleveier, fartsdempere og gangfelt i spredt bebyggelse.',
        status: 'OPEN',
      })
    ).id;
    const stavanger = await createMunicipalityOrganization(ds, { municipalityNumber: '1103' });
    similarTitle = 'Skoleveier og gangfelt i spredt bebyggelse';
    await createNeed(ds, {
      organizationId: stavanger.id,
      title: similarTitle,
      description: 'Tryggere skoleveier med fartsdempere og gangfelt.',
      status: 'OPEN',
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function signedInPage(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: api.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto('/');
    await page.waitForURL('**/logg-inn');
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord').fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/logg-inn'));
    return { context, page };
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('a researcher sees similar needs, expresses interest (an error beside the field first) and withdraws it; the municipality sees it', async () => {
    const researcher = await signedInUser(api, 'RESEARCHER', {
      organizationId: world.groups[0].orgId,
    });
    const owner = await signedInUser(api, 'MUNICIPALITY_MEMBER', {
      organizationId: world.municipalities[0].orgId,
    });
    const { context, page } = await signedInPage(researcher.email);
    try {
      await page.goto(`/behov/${needId}`);
      await expectVisible(page.getByRole('heading', { name: 'Interesse fra forskningsmiljøer' }));
      await expectText(page.getByTestId('similar-needs'), similarTitle);
      await expectText(page.getByTestId('similar-needs'), 'Felles ord:');
      await expectVisible(page.getByText('Ingen forskningsmiljøer har meldt interesse ennå.'));
      await expectAccessible(page);

      await page.getByLabel('Hva dere kan bidra med').fill('x'.repeat(1001));
      await page.getByRole('button', { name: 'Meld interesse' }).click();
      await expectVisible(page.getByText('Teksten kan være høyst 1000 tegn.'));
      await expectAccessible(page);
      expect(
        await ds.query('SELECT 1 FROM need_interests WHERE knowledge_need_id = $1', [needId]),
      ).toEqual([]);

      await page
        .getByLabel('Hva dere kan bidra med')
        .fill('Vi har følgeforsket på digitalt tilsyn i tre kommuner.');
      await page.getByRole('button', { name: 'Meld interesse' }).click();
      await expectVisible(page.getByText('Interessen er registrert.', { exact: false }));
      await expectText(
        page.getByTestId('need-interests'),
        'Vi har følgeforsket på digitalt tilsyn i tre kommuner.',
      );
      await expectAccessible(page);
      await screenshot(page, 'partners-01-need-interest');

      // The municipality sees the interest on its need.
      const ownerView = await signedInPage(owner.email);
      try {
        await ownerView.page.goto(`/behov/${needId}`);
        await expectText(
          ownerView.page.getByTestId('need-interests'),
          'Vi har følgeforsket på digitalt tilsyn',
        );
        await expectAccessible(ownerView.page);
      } finally {
        await ownerView.context.close();
      }

      await page.getByRole('button', { name: 'Trekk interessen' }).click();
      await expectVisible(page.getByText('Ingen forskningsmiljøer har meldt interesse ennå.'));
    } finally {
      await context.close();
    }
  });

  it('a broker keeps conflict-of-interest pairs for the arena, with errors beside the fields', async () => {
    const broker = await signedInUser(api, 'BROKER', { arenaId: world.arenaId });
    const [{ name: groupName }] = await ds.query<Array<{ name: string }>>(
      'SELECT name FROM organizations WHERE id = $1',
      [world.groups[1].orgId],
    );
    const [{ name: municipalityName }] = await ds.query<Array<{ name: string }>>(
      'SELECT name FROM organizations WHERE id = $1',
      [world.municipalities[1].orgId],
    );
    const { context, page } = await signedInPage(broker.email);
    try {
      await page.getByRole('link', { name: 'Inhabilitet', exact: true }).click();
      await page.waitForURL('**/inhabilitet');
      await expectText(page.getByRole('heading', { level: 1 }), `Inhabilitet i ${arenaName}`, {
        exact: true,
      });
      await expectVisible(page.getByText('Arenaen har ingen registrerte interessekonflikter.'));
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Legg til interessekonflikt' }).click();
      await expectVisible(page.getByText('Velg en kommune.'));
      await expectAccessible(page);

      await page.getByLabel('Finn kommune etter navn').fill(municipalityName);
      await page.getByLabel('Kommune', { exact: true }).selectOption(world.municipalities[1].orgId);
      await page.getByLabel('Finn forskningsmiljø etter navn').fill(groupName);
      await page.getByLabel('Forskningsmiljø', { exact: true }).selectOption(world.groups[1].orgId);
      await page.getByLabel('Begrunnelse').fill('   ');
      await page.getByRole('button', { name: 'Legg til interessekonflikt' }).click();
      await expectVisible(page.getByText('Skriv en begrunnelse på høyst 500 tegn.'));

      await page.getByLabel('Begrunnelse').fill('Gruppelederen sitter i kommunestyret');
      await page.getByRole('button', { name: 'Legg til interessekonflikt' }).click();
      await expectText(page.getByTestId('exclusions'), 'Gruppelederen sitter i kommunestyret');
      await expectText(page.getByTestId('exclusions'), groupName);
      await expectAccessible(page);
      await screenshot(page, 'partners-02-exclusions');
      const [row] = await ds.query<Array<{ reason: string }>>(
        'SELECT reason FROM conflict_exclusions WHERE arena_id = $1',
        [world.arenaId],
      );
      expect(row.reason).toBe('Gruppelederen sitter i kommunestyret');

      await page.getByRole('button', { name: /^Fjern interessekonflikten mellom/ }).click();
      await expectVisible(page.getByText('Arenaen har ingen registrerte interessekonflikter.'));
    } finally {
      await context.close();
    }
  });

  it('a broker registers a need on behalf of a municipality and changes its project type', async () => {
    const broker = await signedInUser(api, 'BROKER', { arenaId: world.arenaId });
    const [{ name: municipalityName }] = await ds.query<Array<{ name: string }>>(
      'SELECT name FROM organizations WHERE id = $1',
      [world.municipalities[1].orgId],
    );
    const { context, page } = await signedInPage(broker.email);
    try {
      await page.getByRole('link', { name: 'Kunnskapsbehov', exact: true }).click();
      await page.getByRole('link', { name: 'Registrer behov på vegne av en kommune' }).click();
      await page.waitForURL('**/behov/ny');
      await expectVisible(
        page.getByText('Du registrerer behovet på vegne av kommunen.', { exact: false }),
      );
      await page.getByLabel('Tittel').fill('Forprosjekt om velferdsteknologi');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await expectVisible(page.getByText('Velg en kommune.'));
      await expectAccessible(page);
      await screenshot(page, 'partners-03-need-on-behalf');

      await page.getByLabel('Finn kommune etter navn').fill(municipalityName);
      await page.getByLabel('Kommune', { exact: true }).selectOption(world.municipalities[1].orgId);
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.waitForURL(/\/behov\/[0-9a-f-]{36}$/);
      const newNeedId = page.url().split('/').pop()!;

      await page.getByRole('link', { name: 'Endre på vegne av kommunen' }).click();
      await expectVisible(
        page.getByText(`Du endrer behovet på vegne av ${municipalityName}.`, { exact: false }),
      );
      await page.getByLabel('Ønsket prosjekttype').selectOption({ label: 'Forprosjekt' });
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.waitForURL(`**/behov/${newNeedId}`);
      await expectVisible(page.getByText('Forprosjekt', { exact: true }));

      const audit = await gql<{
        auditLog: {
          edges: Array<{
            node: { operation: string; targetId: string; onBehalfOfOrganizationId: string };
          }>;
        };
      }>(
        api,
        `{ auditLog(first: 50) { edges { node { operation targetId onBehalfOfOrganizationId } } } }`,
      );
      const entries = audit
        .data!.auditLog.edges.map((e) => e.node)
        .filter((e) => e.targetId === newNeedId);
      expect(entries.map((e) => [e.operation, e.onBehalfOfOrganizationId]).sort()).toEqual([
        ['Mutation.createKnowledgeNeed', world.municipalities[1].orgId],
        ['Mutation.updateKnowledgeNeed', world.municipalities[1].orgId],
      ]);
    } finally {
      await context.close();
    }
  });
});
