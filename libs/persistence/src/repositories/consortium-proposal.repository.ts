import { EntityManager } from 'typeorm';
import type { ProposalsDocument } from '@brobygger/engine/exchange/types';
import { ConsortiumProposalEntity, ProposalStatus } from '../entities/consortium-proposal.entity';
import { ConsortiumProposalMemberEntity } from '../entities/consortium-proposal-member.entity';
import { MatchRunUnmatchedNeedEntity } from '../entities/match-run-unmatched-need.entity';
import type { RejectionReasonCategory } from '../enums';
import { Page, PageRequest } from '../pagination';
import { isUuid, SqlParams } from '../sql';
import { MatchRunRepository, MatchRunTimings } from './match-run.repository';
import {
  Db,
  findByIdsInOrder,
  findGroupedByKeys,
  KeysetOrder,
  keysetPage,
  returningRows,
  selectEntities,
} from './repository-support';
import { ProgrammeEventRepository } from './programme-event.repository';
import { NotificationRepository } from './notification.repository';

/** A research-group profile of a proposal: its capacity and how many live consortia use it. */
export interface ProfileUse {
  id: string;
  title: string;
  capacity: number;
  used: number;
}

export interface ConsortiumProposalFilter {
  arenaId?: string;
  matchRunId?: string;
  status?: ProposalStatus;
  projectType?: string;
  /** Proposals that include this organization as a member. */
  organizationId?: string;
  /**
   * Access control (auth issue): unless `all`, only proposals of these arenas or including one of these
   * organizations (as member or lead). Omitted = no restriction (internal callers).
   */
  visibility?: { all: boolean; arenaIds: string[]; organizationIds: string[] } | null;
}

/**
 * Newest run first, then by rank within the run: one numeric sort key (the run's creation in microseconds, scaled
 * past any rank, minus the rank), so that the keyset cursor stays one value.
 */
const RUN_THEN_RANK: KeysetOrder = {
  name: 'run-rank',
  sortSql: `(floor(extract(epoch FROM p.created_at) * 1000000)::numeric * 1000000 - p.rank)`,
  keyTextSql: 's.sort_key::text',
  keyCast: 'numeric',
  direction: 'desc',
  idDirection: 'asc',
  idCast: 'uuid',
};

export type SaveRunResultOutcome = 'SAVED' | 'RUN_NOT_RUNNING';

/** All SQL about consortium proposals, their members and the needs a run left unmatched. */
export class ConsortiumProposalRepository {
  constructor(private readonly db: Db) {}

