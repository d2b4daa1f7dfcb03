import { DataSource } from 'typeorm';
import type { Page } from '@brobygger/persistence/pagination';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { readInKeysetBatches } from '@brobygger/persistence/repositories/repository-support';
import { openTestDataSource } from '../setup/test-data-source';
import { createArena, createMunicipalityOrganization, createNeed } from '../factories';

/** Walks every page of size `first` and returns the nodes in order (and the pages' totalCount). */
async function walk<T>(
  pageAt: (after: string | undefined) => Promise<Page<T>>,
): Promise<{ nodes: T[]; totals: Array<number | null> }> {
  const nodes: T[] = [];
  const totals: Array<number | null> = [];
  let after: string | undefined;
  for (;;) {
    const page = await pageAt(after);
    nodes.push(...page.nodes);
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { nodes, totals };
    after = page.pageInfo.endCursor ?? undefined;
  }
}

/** Walks a run's list page by page, `after` being the key of the last item of the page before; returns the pages. */
async function walkAfter<T>(
  pageAt: (after: string | null) => Promise<T[]>,
  keyOf: (item: T) => string,
): Promise<T[][]> {
  const pages: T[][] = [];
  for (let after: string | null = null; ;) {
    const page = await pageAt(after);
    if (!page.length) return pages;
    pages.push(page);
    after = keyOf(page[page.length - 1]);
  }
}

/** `count` needs of one new municipality, in creation order. */
async function needsOfOneOwner(
  ds: DataSource,
  count: number,
): Promise<{ owner: { id: string }; needIds: string[] }> {
  const owner = await createMunicipalityOrganization(ds);
  const needIds: string[] = [];
  for (let i = 0; i < count; i += 1)
    needIds.push((await createNeed(ds, { organizationId: owner.id })).id);
  return { owner, needIds };
}

/**
 * Match runs, proposals, a run's proposals and unmatched needs, and the audit log page by keyset: every row once, in
 * the documented order.
 */
