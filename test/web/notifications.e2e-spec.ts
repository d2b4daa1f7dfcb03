import { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createProposalWorld } from '../consortia/consortium-fixtures';
import { gql, startTestApp, TestApp } from '../support/graphql';
import {
  accessibilityViolations,
  expectAttribute,
  expectText,
  expectVisible,
  launchBrowser,
  screenshot,
} from './support/browser';

const PASSWORD = 'et-langt-passord-for-varsler';

/**
 * The notifications page in Debian's Chromium against the real API: the header shows the unread count and updates it
 * when a notification arrives (subscription), the page lists it and marks it read, and the settings form saves the
 * language and deliveries and shows an error in Norwegian beside the field it concerns. Checked with axe-core.
 */
describe('notifications in the web app', () => {
  let api: TestApp;
  let ds: DataSource;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApp();
    ds = api.app.get(DataSource);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows, marks and configures a member’s notifications', async () => {
    const world = await createProposalWorld(ds);
    const email = 'varsel@kommune.test';
    const invited = await gql<{ inviteUser: { token: string } }>(
      api,
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }',
      {
        input: {
          email,
          name: 'Vera Varsel',
          role: 'MUNICIPALITY_MEMBER',
          organizationId: world.municipalities[0].orgId,
        },
      },
    );
    const accepted = await gql(
      api,
      'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      { input: { token: invited.data!.inviteUser.token, password: PASSWORD } },
      { anonymous: true },
    );
    expect(accepted.errors).toBeUndefined();

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: api.url,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await page.goto('/');
      await page.waitForURL('**/logg-inn');
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      const link = page.getByTestId('notifications-link');
      await expectText(link, 'Varsler', { exact: true });

      // A broker accepts a proposal with the member's municipality: the header learns it over the subscription.
      const res = await gql(
        api,
        `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { status } }`,
        { id: world.proposalId },
      );
      expect(res.errors).toBeUndefined();
      await expectAttribute(link, 'aria-label', 'Varsler, 1 ulest');
      await expectText(link, 'Varsler1', { exact: true });

      await link.click();
      await page.waitForURL('**/varsler');
      await expectText(page.getByRole('heading', { level: 1 }), 'Varsler', { exact: true });
      await expectText(page.getByTestId('notifications-unread'), '1 ulest varsel', { exact: true });
      await expectVisible(page.getByRole('link', { name: 'Invitasjon til et konsortium' }));
      await expectVisible(
        page.getByText(/^Organisasjonen deres er invitert til et innovasjonsprosjekt ledet av /),
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'notifications-01-list');

      await page
        .getByRole('button', { name: 'Merk «Invitasjon til et konsortium» som lest' })
        .click();
      await expectText(page.getByTestId('notifications-unread'), '0 uleste varsler', {
        exact: true,
      });
      await expectVisible(page.getByText('Lest', { exact: true }));
      await expectText(link, 'Varsler', { exact: true });

      // Settings: nynorsk, and invitations in the daily digest.
      await page.getByLabel('Språk i varsler og e-post').selectOption('nn');
      await page.getByLabel('Invitasjon til et konsortium').selectOption('DIGEST');
      await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
      await expectText(
        page.getByTestId('notification-settings-saved'),
        'Innstillingene er lagret.',
      );
      const [user] = await ds.query<Array<{ id: string; language: string }>>(
        `SELECT id, language FROM users WHERE email = $1`,
        [email],
      );
      expect(user.language).toBe('nn');
      expect(
        await ds.query(`SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`, [
          user.id,
        ]),
      ).toContainEqual({ kind: 'CONSORTIUM_INVITED', delivery: 'DIGEST' });
      // The page words the notification in the chosen language now.
      await page.reload();
      await expectVisible(page.getByRole('link', { name: 'Invitasjon til eit konsortium' }));

      // An invalid choice the API refuses is explained in Norwegian beside its field.
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'UpdateNotificationSettings') return route.fallback();
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [
              {
                message: 'input.preferences[1].kind lists CONSORTIUM_INVITED twice',
                extensions: { code: 'BAD_USER_INPUT', field: 'input.preferences[1].kind' },
              },
            ],
          }),
        });
      });
      await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
      const invitationField = page.getByLabel('Invitasjon til et konsortium');
      await expectAttribute(invitationField, 'aria-invalid', 'true');
      await expectVisible(page.getByText('Velg én måte å få hver type varsel på.'));
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'notifications-02-settings-error');
    } finally {
      await context.close();
    }
  });
});