  /**
   * Store a run's result ATOMICALLY: lock the run row, delete whatever an earlier delivery of the same run saved,
   * insert the new proposals, members and unmatched needs, supersede the older open proposals the run touched and
   * mark the run succeeded — all in one transaction. A duplicate delivery therefore never leaves two copies (the
   * row lock serialises concurrent saves, and (match_run_id, rank) is unique). If the run is no longer RUNNING (it
   * was cancelled meanwhile), nothing is written.
   *
   * Stability (issue 9): a proposal with exactly the members of an open proposal of an earlier run is not stored
   * again — the open one stays (same id, still PROPOSED). One with exactly the needs and research groups of a
   * REJECTED proposal is dropped (its needs are listed as unmatched with the rejection reason) unless the run pins
   * those needs, i.e. the broker asked. Only older open proposals that share a need or research group with a new
   * one, or whose needs are no longer open, are SUPERSEDED, each pointing to its successor; a run that produced
   * nothing supersedes nothing.
   */
  async saveRunResult(
    runId: string,
    doc: ProposalsDocument,
    timings: MatchRunTimings,
  ): Promise<SaveRunResultOutcome> {
    return this.db.transaction(async (manager) => {
      const runs = new MatchRunRepository(manager);
      const status = await runs.lockForSave(runId);
      if (status !== 'RUNNING') return 'RUN_NOT_RUNNING';
      const [run]: Array<{
        arenaId: string;
        projectType: string | null;
        settings: { pins?: Array<{ needIds?: string[] }> } | null;
      }> = await manager.query(
        `SELECT arena_id AS "arenaId", project_type AS "projectType", settings FROM match_runs WHERE id = $1`,
        [runId],
      );
      await manager.query(`DELETE FROM consortium_proposals WHERE match_run_id = $1`, [runId]);
      await manager.query(`DELETE FROM match_run_unmatched_needs WHERE match_run_id = $1`, [runId]);

      const earlier = await this.earlierDecisions(manager, runId, run.arenaId, run.projectType);
      const pinned = (run.settings?.pins ?? []).map((pin) => new Set(pin.needIds ?? []));
      const fresh: ProposalsDocument['proposals'] = [];
      const unmatched = [...doc.unmatchedNeeds];
      for (const proposal of doc.proposals) {
        const key = membersKey(proposal.needIds, proposal.profileIds);
        if (earlier.open.has(`${proposal.projectType}|${proposal.leadOrganizationId}|${key}`))
          continue;
        const rejection = earlier.rejected.get(key);
        const asked = pinned.some((pin) => proposal.needIds.every((id) => pin.has(id)));
        if (rejection !== undefined && !asked) {
          for (const needId of proposal.needIds)
            unmatched.push({
              needId,
              reason:
                `The consortium of these needs and research groups was rejected by a broker ("${rejection}") ` +
                'and is not proposed again; pin these needs (settings.pins) to have it proposed anyway.',
            });
          continue;
        }
        fresh.push(proposal);
      }

      if (fresh.length > 0) {
        const ids: Array<{ id: string }> = await manager.query(
          `INSERT INTO consortium_proposals (match_run_id, arena_id, project_type, rank, score, components, explanation, lead_organization_id)
           SELECT $1, $2, t.project_type, t.rank, t.score, t.components, t.explanation, t.lead
           FROM jsonb_to_recordset($3::jsonb) AS t(project_type text, rank int, score double precision, components jsonb, explanation text, lead uuid)
           ORDER BY t.rank
           RETURNING id`,
          [
            runId,
            run.arenaId,
            JSON.stringify(
              fresh.map((p, rank) => ({
                project_type: p.projectType,
                rank,
                score: p.score,
                components: p.components,
                explanation: p.explanation,
                lead: p.leadOrganizationId,
              })),
            ),
          ],
        );
        // RETURNING follows the insert order of the ordered SELECT; map by rank to be safe.
        const byRank: Array<{ id: string; rank: number }> = await manager.query(
          `SELECT id, rank FROM consortium_proposals WHERE match_run_id = $1 ORDER BY rank`,
          [runId],
        );
        if (byRank.length !== ids.length) throw new Error('proposal insert count mismatch');
        await this.insertMembers(
          manager,
          { ...doc, proposals: fresh },
          byRank.map((r) => r.id),
        );
        await new ProgrammeEventRepository(manager).recordProposals(byRank.map((r) => r.id));
        await notifyIncluded(
          manager,
          byRank.map((r) => r.id),
        );
      }
      if (unmatched.length > 0) {
        await manager.query(
          `INSERT INTO match_run_unmatched_needs (match_run_id, knowledge_need_id, reason)
           SELECT $1, t.need_id, t.reason FROM jsonb_to_recordset($2::jsonb) AS t(need_id uuid, reason text)
           ON CONFLICT DO NOTHING`,
          [runId, JSON.stringify(unmatched.map((u) => ({ need_id: u.needId, reason: u.reason })))],
        );
      }
      if (doc.proposals.length > 0) {
        // Older open proposals (same project-type scope) touched by this run: a need or research group of theirs
        // is in a new proposal, or one of their needs is no longer open. The successor is the best-ranked new
        // proposal sharing a member.
        const superseded: Array<{ id: string }> = await manager.query(
          `WITH touched AS (
             SELECT p.id,
                    (SELECT np.id FROM consortium_proposals np
                       JOIN consortium_proposal_members nm ON nm.proposal_id = np.id
                       JOIN consortium_proposal_members om ON om.proposal_id = p.id
                      WHERE np.match_run_id = $2 AND (nm.knowledge_need_id = om.knowledge_need_id
                            OR nm.competence_profile_id = om.competence_profile_id)
                      ORDER BY np.rank LIMIT 1) AS successor,
                    EXISTS (SELECT 1 FROM consortium_proposal_members om JOIN knowledge_needs n ON n.id = om.knowledge_need_id
                             WHERE om.proposal_id = p.id AND n.status <> 'OPEN') AS stale
               FROM consortium_proposals p JOIN match_runs r ON r.id = p.match_run_id
              WHERE p.arena_id = $1 AND p.status = 'PROPOSED' AND p.match_run_id <> $2
                AND r.created_at <= (SELECT created_at FROM match_runs WHERE id = $2)
                AND ($3::text IS NULL OR p.project_type = $3)),
           s AS (UPDATE consortium_proposals p SET status = 'SUPERSEDED', superseded_by = t.successor,
                  version = p.version + 1, updated_at = now()
             FROM touched t WHERE t.id = p.id AND (t.successor IS NOT NULL OR t.stale)
           RETURNING p.id)
           SELECT id FROM s`,
          [run.arenaId, runId, run.projectType],
        );
        await new ProgrammeEventRepository(manager).recordProposals(superseded.map((r) => r.id));
      }
      await runs.markSucceeded(
        runId,
        {
          objective: doc.objective,
          upperBound: doc.upperBound,
          proposalCount: fresh.length,
          unmatchedCount: unmatched.length,
        },
        timings,
      );
      await new ProgrammeEventRepository(manager).recordMatchRun(runId);
      return 'SAVED';
    });
  }

