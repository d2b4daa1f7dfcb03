import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import {
  createArena,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';
import { errorCode, gql, TestApp } from '../support/graphql';
import { startAuthTestApp } from './auth-test-app';
import { createUser, login, USER_PASSWORD } from './auth-world';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id researchExperience } }`;

/**
 * Issue 14.1 and 14.3: a broker of the Vestland arena acts only on organizations in Vestland (and research groups
 * that serve it) — no self-invitation into a Trøndelag municipality, no edits of organizations elsewhere.
 */
describe("brokers are confined to their arenas' region", () => {
  let app: TestApp;
  let ds: DataSource;
  let brokerEmail: string;
  let brokerToken: string;

  beforeAll(async () => {
    app = await startAuthTestApp();
    ds = app.app.get(DataSource);
    const vestland = await createArena(ds, { countyNumbers: ['46'] });
    const hash = await new PasswordHasher().hash(USER_PASSWORD);
    brokerEmail = await createUser(ds, app.app.get(UserRepository), hash, 'BROKER', {
      arenaId: vestland.id,
    });
    brokerToken = await login(app, brokerEmail);
  });
  afterAll(async () => {
    await app.close();
  });

  const invite = (input: Record<string, unknown>) =>
    gql<{ inviteUser: { token: string } }>(app, INVITE, { input }, { token: brokerToken });

  it('refuses to invite (the broker itself) into a municipality of another county', async () => {
    const holtalen = await createMunicipalityOrganization(ds, { municipalityNumber: '5026' });
    await createNeed(ds, { organizationId: holtalen.id, status: 'DRAFT' });
    const res = await invite({
      email: brokerEmail,
      role: 'MUNICIPALITY_MEMBER',
      organizationId: holtalen.id,
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM invitations WHERE organization_id = $1`,
      [holtalen.id],
    );
    expect(count).toBe(0);
  });

  it('invites members of municipalities in the arena, and they can accept', async () => {
    const askoy = await createMunicipalityOrganization(ds, { municipalityNumber: '4627' });
    const res = await invite({
      email: `m-${randomUUID().slice(0, 8)}@askoy.test`,
      role: 'MUNICIPALITY_MEMBER',
      organizationId: askoy.id,
    });
    expect(res.errors).toBeUndefined();
    const accepted = await gql(app, ACCEPT, {
      input: { token: res.data!.inviteUser.token, password: 'new-member-password-1' },
    });
    expect(accepted.errors).toBeUndefined();
  });

  it('invites researchers only of groups in the region or serving it', async () => {
    const email = () => `r-${randomUUID().slice(0, 8)}@group.test`;
    const elsewhere = await createResearchGroup(ds, { institutionShortName: 'NTNU' });
    await createProfile(ds, { organizationId: elsewhere.id, countyNumbers: ['50'] });
    expect(
      errorCode(await invite({ email: email(), role: 'RESEARCHER', organizationId: elsewhere.id })),
    ).toBe('FORBIDDEN');

    const serving = await createResearchGroup(ds, { institutionShortName: 'NTNU' });
    await createProfile(ds, { organizationId: serving.id, countyNumbers: ['50', '46'] });
    const national = await createResearchGroup(ds, { institutionShortName: 'NTNU' });
    await createProfile(ds, { organizationId: national.id, countyNumbers: [] });
    for (const group of [serving, national]) {
      const res = await invite({ email: email(), role: 'RESEARCHER', organizationId: group.id });
      expect(res.errors).toBeUndefined();
    }
  });

  it('answers BAD_USER_INPUT for an organization that does not exist', async () => {
    const res = await invite({
      email: `x-${randomUUID().slice(0, 8)}@x.test`,
      role: 'MUNICIPALITY_MEMBER',
      organizationId: randomUUID(),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions?.field).toBe('organizationId');
  });

  it('edits organizations of its region only', async () => {
    const holtalen = await createMunicipalityOrganization(ds, { municipalityNumber: '5026' });
    const refused = await gql(
      app,
      UPDATE_ORG,
      { input: { id: holtalen.id, version: 1, researchExperience: 'EXTENSIVE' } },
      { token: brokerToken },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const [row] = await ds.query(`SELECT research_experience FROM organizations WHERE id = $1`, [
      holtalen.id,
    ]);
    expect(row.research_experience).not.toBe('EXTENSIVE');

    const askoy = await createMunicipalityOrganization(ds, { municipalityNumber: '4627' });
    const allowed = await gql<{ updateOrganization: { researchExperience: string } }>(
      app,
      UPDATE_ORG,
      { input: { id: askoy.id, version: 1, researchExperience: 'EXTENSIVE' } },
      { token: brokerToken },
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.updateOrganization.researchExperience).toBe('EXTENSIVE');
  });
});