describe('keyset lists of runs, proposals and the audit log', () => {
  let ds: DataSource;
  let runs: MatchRunRepository;
  let proposals: ConsortiumProposalRepository;
  let arenaId: string;
  const runIds: string[] = [];

  beforeAll(async () => {
    ds = await openTestDataSource();
    runs = new MatchRunRepository(ds);
    proposals = new ConsortiumProposalRepository(ds);
    arenaId = (await createArena(ds)).id;
    const lead = await createMunicipalityOrganization(ds);
    for (let r = 0; r < 3; r += 1) {
      const run = await runs.create({
        arenaId,
        projectType: null,
        settings: {},
        requestedBy: null,
      });
      runIds.push(run.id);
      // Proposals of a run share their creation time; rank orders them.
      await ds.query(
        `INSERT INTO consortium_proposals (match_run_id, arena_id, project_type, rank, score, components, explanation, lead_organization_id)
         SELECT $1, $2, 'INNOVATION_PROJECT', rank, 0.5, '{}', 'keyset test', $3 FROM generate_series(0, 6) AS rank`,
        [run.id, arenaId, lead.id],
      );
    }
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('lists runs newest first over pages, each once', async () => {
    const { nodes, totals } = await walk((after) => runs.list({ arenaId }, { first: 2, after }));
    expect(nodes.map((r) => r.id)).toEqual([...runIds].reverse());
    expect(totals.every((t) => t === 3)).toBe(true);
  });

  it('lists proposals newest run first, then by rank, over pages that split runs', async () => {
    const { nodes } = await walk((after) =>
      proposals.list({ arenaId }, { first: 4, after, countTotal: false }),
    );
    expect(nodes.map((p) => [p.matchRunId, p.rank])).toEqual(
      [...runIds].reverse().flatMap((runId) => [0, 1, 2, 3, 4, 5, 6].map((rank) => [runId, rank])),
    );
    const one = await proposals.list({ matchRunId: runIds[0] }, { first: 3 });
    expect(one.totalCount).toBe(7);
    expect(one.nodes.map((p) => p.rank)).toEqual([0, 1, 2]);
  });

  it("pages one run's proposals by rank with `after`, across page boundaries, each once", async () => {
    const pages = await walkAfter(
      (after) => proposals.byRun(runIds[1], 3, after),
      (p) => p.id,
    );
    expect(pages.map((page) => page.map((p) => [p.matchRunId, p.rank]))).toEqual([
      [0, 1, 2].map((rank) => [runIds[1], rank]),
      [3, 4, 5].map((rank) => [runIds[1], rank]),
      [[runIds[1], 6]],
    ]);
    const [ofOtherRun] = await proposals.byRun(runIds[0], 1, null);
    expect(await proposals.byRun(runIds[1], 3, ofOtherRun.id)).toEqual([]);
  });

  it("pages one run's unmatched needs by need id with `after`, across page boundaries, each once", async () => {
    const { needIds } = await needsOfOneOwner(ds, 5);
    await ds.query(
      `INSERT INTO match_run_unmatched_needs (match_run_id, knowledge_need_id, reason)
       SELECT $1, unnest($2::uuid[]), 'no research group has capacity'`,
      [runIds[2], needIds],
    );
    const pages = await walkAfter(
      (after) => proposals.unmatchedNeeds(runIds[2], 2, after),
      (u) => u.knowledgeNeedId,
    );
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(
      [...needIds].sort().map((knowledgeNeedId) => ({
        matchRunId: runIds[2],
        knowledgeNeedId,
        reason: 'no research group has capacity',
      })),
    );
  });

  it('reads a query in keyset batches (as the problem loader does): every row once, ties and microseconds kept', async () => {
    const { owner, needIds: ids } = await needsOfOneOwner(ds, 7);
    // Three share one creation time (the id breaks the tie); the others lie a microsecond apart, below what a
    // JavaScript Date holds.
    await ds.query(
      `UPDATE knowledge_needs SET created_at = CASE WHEN id = ANY($2::uuid[]) THEN $1::timestamptz
         ELSE $1::timestamptz + make_interval(secs => 0.000001 * (array_position($3::uuid[], id))) END
       WHERE id = ANY($3::uuid[])`,
      ['2026-01-01T00:00:00.000001Z', ids.slice(0, 3), ids],
    );
    const query = {
      select: 'n.id, n.title',
      from: 'knowledge_needs n',
      where: 'n.organization_id = $1',
      params: [owner.id],
      sortSql: 'n.created_at',
      sortCast: 'timestamptz',
      idSql: 'n.id',
    };
    const expected: Array<{ id: string; title: string }> = await ds.query(
      `SELECT n.id, n.title FROM knowledge_needs n WHERE n.organization_id = $1 ORDER BY n.created_at, n.id`,
      [owner.id],
    );
    expect(expected).toHaveLength(7);
    for (const batchSize of [1, 2, 3, 7, 100]) {
      expect(await readInKeysetBatches(ds, query, batchSize)).toEqual(expected);
    }
  });

  it('does not count when asked not to', async () => {
    const page = await runs.list({ arenaId }, { first: 1, countTotal: false });
    expect(page.totalCount).toBeNull();
    expect(page.nodes).toHaveLength(1);
  });

  it('lists the audit log newest first over pages, each entry once', async () => {
    const audit = new AuditLogRepository(ds);
    const operation = `Mutation.keysetTest${Date.now()}`;
    for (let i = 0; i < 5; i += 1) {
      await audit.append({
        userId: null,
        userEmail: null,
        operation,
        targetType: null,
        targetId: String(i),
        outcome: 'SUCCESS',
      });
    }
    const { nodes } = await walk((after) => audit.list({ first: 2, after }));
    const ours = nodes.filter((entry) => entry.operation === operation);
    expect(ours.map((entry) => entry.targetId)).toEqual(['4', '3', '2', '1', '0']);
    expect(new Set(nodes.map((entry) => entry.id)).size).toBe(nodes.length);
  });
});
