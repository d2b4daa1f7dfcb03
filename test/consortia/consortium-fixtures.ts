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
import { gql, TestApp } from '../support/graphql';

export const MEMBER_PASSWORD = 'consortium-member-password-1';

export interface ProposalWorld {
  arenaId: string;
  runId: string;
  proposalId: string;
  /** Municipality organizations with their needs (the first is the lead of an innovation project). */
  municipalities: Array<{ orgId: string; needId: string }>;
  groups: Array<{ orgId: string; profileId: string }>;
  /** Open needs of other municipalities in the arena on the same subject, not in the proposal. */
  spare: Array<{ orgId: string; needId: string }>;
}

/** One subject for every need and profile of a world, so that the engine finds them alike. */
const NEED_TEXT = {
  title: 'Velferdsteknologi i hjemmetjenesten',
  description:
    'Kommunen vil ta i bruk velferdsteknologi, digitalt tilsyn og sensorer i hjemmetjenesten og eldreomsorgen, og trenger følgeforskning på gevinster for brukere og ansatte.',
};
const PROFILE_TEXT = {
  title: 'Velferdsteknologi og tjenesteinnovasjon i hjemmetjenesten',
  description:
    'Forskning på velferdsteknologi, digitalt tilsyn og sensorer i hjemmetjenesten og eldreomsorgen, med følgeforskning og gevinstrealisering.',
  keywords: ['velferdsteknologi', 'hjemmetjenesten', 'eldreomsorgen', 'digitalt tilsyn'],
};

/**
 * A PROPOSED proposal in a fresh arena (Vestland) of `municipalities` municipalities (each with an OPEN need that
 * commits person-months and a freed contact unless `uncommitted`) and `groups` research groups (capacity 2).
 */
export async function createProposalWorld(
  ds: DataSource,
  options: {
    municipalities?: number;
    groups?: number;
    projectType?: 'INNOVATION_PROJECT' | 'COMPETENCE_PROJECT' | 'PRE_PROJECT';
    internationalPartners?: boolean;
    uncommitted?: boolean;
    spareMunicipalities?: number;
  } = {},
): Promise<ProposalWorld> {
  const projectType = options.projectType ?? 'INNOVATION_PROJECT';
  const arenaId = (await createArena(ds, { countyNumbers: ['46'] })).id;
  const numbers = ['4601', '4621', '4626', '4640'];
  const municipalities: ProposalWorld['municipalities'] = [];
  for (let i = 0; i < (options.municipalities ?? 2); i++) {
    const orgId = (await createMunicipalityOrganization(ds, { municipalityNumber: numbers[i] })).id;
    const needId = (
      await createNeed(ds, {
        ...NEED_TEXT,
        organizationId: orgId,
        status: 'OPEN',
        projectType,
        committedPersonMonths: options.uncommitted ? null : 6,
        committedContactFreed: !options.uncommitted,
      })
    ).id;
    municipalities.push({ orgId, needId });
  }
  const spare: ProposalWorld['spare'] = [];
  for (let i = 0; i < (options.spareMunicipalities ?? 0); i++) {
    const orgId = (await createMunicipalityOrganization(ds, { municipalityNumber: numbers[3 - i] }))
      .id;
    const needId = (
      await createNeed(ds, {
        ...NEED_TEXT,
        organizationId: orgId,
        status: 'OPEN',
        projectType,
        committedPersonMonths: 4,
        committedContactFreed: true,
      })
    ).id;
    spare.push({ orgId, needId });
  }
  const groups: ProposalWorld['groups'] = [];
  for (let i = 0; i < (options.groups ?? 2); i++) {
    const orgId = (
      await createResearchGroup(ds, {
        internationalPartners: options.internationalPartners ?? false,
      })
    ).id;
    const profileId = (
      await createProfile(ds, {
        ...PROFILE_TEXT,
        organizationId: orgId,
        capacity: 2,
        countyNumbers: ['46'],
      })
    ).id;
    groups.push({ orgId, profileId });
  }
  const lead = projectType === 'COMPETENCE_PROJECT' ? groups[0].orgId : municipalities[0].orgId;
  const [{ id: runId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO match_runs (arena_id, status, phase, progress) VALUES ($1, 'SUCCEEDED', 'DONE', 100) RETURNING id`,
    [arenaId],
  );
  const [{ id: proposalId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO consortium_proposals (match_run_id, arena_id, project_type, rank, score, components, explanation, lead_organization_id)
     VALUES ($1, $2, $3, 0, 0.8, '{"relevance":0.8,"coverage":1,"cohesion":1,"diversity":0.5}', 'test proposal', $4)
     RETURNING id`,
    [runId, arenaId, projectType, lead],
  );
  let position = 0;
  for (const m of municipalities)
    await ds.query(
      `INSERT INTO consortium_proposal_members (proposal_id, role, organization_id, knowledge_need_id, position)
       VALUES ($1, 'NEED', $2, $3, $4)`,
      [proposalId, m.orgId, m.needId, position++],
    );
  for (const g of groups)
    await ds.query(
      `INSERT INTO consortium_proposal_members (proposal_id, role, organization_id, competence_profile_id, position)
       VALUES ($1, 'RESEARCH_GROUP', $2, $3, $4)`,
      [proposalId, g.orgId, g.profileId, position++],
    );
  return { arenaId, runId, proposalId, municipalities, groups, spare };
}

/** A user with one membership, signed in through the API; returns the access token and the user id. */
export async function signedInUser(
  app: TestApp,
  role: 'BROKER' | 'MUNICIPALITY_MEMBER' | 'RESEARCHER',
  scope: { arenaId?: string; organizationId?: string },
): Promise<{ token: string; userId: string; email: string }> {
  const users = app.app.get(UserRepository);
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@consortium.test`;
  const passwordHash = await new PasswordHasher().hash(MEMBER_PASSWORD);
  await users.create({ email, name: `${role} ${email}`, passwordHash }, [{ role, ...scope }]);
  const res = await gql<{ login: { accessToken: string; user: { id: string } } }>(
    app,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
    { input: { email, password: MEMBER_PASSWORD } },
    { anonymous: true },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.login.accessToken, userId: res.data.login.user.id, email };
}

export type SignedInUser = Awaited<ReturnType<typeof signedInUser>>;

/** One signed-in user for the world's arena (a broker) and for each of its municipalities and research groups. */
export async function signInProposalWorld(
  app: TestApp,
  world: ProposalWorld,
): Promise<{ broker: SignedInUser; municipalities: SignedInUser[]; researchers: SignedInUser[] }> {
  const broker = await signedInUser(app, 'BROKER', { arenaId: world.arenaId });
  const municipalities = await Promise.all(
    world.municipalities.map((m) =>
      signedInUser(app, 'MUNICIPALITY_MEMBER', { organizationId: m.orgId }),
    ),
  );
  const researchers = await Promise.all(
    world.groups.map((g) => signedInUser(app, 'RESEARCHER', { organizationId: g.orgId })),
  );
  return { broker, municipalities, researchers };
}

/** Accepts the proposal (as `token`, else as the test app's default user) and returns the consortium's id. */
export async function acceptProposal(
  app: TestApp,
  proposalId: string,
  token?: string,
): Promise<string> {
  const accepted = await gql<{ acceptConsortiumProposal: { consortium: { id: string } } }>(
    app,
    `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { consortium { id } } }`,
    { id: proposalId },
    token ? { token } : {},
  );
  if (accepted.errors || !accepted.data)
    throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  return accepted.data.acceptConsortiumProposal.consortium.id;
}
