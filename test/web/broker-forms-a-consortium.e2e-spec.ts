import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../setup/test-data-source';
import { gql, startTestApp, TestApp } from '../support/graphql';
import { createProposal } from '../auth/auth-world';
import { createMunicipalityOrganization, createNeed } from '../factories';
import { createMatchableArena, ArenaFixture } from '../queue/support/matching-fixtures';
import { startWorker, WorkerProcess } from '../queue/support/worker-process';
import {
  accessibilityViolations,
  expectAttribute,
  expectText,
  expectVisible,
  launchBrowser,
  screenshot,
} from './support/browser';

const PASSWORD = 'et-langt-passord-for-testen';

/**
 * The web app in Debian's Chromium against the real API (serving the built app at `/`), a real worker, PostgreSQL
 * and Redis: a broker forms a consortium, a municipality member registers a need in nynorsk, a researcher finds a
 * need. Every page is checked with axe-core and photographed under test-results/web/.
 */
describe('the web app in a browser', () => {
  let ds: DataSource;
  let api: TestApp;
  let worker: WorkerProcess;
  let browser: Browser;
  let fixture: ArenaFixture;
  let arenaName: string;

  beforeAll(async () => {
    ds = await openTestDataSource();
    api = await startTestApp();
    worker = await startWorker({ WORKER_LOCK_DURATION_MS: '60000' });
    browser = await launchBrowser();
    fixture = await createMatchableArena(ds);
    [{ name: arenaName }] = await ds.query<Array<{ name: string }>>(
      'SELECT name FROM mobilization_arenas WHERE id = $1',
      [fixture.arenaId],
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop('SIGTERM');
    await api?.close();
    await ds?.destroy();
  });

  /** An invitation made by the admin; returns its one-time token. */
  async function invite(input: Record<string, unknown>): Promise<string> {
    const res = await gql<{ inviteUser: { token: string } }>(
      api,
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }',
      { input },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.inviteUser.token;
  }

  async function userWithPassword(input: Record<string, unknown>): Promise<void> {
    const token = await invite(input);
    const res = await gql(
      api,
      'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token, password: PASSWORD } },
      { anonymous: true },
    );
    expect(res.errors).toBeUndefined();
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: api.url });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return { context, page };
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/');
    await page.waitForURL('**/logg-inn');
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
  }

  it('a broker signs in, starts a run, watches it, reads a proposal with its map and explanation, and accepts it', async () => {
    await userWithPassword({ email: 'megler@arena.test', name: 'Mia Megler', role: 'BROKER', arenaId: fixture.arenaId });
    const { context, page } = await newPage();
    const elsewhere: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(api.url)) elsewhere.push(req.url());
    });
    try {
      await page.goto('/');
      await page.waitForURL('**/logg-inn');
      await expectAttribute(page.locator('html'), 'lang', 'nb');
      // Designsystemet's typeface comes with the app: Inter is loaded, and nothing is fetched from another host.
      const inter = await page.evaluate<number>(
        `document.fonts.ready.then(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Inter' && f.status === 'loaded').length)`,
      );
      expect(inter).toBeGreaterThan(0);
      expect(elsewhere).toEqual([]);
      await expectAccessible(page);
      await screenshot(page, '01-sign-in');

      await signIn(page, 'megler@arena.test');
      await page.waitForURL('**/oversikt');
      await expectText(page.getByRole('heading', { level: 1 }), `Oversikt over ${arenaName}`, { exact: true });
      await expectVisible(page.getByRole('link', { name: 'Åpne kunnskapsbehov' }));
      await expectVisible(page.getByRole('img', { name: /Forslag etter status/ }));
      await expectAccessible(page);
      await screenshot(page, '02-arena-overview');

      await page.getByRole('link', { name: 'Start en matchkjøring' }).click();
      await expectText(page.getByRole('heading', { level: 1 }), 'Start en matchkjøring');
      await page.getByRole('checkbox', { name: 'Innovasjonsprosjekt', exact: true }).check();
      await expectAccessible(page);
      await screenshot(page, '03-run-settings');

      await page.getByRole('button', { name: 'Start kjøringen' }).click();
      await page.waitForURL(/\/kjoringer\/[0-9a-f-]{36}$/);
      const status = page.getByTestId('run-status');
      await expectText(status, 'Status:');
      await screenshot(page, '04-run-progress');
      // The page only learns the run finished from the matchRunUpdated subscription.
      await expectText(status, 'Ferdig', { timeoutMs: 180_000 });
      await expectAttribute(page.locator('#run-progress'), 'value', '100');
      await expectVisible(page.getByRole('heading', { name: 'Forslag til konsortier' }));
      await expectVisible(page.getByRole('heading', { name: 'Behov uten forslag' }));
      await expectAccessible(page);
      await screenshot(page, '05-run-result');

      await page.getByRole('link', { name: /^Innovasjonsprosjekt: Leder:/ }).first().click();
      await page.waitForURL(/\/forslag\//);
      expect((await page.getByTestId('proposal-explanation').textContent())?.length).toBeGreaterThan(20);
      await expectText(page.getByTestId('proposal-status'), 'Venter på avgjørelse', { exact: true });
      const map = page.getByTestId('proposal-map');
      await expectVisible(map.locator('path[data-member]').first());
      expect(await map.locator('path[data-municipality]').count()).toBe(357);
      await expectVisible(page.getByText('© Kartverket (CC BY 4.0)'));
      await expectAccessible(page);
      await screenshot(page, '06-proposal');

      await page.getByRole('button', { name: 'Godta forslaget' }).click();
      await expectVisible(page.getByText('Forslaget er godtatt.'));
      await page.reload();
      await expectText(page.getByTestId('proposal-status'), 'Godtatt', { exact: true });
      await expectAccessible(page);
      await screenshot(page, '07-proposal-accepted');

      // The accepted proposal links to the consortium it formed.
      await page.getByTestId('proposal-consortium').click();
      await page.waitForURL(/\/konsortier\/[0-9a-f-]{36}$/);
      await expectText(page.getByRole('heading', { level: 1 }), 'Konsortium: Innovasjonsprosjekt', { exact: true });
      await expectText(page.getByTestId('consortium-status'), 'Under dannelse', { exact: true });
      const members = page.getByTestId('consortium-member');
      await expectVisible(members.first());
      expect(await members.count()).toBeGreaterThanOrEqual(2);
      await expectText(members.first(), 'Venter på svar');
      const rules = page.getByTestId('rule-check');
      expect(await rules.count()).toBeGreaterThanOrEqual(4);
      const leadRule = rules.filter({ hasText: 'Prosjekteier og leder' });
      await expectVisible(leadRule);
      expect(await leadRule.textContent()).toMatch(/Oppfylt|Ikke oppfylt|Advarsel/);
      await expectText(page.getByTestId('status-history'), 'Dannet da forslaget ble godtatt');
      await expectAccessible(page);
      await screenshot(page, '08-consortium');

      // Dissolving needs a reason: the API's BAD_USER_INPUT is shown beside the field, in bokmål.
      await page.getByLabel('Ny status').selectOption('DISSOLVED');
      await page.getByRole('button', { name: 'Lagre ny status' }).click();
      await expectVisible(page.getByText('Skriv en begrunnelse (høyst 2000 tegn).'));
      await expectText(page.getByTestId('consortium-status'), 'Under dannelse', { exact: true });
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Konsortier', exact: true }).click();
      await page.waitForURL('**/konsortier');
      // The count in the right number form: "1 konsortium", "2 konsortier".
      // the broker's list: the consortia of the broker's arena (other specs may have formed some elsewhere)
      const [{ count }] = await ds.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM consortia WHERE arena_id = $1',
        [fixture.arenaId],
      );
      expect(count).toBeGreaterThan(0);
      await expectText(page.getByTestId('consortia-count'), count === 1 ? '1 konsortium' : `${count} konsortier`, { exact: true });
      await expectVisible(page.getByRole('link', { name: /^Innovasjonsprosjekt: Leder:/ }).first());
      await expectAccessible(page);
      await screenshot(page, '09-consortia');

      // The follow-up page: key figures, a chart per month, and a CSV download link that works.
      await page.getByRole('link', { name: 'Oppfølging', exact: true }).click();
      await page.waitForURL('**/oppfolging');
      await expectText(page.getByRole('heading', { level: 1 }), `Oppfølging av ${arenaName}`, { exact: true });
      await expectText(page.getByTestId('follow-up-figures'), 'Kommuner mobilisert');
      await expectVisible(page.getByRole('img', { name: /Forslag laget per måned/ }));
      expect(await page.getByTestId('chart-proposals').locator('circle').count()).toBeGreaterThanOrEqual(1);
      await page.getByRole('button', { name: 'Lag lenke: Kunnskapsbehov' }).click();
      const link = page.getByTestId('download-NEEDS');
      await expectVisible(link);
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/exports\/download\?token=/);
      const csv = await page.request.get(href!, { headers: { Accept: 'text/html' } });
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect((await csv.text()).split('\r\n').length).toBeGreaterThan(2);
      await expectAccessible(page);
      await screenshot(page, '10-follow-up');
    } finally {
      await context.close();
    }
  }, 360_000);

  it('a municipality in the consortium the broker formed accepts its invitation with its commitments', async () => {
    const [member] = await ds.query<Array<{ consortium_id: string; organization_id: string; name: string }>>(
      `SELECT m.consortium_id, m.organization_id, o.name
         FROM consortium_members m
         JOIN consortia c ON c.id = m.consortium_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE c.arena_id = $1 AND o.kind = 'MUNICIPALITY' AND m.response = 'PENDING'
        ORDER BY c.created_at DESC, m.position
        LIMIT 1`,
      [fixture.arenaId],
    );
    expect(member).toBeDefined();
    await userWithPassword({ email: 'svar@kommune.test', role: 'MUNICIPALITY_MEMBER', organizationId: member.organization_id });
    const { context, page } = await newPage();
    try {
      await signIn(page, 'svar@kommune.test');
      await page.waitForURL('**/mine-behov');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine konsortier' }).click();
      await page.locator(`a[href="/konsortier/${member.consortium_id}"]`).click();
      await page.waitForURL(`**/konsortier/${member.consortium_id}`);
      const card = page.getByTestId('consortium-member').filter({ hasText: member.name });
      await expectText(card, 'Venter på svar');
      await card.getByLabel('Personmåneder dere setter av').fill('7,5');
      await card.getByLabel('Kontaktperson', { exact: true }).fill('Kari Nordmann');
      await card.getByLabel('Kontaktpersonen frigjøres fra andre oppgaver').check();
      await expectAccessible(page);
      await screenshot(page, '14-invitation-answer');
      await card.getByRole('button', { name: 'Takk ja' }).click();
      await expectText(card, 'Takket ja');
      await expectText(card, 'Forplikter 7,5 personmåneder · kontaktperson: Kari Nordmann');
      const [saved] = await ds.query<Array<{ response: string; committed_person_months: string; contact_person_freed: boolean }>>(
        'SELECT response, committed_person_months, contact_person_freed FROM consortium_members WHERE consortium_id = $1 AND organization_id = $2',
        [member.consortium_id, member.organization_id],
      );
      expect(saved).toEqual({ response: 'ACCEPTED', committed_person_months: '7.5', contact_person_freed: true });
      await expectAccessible(page);
      await screenshot(page, '15-invitation-accepted');

      // What the member sees of its own participation: its figures, not the arena's.
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min oppfølging' }).click();
      await page.waitForURL('**/oppfolging');
      await expectText(page.getByRole('heading', { level: 1 }), 'Min deltakelse i programmet', { exact: true });
      const figures = page.getByTestId('follow-up-figures');
      await expectText(figures, 'Kunnskapsbehov registrert');
      expect(await figures.textContent()).not.toContain('Kommuner mobilisert');
      const [{ consortia }] = await ds.query<Array<{ consortia: number }>>(
        `SELECT count(DISTINCT consortium_id)::int AS consortia FROM consortium_members WHERE organization_id = $1`,
        [member.organization_id],
      );
      const consortiaFigure = figures.locator('div').filter({ hasText: 'Konsortier' }).locator('.figure-value');
      await expectText(consortiaFigure, String(consortia), { exact: true });
      await expectVisible(page.getByRole('img', { name: /Forslag laget per måned/ }));
      await expectVisible(page.getByRole('button', { name: 'Lag lenke: Nøkkeltall per måned' }));
      expect(await page.getByRole('button', { name: 'Lag lenke: Kunnskapsbehov' }).count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, '16-own-follow-up');
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a partner declines its invitation and the broker invites the engine's replacement", async () => {
    const [partner] = await ds.query<Array<{ consortium_id: string; organization_id: string; name: string }>>(
      `SELECT m.consortium_id, m.organization_id, o.name
         FROM consortium_members m
         JOIN consortia c ON c.id = m.consortium_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE c.arena_id = $1 AND c.status = 'FORMING' AND o.kind = 'MUNICIPALITY' AND m.role = 'PARTNER' AND m.response = 'PENDING'
        ORDER BY c.created_at DESC, m.position
        LIMIT 1`,
      [fixture.arenaId],
    );
    expect(partner).toBeDefined();
    // Another Vestland municipality with a need like the consortium's, so the engine has a replacement to offer.
    const [{ number }] = await ds.query<Array<{ number: string }>>(
      `SELECT number FROM municipalities WHERE county_number = '46' ORDER BY population DESC OFFSET 4 LIMIT 1`,
    );
    const newcomer = await createMunicipalityOrganization(ds, { municipalityNumber: number, name: `Nykommune ${number}` });
    const newcomerNeed = await createNeed(ds, {
      organizationId: newcomer.id,
      title: 'Velferdsteknologi og digitalt tilsyn hjemme',
      description: 'Kommunen vil prøve ut digitalt tilsyn og velferdsteknologi i hjemmetjenesten for eldre som bor hjemme.',
      themes: ['HEALTH_AND_CARE', 'DIGITALISATION'],
      projectType: 'INNOVATION_PROJECT',
    });
    await userWithPassword({ email: 'nei@kommune.test', role: 'MUNICIPALITY_MEMBER', organizationId: partner.organization_id });
    const member = await newPage();
    try {
      const { page } = member;
      await signIn(page, 'nei@kommune.test');
      await page.waitForURL('**/mine-behov');
      await page.goto(`/konsortier/${partner.consortium_id}`);
      const card = page.getByTestId('consortium-member').filter({ hasText: partner.name });
      await expectText(card, 'Venter på svar');
      await card.getByLabel('Begrunnelse hvis dere takker nei').fill('Vi har ikke kapasitet i år; vi prioriterer «Helse 2030».');
      await card.getByRole('button', { name: 'Takk nei' }).click();
      await expectText(card, 'Takket nei');
      await expectText(card, 'Vi har ikke kapasitet i år');
      await expectAccessible(page);
      await screenshot(page, '17-invitation-declined');
    } finally {
      await member.context.close();
    }

    const broker = await newPage();
    try {
      const { page } = broker;
      await signIn(page, 'megler@arena.test');
      await page.waitForURL('**/oversikt');
      await page.goto(`/konsortier/${partner.consortium_id}`);
      await expectVisible(page.getByRole('heading', { name: 'Foreslåtte erstattere' }));
      const replacement = page.getByTestId('consortium-replacement').filter({ hasText: newcomer.name });
      await expectText(replacement, 'Velferdsteknologi og digitalt tilsyn hjemme');
      expect((await replacement.textContent())!.length).toBeGreaterThan(60); // the engine's explanation
      await expectAccessible(page);
      await screenshot(page, '18-replacement-suggested');

      await replacement.getByRole('button', { name: 'Inviter erstatteren' }).click();
      const invited = page.getByTestId('consortium-member').filter({ hasText: newcomer.name });
      await expectText(invited, 'Venter på svar');
      await expectVisible(replacement.getByText('Invitert', { exact: true }));
      const [row] = await ds.query<Array<{ response: string; knowledge_need_id: string }>>(
        'SELECT response, knowledge_need_id FROM consortium_members WHERE consortium_id = $1 AND organization_id = $2',
        [partner.consortium_id, newcomer.id],
      );
      expect(row).toEqual({ response: 'PENDING', knowledge_need_id: newcomerNeed.id });
      await expectAccessible(page);
      await screenshot(page, '19-replacement-invited');
    } finally {
      await broker.context.close();
    }
  }, 120_000);

  it('a broker rejects a proposal and names the main reason', async () => {
    const [need] = await ds.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM knowledge_needs WHERE id = $1',
      [fixture.needIds[3]],
    );
    const [profile] = await ds.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM competence_profiles WHERE id = $1',
      [fixture.profileIds[2]],
    );
    const { proposalId } = await createProposal(ds, {
      arenaId: fixture.arenaId,
      needId: fixture.needIds[3],
      needOrg: need.organization_id,
      profileId: fixture.profileIds[2],
      group: profile.organization_id,
    });
    const { context, page } = await newPage();
    try {
      await signIn(page, 'megler@arena.test');
      await page.waitForURL('**/oversikt');
      await page.goto(`/forslag/${proposalId}`);
      await expectText(page.getByTestId('proposal-status'), 'Venter på avgjørelse', { exact: true });
      await page.getByRole('button', { name: 'Avvis forslaget' }).click();
      await page.getByLabel('Hva er hovedgrunnen?').selectOption('ALREADY_COLLABORATING');
      await page.getByLabel('Hvorfor avviser du forslaget?').fill('Skolen og miljøet har et prosjekt i gang; vi venter til det er ferdig.');
      await expectAccessible(page);
      await screenshot(page, '20-proposal-reject');
      await page.getByRole('button', { name: 'Avvis med denne begrunnelsen' }).click();
      await expectVisible(page.getByText('Forslaget er avvist.'));
      const [saved] = await ds.query<Array<{ status: string; decision_reason_category: string }>>(
        'SELECT status, decision_reason_category FROM consortium_proposals WHERE id = $1',
        [proposalId],
      );
      expect(saved).toEqual({ status: 'REJECTED', decision_reason_category: 'ALREADY_COLLABORATING' });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a municipality member accepts the invitation and registers a need in nynorsk, fixing a validation error', async () => {
    const [{ organization_id: organizationId }] = await ds.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM knowledge_needs WHERE id = $1',
      [fixture.needIds[0]],
    );
    const token = await invite({ email: 'kari@kommune.test', role: 'MUNICIPALITY_MEMBER', organizationId });
    const { context, page } = await newPage();
    try {
      await page.goto(`/invitasjon/${token}`);
      await page.getByLabel('Språk', { exact: true }).selectOption('nn');
      await expectAttribute(page.locator('html'), 'lang', 'nn');
      await expectText(page.getByRole('heading', { level: 1 }), 'Godta invitasjonen', { exact: true });
      await expectAccessible(page);
      await screenshot(page, '11-invitation-nn');
      await page.getByLabel('Namn').fill('Kari Nordmann');
      await page.getByLabel('Nytt passord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Godta og logg inn' }).click();
      await page.waitForURL('**/mine-behov');
      await expectText(page.getByRole('heading', { level: 1 }), 'Mine kunnskapsbehov', { exact: true });
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Registrer nytt kunnskapsbehov' }).click();
      await page.getByLabel('Tittel').fill('Betre kvardag for eldre med velferdsteknologi');
      await page.getByLabel('Skildring').fill('Kommunen vil prøve ut velferdsteknologi i heimetenesta og treng følgjeforsking.');
      await page.getByLabel('Språk i teksten').selectOption('nn');
      await page.getByRole('checkbox', { name: 'Helse og omsorg' }).check();
      await page.getByLabel('Namn på kontaktperson').fill('Kari Nordmann');
      await page.getByLabel('E-post til kontaktperson').fill('kari.nordmann-kommune');
      await page.getByRole('button', { name: 'Lagre' }).click();
      const emailField = page.getByLabel('E-post til kontaktperson');
      const sentence = 'Skriv ei gyldig e-postadresse for kontaktpersonen, til dømes namn@kommune.no.';
      await expectVisible(page.getByText(sentence).first());
      await expectAttribute(emailField, 'aria-invalid', 'true');
      await expectAccessible(page);
      await screenshot(page, '12-need-validation-nn');

      await emailField.fill('kari.nordmann@kommune.no');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.waitForURL(/\/behov\/[0-9a-f-]{36}$/);
      await expectText(page.getByRole('heading', { level: 1 }), 'Betre kvardag for eldre med velferdsteknologi', { exact: true });
      await expectVisible(page.getByText('Ope', { exact: true }));
      await expectAccessible(page);
      await screenshot(page, '13-need-saved-nn');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a researcher finds a need through search and through the recommendations of their profile', async () => {
    const [{ organization_id: organizationId }] = await ds.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM competence_profiles WHERE id = $1',
      [fixture.profileIds[2]],
    );
    await userWithPassword({ email: 'forsker@fou.test', role: 'RESEARCHER', organizationId });
    // A need only this spec has, so the search finds exactly it whatever else the shared test database holds.
    const [{ organization_id: municipalityId }] = await ds.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM knowledge_needs WHERE id = $1',
      [fixture.needIds[3]],
    );
    const coastal = await createNeed(ds, {
      organizationId: municipalityId,
      title: 'Kystfiske og lokalsamfunn i endring',
      description: 'Kommunen vil forstå hvordan kystfiske og fiskeværene kan utvikles sammen med forskere.',
    });
    const { context, page } = await newPage();
    try {
      await signIn(page, 'forsker@fou.test');
      await page.waitForURL('**/mine-profiler');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Skole, fravær og psykisk helse' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Kunnskapsbehov som passer profilen' }));
      await expectVisible(page.getByRole('link', { name: 'Skolefravær og psykisk helse' }));
      await expectAccessible(page);
      await screenshot(page, '21-profile-recommendations');

      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Finn behov' }).click();
      await page.getByLabel('Søk i kunnskapsbehov').fill('kystfiske');
      await page.keyboard.press('Enter');
      await page.waitForURL(/q=kystfiske/);
      const found = page.locator(`a[href="/behov/${coastal.id}"]`);
      await expectText(found, coastal.title, { exact: true });
      await expectAccessible(page);
      await screenshot(page, '22-need-search');

      await found.click();
      await expectText(page.getByRole('heading', { level: 1 }), coastal.title, { exact: true });
      await expectVisible(page.getByRole('heading', { name: 'Anbefalte forskningsmiljøer' }));
      await expectAccessible(page);
      await screenshot(page, '23-need-page');
    } finally {
      await context.close();
    }
  }, 120_000);
});
