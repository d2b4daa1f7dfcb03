import { DataSource } from 'typeorm';
import { acceptProposal } from '../../apps/api/src/consortium-proposals/proposal-decisions';
import { createProposal } from '../auth/auth-world';
import {
  createArena,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

/** Polls until `check` holds (or fails after the timeout). */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Issue 14.6: two concurrent accepts must not use the same research-group capacity twice. */
describe('accepting proposals concurrently', () => {
  let ds: DataSource;
  let locker: DataSource;

  beforeAll(async () => {
    ds = await openTestDataSource();
    locker = await openTestDataSource();
  });
  afterAll(async () => {
    await locker.destroy();
    await ds.destroy();
  });

  it('accepts only one of two proposals sharing a capacity-1 profile', async () => {
    const arenaId = (await createArena(ds, { countyNumbers: ['46'] })).id;
    const needOrg = (await createMunicipalityOrganization(ds, { municipalityNumber: '4601' })).id;
    const group = (await createResearchGroup(ds)).id;
    const profileId = (await createProfile(ds, { organizationId: group, capacity: 1 })).id;
    const proposals: string[] = [];
    for (let i = 0; i < 2; i++) {
      const needId = (await createNeed(ds, { organizationId: needOrg })).id;
      proposals.push(
        (await createProposal(ds, { arenaId, needId, needOrg, profileId, group })).proposalId,
      );
    }

    // Hold the profile row so that both accepts reach it and wait, then let them race.
    const holder = locker.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM competence_profiles WHERE id = $1 FOR UPDATE`, [profileId]);
    const results = proposals.map((id) =>
      // As the service does: the consortium is formed in the accepting transaction, and its members hold capacity.
      acceptProposal(ds, id, null).then(
        () => 'ACCEPTED',
        (error: Error) => error.message,
      ),
    );
    await waitFor(async () => {
      const [{ waiting }] = await locker.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting >= 2;
    });
    await holder.commitTransaction();
    await holder.release();

    const outcomes = await Promise.all(results);
    expect(outcomes.filter((o) => o === 'ACCEPTED')).toHaveLength(1);
    expect(outcomes.find((o) => o !== 'ACCEPTED')).toMatch(/no capacity left/);
    const [{ accepted }] = await ds.query(
      `SELECT count(*)::int AS accepted FROM consortium_proposals WHERE id = ANY($1::uuid[]) AND status = 'ACCEPTED'`,
      [proposals],
    );
    expect(accepted).toBe(1);
  });
});
