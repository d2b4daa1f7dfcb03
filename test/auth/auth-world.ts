import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Role } from '@brobygger/persistence/entities/membership.entity';
import { UserRepository } from '@brobygger/persistence/repositories/user.repository';
import { PasswordHasher } from '../../apps/api/src/auth/identity/password-hasher';
import {
  createArena,
  createContact,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';
import { gql, TestApp } from '../support/graphql';

export const ROLE_NAMES = [
  'anonymous',
  'admin',
  'brokerA',
  'brokerB',
  'ownerMember',
  'otherMember',
  'ownerResearcher',
  'otherResearcher',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export const USER_PASSWORD = 'role-matrix-password-1';

/**
 * The world of the role × operation table: arena A covers Vestland (46) where the owning municipality (Bergen) is;
 * arena B covers Nordland (18) where the other municipality (Bodø) is; two research groups; an open and a draft
 * need of the owner with contacts; an active and a paused profile of the owning group; a run and a proposal in
 * arena A with the owner and the owning group.
 */
export interface World {
  arenaA: string;
  arenaB: string;
  ownerOrg: string;
  otherOrg: string;
  group: string;
  otherGroup: string;
  openNeed: string;
  draftNeed: string;
  activeProfile: string;
  pausedProfile: string;
  run: string;
  proposal: string;
  tokens: Record<Exclude<RoleName, 'anonymous'>, string>;
  emails: Record<Exclude<RoleName, 'anonymous'>, string>;
}

export async function createUser(
  ds: DataSource,
  users: UserRepository,
  passwordHash: string,
  role: Role,
  scope: { arenaId?: string; organizationId?: string } = {},
): Promise<string> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@matrix.test`;
  await users.create({ email, name: `${role} user`, passwordHash }, [{ role, ...scope }]);
  return email;
}

export async function login(
  app: TestApp,
  email: string,
  password = USER_PASSWORD,
): Promise<string> {
  const res = await gql<{ login: { accessToken: string } }>(
    app,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password } },
    { anonymous: true },
  );
  if (!res.data) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** A match run and one PROPOSED proposal in the arena with the given members (need of org, profile of group). */
export async function createProposal(
  ds: DataSource,
  input: {
    arenaId: string;
    needId: string;
    needOrg: string;
    profileId: string;
    group: string;
    runId?: string;
  },
): Promise<{ runId: string; proposalId: string }> {
  const runId =
    input.runId ??
    (
      await ds.query<Array<{ id: string }>>(
        `INSERT INTO match_runs (arena_id, status, phase, progress) VALUES ($1, 'SUCCEEDED', 'DONE', 100) RETURNING id`,
        [input.arenaId],
      )
    )[0].id;
  const [{ id: proposalId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO consortium_proposals (match_run_id, arena_id, project_type, rank, score, components, explanation, lead_organization_id)
     VALUES ($1, $2, 'INNOVATION_PROJECT', (SELECT count(*) FROM consortium_proposals WHERE match_run_id = $1), 0.8,
             '{"relevance":0.8,"coverage":1,"cohesion":1,"diversity":0.5}', 'test proposal', $3) RETURNING id`,
    [runId, input.arenaId, input.needOrg],
  );
  await ds.query(
    `INSERT INTO consortium_proposal_members (proposal_id, role, organization_id, knowledge_need_id, competence_profile_id, position)
     VALUES ($1, 'NEED', $2, $3, NULL, 0), ($1, 'RESEARCH_GROUP', $4, NULL, $5, 1)`,
    [proposalId, input.needOrg, input.needId, input.group, input.profileId],
  );
  return { runId, proposalId };
}

export async function createWorld(app: TestApp): Promise<World> {
  const ds = app.app.get(DataSource);
  const users = app.app.get(UserRepository);
  const passwordHash = await new PasswordHasher().hash(USER_PASSWORD);

  const arenaA = (await createArena(ds, { countyNumbers: ['46'] })).id;
  const arenaB = (await createArena(ds, { countyNumbers: ['18'] })).id;
  const ownerOrg = (await createMunicipalityOrganization(ds, { municipalityNumber: '4601' })).id;
  const otherOrg = (await createMunicipalityOrganization(ds, { municipalityNumber: '1804' })).id;
  const group = (await createResearchGroup(ds)).id;
  const otherGroup = (
    await createResearchGroup(ds, { institutionShortName: 'UiB' }).catch(() =>
      createResearchGroup(ds),
    )
  ).id;
  const openNeed = (
    await createNeed(ds, {
      organizationId: ownerOrg,
      status: 'OPEN',
      contacts: [{ name: 'Kari Open', email: 'kari.open@bergen.kommune.no' }],
    })
  ).id;
  const draftNeed = (
    await createNeed(ds, {
      organizationId: ownerOrg,
      status: 'DRAFT',
      contacts: [{ name: 'Ola Draft', email: 'ola.draft@bergen.kommune.no' }],
    })
  ).id;
  const activeProfile = (await createProfile(ds, { organizationId: group, status: 'ACTIVE' })).id;
  await createContact(ds, {
    organizationId: group,
    competenceProfileId: activeProfile,
    name: 'Forsker Aktiv',
    email: 'aktiv@ntnu.no',
  });
  const pausedProfile = (await createProfile(ds, { organizationId: group, status: 'PAUSED' })).id;
  const { runId: run, proposalId: proposal } = await createProposal(ds, {
    arenaId: arenaA,
    needId: openNeed,
    needOrg: ownerOrg,
    profileId: activeProfile,
    group,
  });

  const emails = {
    admin: await createUser(ds, users, passwordHash, 'ADMIN'),
    brokerA: await createUser(ds, users, passwordHash, 'BROKER', { arenaId: arenaA }),
    brokerB: await createUser(ds, users, passwordHash, 'BROKER', { arenaId: arenaB }),
    ownerMember: await createUser(ds, users, passwordHash, 'MUNICIPALITY_MEMBER', {
      organizationId: ownerOrg,
    }),
    otherMember: await createUser(ds, users, passwordHash, 'MUNICIPALITY_MEMBER', {
      organizationId: otherOrg,
    }),
    ownerResearcher: await createUser(ds, users, passwordHash, 'RESEARCHER', {
      organizationId: group,
    }),
    otherResearcher: await createUser(ds, users, passwordHash, 'RESEARCHER', {
      organizationId: otherGroup,
    }),
  };
  const tokens = {} as World['tokens'];
  for (const [role, email] of Object.entries(emails) as Array<[keyof World['tokens'], string]>) {
    tokens[role] = await login(app, email);
  }
  return {
    arenaA,
    arenaB,
    ownerOrg,
    otherOrg,
    group,
    otherGroup,
    openNeed,
    draftNeed,
    activeProfile,
    pausedProfile,
    run,
    proposal,
    tokens,
    emails,
  };
}