  /**
   * The arena's open proposals of earlier runs (same project-type scope), by project type, lead and members, and
   * its rejected proposals by members (with the rejection reason).
   */
  private async earlierDecisions(
    manager: EntityManager,
    runId: string,
    arenaId: string,
    projectType: string | null,
  ): Promise<{ open: Set<string>; rejected: Map<string, string> }> {
    const rows: Array<{
      status: ProposalStatus;
      projectType: string;
      lead: string;
      reason: string | null;
      needIds: string[];
      profileIds: string[];
    }> = await manager.query(
      `SELECT p.status, p.project_type AS "projectType", p.lead_organization_id AS lead, p.decision_reason AS reason,
              COALESCE(array_agg(m.knowledge_need_id::text) FILTER (WHERE m.knowledge_need_id IS NOT NULL), '{}') AS "needIds",
              COALESCE(array_agg(m.competence_profile_id::text) FILTER (WHERE m.competence_profile_id IS NOT NULL), '{}') AS "profileIds"
         FROM consortium_proposals p JOIN consortium_proposal_members m ON m.proposal_id = p.id
        WHERE p.arena_id = $1 AND p.match_run_id <> $2 AND p.status IN ('PROPOSED', 'REJECTED')
          AND ($3::text IS NULL OR p.status = 'REJECTED' OR p.project_type = $3)
        GROUP BY p.id`,
      [arenaId, runId, projectType],
    );
    const open = new Set<string>();
    const rejected = new Map<string, string>();
    for (const r of rows) {
      const key = membersKey(r.needIds, r.profileIds);
      if (r.status === 'PROPOSED') open.add(`${r.projectType}|${r.lead}|${key}`);
      else rejected.set(key, r.reason ?? '');
    }
    return { open, rejected };
  }

  private async insertMembers(
    manager: EntityManager,
    doc: ProposalsDocument,
    proposalIds: string[],
  ): Promise<void> {
    const needOwner = new Map<string, string>();
    const profileOwner = new Map<string, string>();
    const allNeedIds = doc.proposals.flatMap((p) => p.needIds);
    const allProfileIds = doc.proposals.flatMap((p) => p.profileIds);
    if (allNeedIds.length) {
      const rows: Array<{ id: string; org: string }> = await manager.query(
        `SELECT id, organization_id AS org FROM knowledge_needs WHERE id = ANY($1::uuid[])`,
        [allNeedIds],
      );
      rows.forEach((r) => needOwner.set(r.id, r.org));
    }
    if (allProfileIds.length) {
      const rows: Array<{ id: string; org: string }> = await manager.query(
        `SELECT id, organization_id AS org FROM competence_profiles WHERE id = ANY($1::uuid[])`,
        [allProfileIds],
      );
      rows.forEach((r) => profileOwner.set(r.id, r.org));
    }
    const members: Array<Record<string, unknown>> = [];
    doc.proposals.forEach((p, i) => {
      let position = 0;
      members.push({
        proposal_id: proposalIds[i],
        role: 'LEAD',
        organization_id: p.leadOrganizationId,
        position: position++,
      });
      for (const needId of p.needIds) {
        const org = needOwner.get(needId);
        if (!org) throw new Error(`need ${needId} of proposal ${p.id} no longer exists`);
        members.push({
          proposal_id: proposalIds[i],
          role: 'NEED',
          organization_id: org,
          knowledge_need_id: needId,
          position: position++,
        });
      }
      for (const profileId of p.profileIds) {
        const org = profileOwner.get(profileId);
        if (!org) throw new Error(`profile ${profileId} of proposal ${p.id} no longer exists`);
        members.push({
          proposal_id: proposalIds[i],
          role: 'RESEARCH_GROUP',
          organization_id: org,
          competence_profile_id: profileId,
          position: position++,
        });
      }
    });
    await manager.query(
      `INSERT INTO consortium_proposal_members (proposal_id, role, organization_id, knowledge_need_id, competence_profile_id, position)
       SELECT t.proposal_id, t.role, t.organization_id, t.knowledge_need_id, t.competence_profile_id, t.position
       FROM jsonb_to_recordset($1::jsonb) AS t(proposal_id uuid, role text, organization_id uuid, knowledge_need_id uuid, competence_profile_id uuid, position int)`,
      [JSON.stringify(members)],
    );
  }

  async findById(id: string): Promise<ConsortiumProposalEntity | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  /** Batch load: one statement, results in key order (null for unknown ids). */
  findByIds(ids: readonly string[]): Promise<Array<ConsortiumProposalEntity | null>> {
    return findByIdsInOrder(this.db, ConsortiumProposalEntity, ids);
  }

  /** Newest run first, then by rank; keyset-paginated. */
  list(
    filter: ConsortiumProposalFilter,
    page: PageRequest,
  ): Promise<Page<ConsortiumProposalEntity>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.arenaId) where.push(`p.arena_id = ${params.add(filter.arenaId)}`);
    if (filter.matchRunId) where.push(`p.match_run_id = ${params.add(filter.matchRunId)}`);
    if (filter.status) where.push(`p.status = ${params.add(filter.status)}`);
    if (filter.projectType) where.push(`p.project_type = ${params.add(filter.projectType)}`);
    if (filter.organizationId) {
      where.push(
        `EXISTS (SELECT 1 FROM consortium_proposal_members m WHERE m.proposal_id = p.id AND m.organization_id = ${params.add(filter.organizationId)})`,
      );
    }
    if (filter.visibility && !filter.visibility.all) {
      const arenas = `${params.add(filter.visibility.arenaIds)}::uuid[]`;
      const orgs = `${params.add(filter.visibility.organizationIds)}::uuid[]`;
      where.push(
        `(p.arena_id = ANY(${arenas}) OR p.lead_organization_id = ANY(${orgs}) OR EXISTS (SELECT 1 FROM consortium_proposal_members vm WHERE vm.proposal_id = p.id AND vm.organization_id = ANY(${orgs})))`,
      );
    }
    return keysetPage(this.db, {
      from: 'consortium_proposals p',
      idSql: 'p.id',
      where,
      params,
      order: RUN_THEN_RANK,
      page,
      load: (ids) => this.findByIds(ids),
    });
  }

  /**
   * The proposals of one run by rank (unique within the run): `first` of them after the proposal `after` (keyset;
   * none when `after` is not a proposal of this run).
   */
  byRun(runId: string, first: number, after: string | null): Promise<ConsortiumProposalEntity[]> {
    return selectEntities(
      this.db,
      ConsortiumProposalEntity,
      `t.match_run_id = $1 AND ($2::uuid IS NULL OR t.rank >
         (SELECT a.rank FROM consortium_proposals a WHERE a.id = $2::uuid AND a.match_run_id = $1))`,
      [runId, after, first],
      't.rank LIMIT $3',
    );
  }

  /** Members of each proposal in position order, in key order: one statement (DataLoader batch). */
  membersByProposalIds(ids: readonly string[]): Promise<ConsortiumProposalMemberEntity[][]> {
    return findGroupedByKeys(
      this.db,
      ConsortiumProposalMemberEntity,
      { column: 'proposal_id', property: 'proposalId' },
      ids,
      't.position',
    );
  }

  /** The needs a run left unmatched by need id (unique within the run): `first` of them after the need `after`. */
  unmatchedNeeds(
    runId: string,
    first: number,
    after: string | null,
  ): Promise<MatchRunUnmatchedNeedEntity[]> {
    return selectEntities(
      this.db,
      MatchRunUnmatchedNeedEntity,
      't.match_run_id = $1 AND ($2::uuid IS NULL OR t.knowledge_need_id > $2::uuid)',
      [runId, after, first],
      't.knowledge_need_id LIMIT $3',
    );
  }

  /** Locks the proposal row for a decision (in the caller's transaction); its status, or null if it is unknown. */
  async lockStatus(id: string): Promise<ProposalStatus | null> {
    const [p]: Array<{ status: ProposalStatus }> = await this.db.query(
      `SELECT status FROM consortium_proposals WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return p?.status ?? null;
  }

  /** Locks the proposal's needs that are no longer OPEN and returns them. */
  lockNeedsNotOpen(id: string): Promise<Array<{ id: string; title: string; status: string }>> {
    return this.db.query(
      `SELECT n.id, n.title, n.status FROM consortium_proposal_members m JOIN knowledge_needs n ON n.id = m.knowledge_need_id
       WHERE m.proposal_id = $1 AND n.status <> 'OPEN' FOR UPDATE OF n`,
      [id],
    );
  }

  /**
   * Locks the proposal's research-group profiles and returns how much of each one's capacity live consortia use.
   * The profiles are locked first (in id order, so two accepts cannot deadlock), then counted in a new statement:
   * under READ COMMITTED that statement sees every acceptance committed while this one waited for the lock.
   */
  async lockProfileUse(id: string): Promise<ProfileUse[]> {
    await this.db.query(
      `SELECT cp.id FROM competence_profiles cp
        WHERE cp.id IN (SELECT competence_profile_id FROM consortium_proposal_members WHERE proposal_id = $1)
        ORDER BY cp.id FOR UPDATE`,
      [id],
    );
    return this.db.query(
      `SELECT cp.id, cp.title, cp.capacity,
       (SELECT count(*)::int FROM consortium_members m2 JOIN consortia c2 ON c2.id = m2.consortium_id
         WHERE m2.competence_profile_id = cp.id AND c2.status NOT IN ('DISSOLVED', 'NOT_FUNDED')
           AND m2.response <> 'DECLINED') AS used
     FROM consortium_proposal_members m JOIN competence_profiles cp ON cp.id = m.competence_profile_id
     WHERE m.proposal_id = $1`,
      [id],
    );
  }

  /** Writes an acceptance: the proposal ACCEPTED, its needs IN_CONSORTIUM, and their follow-up events. */
  async markAccepted(id: string, decidedBy: string | null): Promise<void> {
    const needs = await returningRows<{ id: string }>(
      this.db,
      `UPDATE knowledge_needs SET status = 'IN_CONSORTIUM', version = version + 1, updated_at = now()
       WHERE id IN (SELECT knowledge_need_id FROM consortium_proposal_members WHERE proposal_id = $1 AND knowledge_need_id IS NOT NULL)
       RETURNING id`,
      [id],
    );
    await this.db.query(
      `UPDATE consortium_proposals SET status = 'ACCEPTED', decided_at = now(), decided_by = $2, decision_reason = NULL,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, decidedBy],
    );
    const events = new ProgrammeEventRepository(this.db);
    await events.recordNeeds(needs.map((r) => r.id));
    await events.recordProposals([id]);
  }

  /** Writes a rejection with its reason, and its follow-up event. */
  async markRejected(
    id: string,
    reason: string,
    category: RejectionReasonCategory | null,
    decidedBy: string | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE consortium_proposals SET status = 'REJECTED', decision_reason = $2, decision_reason_category = $4,
         decided_at = now(), decided_by = $3, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, reason, decidedBy, category],
    );
    await new ProgrammeEventRepository(this.db).recordProposals([id]);
  }
}

/** Identity of a consortium by its needs and research groups, whatever the order. */
function membersKey(needIds: readonly string[], profileIds: readonly string[]): string {
  return `${[...needIds].sort().join(',')}|${[...profileIds].sort().join(',')}`;
}

/** Tells the users of every organization in each new proposal that they were included (one statement per proposal). */
async function notifyIncluded(manager: EntityManager, proposalIds: string[]): Promise<void> {
  const proposals: Array<{
    id: string;
    arena: string;
    projectType: string;
    lead: string;
    organizationIds: string[];
  }> = await manager.query(
    `SELECT p.id, a.name AS arena, p.project_type AS "projectType", l.name AS lead,
            (SELECT array_agg(DISTINCT m.organization_id) FROM consortium_proposal_members m
              WHERE m.proposal_id = p.id) AS "organizationIds"
       FROM consortium_proposals p JOIN mobilization_arenas a ON a.id = p.arena_id
       JOIN organizations l ON l.id = p.lead_organization_id
      WHERE p.id = ANY($1::uuid[]) ORDER BY p.rank`,
    [proposalIds],
  );
  for (const p of proposals)
    await new NotificationRepository(manager).notify(
      'PROPOSAL_INCLUDED',
      { organizationIds: p.organizationIds },
      { proposalId: p.id, arena: p.arena, projectType: p.projectType, lead: p.lead },
      `/forslag/${p.id}`,
    );
}
