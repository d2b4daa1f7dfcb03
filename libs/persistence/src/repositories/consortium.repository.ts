import { EntityManager } from 'typeorm';
import type { ConsortiumEntity, ConsortiumStatus } from '../entities/consortium.entity';
import type {
  ConsortiumMemberEntity,
  InvitationResponse,
} from '../entities/consortium-member.entity';
import type { ConsortiumStatusChangeEntity } from '../entities/consortium-status-change.entity';
import { ConflictError, InvalidStateError, NotFoundError } from '../errors';
import { Page, PageRequest } from '../pagination';
import { groupedInKeyOrder, inKeyOrder, SqlParams } from '../sql';
import { NotificationRepository } from './notification.repository';
import { ProgrammeEventRepository } from './programme-event.repository';
import { CREATED_DESC, Db, keysetPage, managerOf, returningRows } from './repository-support';

export interface ConsortiumFilter {
  arenaId?: string;
  statuses?: ConsortiumStatus[];
  projectTypes?: string[];
  /** Consortia with this organization as a member. */
  organizationId?: string;
  needsAttention?: boolean;
  /**
   * Access control: unless `all`, only consortia of these arenas or with one of these organizations as a member.
   * Omitted = no restriction (internal callers).
   */
  visibility?: { all: boolean; arenaIds: string[]; organizationIds: string[] } | null;
}

/** A status change as the service decided it; the repository applies it only if nothing changed meanwhile. */
export interface StatusTransition {
  id: string;
  /** The version the service read its facts from. */
  version: number;
  from: ConsortiumStatus;
  to: ConsortiumStatus;
  by: string | null;
  reason: string | null;
}

export interface RuleWaiver {
  consortiumId: string;
  rule: string;
  reason: string;
  acceptedBy: string | null;
  acceptedAt: Date;
}

export interface ConsortiumRuleMemberFacts {
  organizationId: string;
  name: string;
  kind: string;
  response: InvitationResponse;
  committedPersonMonths: number | null;
  contactPersonFreed: boolean;
  capacity: number | null;
  used: number | null;
  internationalPartners: boolean;
}

/** An invitation (member row) as locked for an answer. */
export interface InvitationFacts {
  response: InvitationResponse;
  status: ConsortiumStatus;
  consortiumId: string;
  needId: string | null;
}

/** A member's answer to its invitation. */
export interface MemberAnswer {
  memberId: string;
  accept: boolean;
  reason: string | null;
  by: string | null;
  commitment?: {
    personMonths?: number | null;
    contactPersonName?: string | null;
    contactPersonFreed?: boolean | null;
  } | null;
}

/** A suggested replacement as locked for the broker's decision. */
export type ReplacementFacts = Pick<
  ConsortiumReplacement,
  'id' | 'status' | 'organizationId' | 'knowledgeNeedId' | 'competenceProfileId'
> & { consortiumStatus: ConsortiumStatus };

export interface ConsortiumReplacement {
  id: string;
  consortiumId: string;
  declinedMemberId: string;
  organizationId: string | null;
  knowledgeNeedId: string | null;
  competenceProfileId: string | null;
  score: number | null;
  explanation: string;
  status: 'SUGGESTED' | 'NONE_FOUND' | 'ACCEPTED';
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** Consortia whose research groups and needs no longer count: capacity is free again. */
export const RELEASED_CONSORTIUM_STATUSES: readonly ConsortiumStatus[] = [
  'DISSOLVED',
  'NOT_FUNDED',
];

const CONSORTIUM_COLUMNS = `
  c.id, c.proposal_id AS "proposalId", c.arena_id AS "arenaId", c.project_type AS "projectType",
  c.lead_organization_id AS "leadOrganizationId", c.status, c.needs_attention AS "needsAttention",
  c.attention_reason AS "attentionReason", c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const MEMBER_COLUMNS = `
  m.id, m.consortium_id AS "consortiumId", m.organization_id AS "organizationId", m.role,
  m.knowledge_need_id AS "knowledgeNeedId", m.competence_profile_id AS "competenceProfileId", m.response,
  m.response_reason AS "responseReason", m.responded_at AS "respondedAt", m.responded_by AS "respondedBy",
  m.committed_person_months::float8 AS "committedPersonMonths", m.contact_person_name AS "contactPersonName",
  m.contact_person_freed AS "contactPersonFreed", m.invited_at AS "invitedAt", m.reminded_at AS "remindedAt",
  m.position`;

/** All SQL about consortia, their members, their dated status history and accepted rule warnings. */
export class ConsortiumRepository {
  constructor(private readonly db: Db) {}

  /**
   * Inside the accept transaction of a proposal (construct the repository on it): one consortium (FORMING) with one member per organization
   * (the lead's row has role LEAD), bringing the proposal's needs and profiles, and the first history row.
   */
  async createFromProposal(proposalId: string, by: string | null): Promise<string> {
    const manager = managerOf(this.db);
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO consortia (proposal_id, arena_id, project_type, lead_organization_id)
       SELECT id, arena_id, project_type, lead_organization_id FROM consortium_proposals WHERE id = $1
       RETURNING id`,
      [proposalId],
    );
    // One row per organization: the need or profile it brings (the engine never puts two of one organization in
    // a proposal); the lead's own row when the lead brings nothing else.
    await manager.query(
      `INSERT INTO consortium_members (consortium_id, organization_id, role, knowledge_need_id, competence_profile_id, position)
       SELECT $1::uuid, pm.organization_id,
              CASE WHEN pm.organization_id = p.lead_organization_id THEN 'LEAD' ELSE 'PARTNER' END,
              (array_agg(pm.knowledge_need_id) FILTER (WHERE pm.knowledge_need_id IS NOT NULL))[1],
              (array_agg(pm.competence_profile_id) FILTER (WHERE pm.competence_profile_id IS NOT NULL))[1],
              min(pm.position)
         FROM consortium_proposal_members pm JOIN consortium_proposals p ON p.id = pm.proposal_id
        WHERE pm.proposal_id = $2
        GROUP BY pm.organization_id, p.lead_organization_id
       UNION ALL
       SELECT $1::uuid, p.lead_organization_id, 'LEAD', NULL::uuid, NULL::uuid, -1 FROM consortium_proposals p
        WHERE p.id = $2 AND NOT EXISTS (
          SELECT 1 FROM consortium_proposal_members pm WHERE pm.proposal_id = p.id AND pm.organization_id = p.lead_organization_id)`,
      [id, proposalId],
    );
    // A municipality's commitments start as what its need already states; its answer may change them.
    await manager.query(
      `UPDATE consortium_members m SET committed_person_months = n.committed_person_months,
              contact_person_freed = n.committed_contact_freed
         FROM knowledge_needs n WHERE m.consortium_id = $1 AND n.id = m.knowledge_need_id`,
      [id],
    );
    await manager.query(
      `INSERT INTO consortium_status_changes (consortium_id, from_status, to_status, changed_by, reason)
       VALUES ($1, NULL, 'FORMING', $2, 'proposal accepted')`,
      [id, by],
    );
    await recordConsortiumEvent(manager, id, null, 'FORMING');
    const about = await consortiumAbout(manager, id);
    const members: Array<{ organization_id: string }> = await manager.query(
      `SELECT organization_id FROM consortium_members WHERE consortium_id = $1`,
      [id],
    );
    await new NotificationRepository(manager).notify(
      'CONSORTIUM_INVITED',
      { organizationIds: members.map((m) => m.organization_id) },
      about.params,
      about.link,
    );
    return id;
  }

  async findById(id: string): Promise<ConsortiumEntity | null> {
    return (await this.findByIds([id]))[0];
  }

  async findByIds(ids: readonly string[]): Promise<Array<ConsortiumEntity | null>> {
    if (!ids.length) return [];
    const rows: ConsortiumEntity[] = await this.db.query(
      `SELECT ${CONSORTIUM_COLUMNS} FROM consortia c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return inKeyOrder(ids, rows, (r) => r.id);
  }

  /** The consortium formed from each proposal (null when the proposal was not accepted). */
  async findByProposalIds(proposalIds: readonly string[]): Promise<Array<ConsortiumEntity | null>> {
    if (!proposalIds.length) return [];
    const rows: ConsortiumEntity[] = await this.db.query(
      `SELECT ${CONSORTIUM_COLUMNS} FROM consortia c WHERE c.proposal_id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return inKeyOrder(proposalIds, rows, (r) => r.proposalId);
  }

  /** Newest first, keyset-paginated. */
  findPage(filter: ConsortiumFilter, page: PageRequest): Promise<Page<ConsortiumEntity>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.arenaId) where.push(`c.arena_id = ${params.add(filter.arenaId)}::uuid`);
    if (filter.statuses?.length)
      where.push(`c.status = ANY(${params.add(filter.statuses)}::text[])`);
    if (filter.projectTypes?.length)
      where.push(`c.project_type = ANY(${params.add(filter.projectTypes)}::text[])`);
    if (filter.needsAttention !== undefined && filter.needsAttention !== null)
      where.push(`c.needs_attention = ${params.add(filter.needsAttention)}`);
    if (filter.organizationId)
      where.push(
        `EXISTS (SELECT 1 FROM consortium_members fm WHERE fm.consortium_id = c.id AND fm.organization_id = ${params.add(filter.organizationId)}::uuid)`,
      );
    if (filter.visibility && !filter.visibility.all) {
      const arenas = params.add(filter.visibility.arenaIds);
      const orgs = params.add(filter.visibility.organizationIds);
      where.push(
        `(c.arena_id = ANY(${arenas}::uuid[]) OR EXISTS (SELECT 1 FROM consortium_members vm WHERE vm.consortium_id = c.id AND vm.organization_id = ANY(${orgs}::uuid[])))`,
      );
    }
    return keysetPage(this.db, {
      from: 'consortia c',
      idSql: 'c.id',
      where,
      params,
      order: { ...CREATED_DESC, sortSql: 'c.created_at' },
      page,
      load: (ids) => this.findByIds(ids),
    });
  }

  /** Members of many consortia in one statement (DataLoader batch), lead first. */
  async membersByConsortiumIds(ids: readonly string[]): Promise<ConsortiumMemberEntity[][]> {
    if (!ids.length) return [];
    const rows: ConsortiumMemberEntity[] = await this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM consortium_members m WHERE m.consortium_id = ANY($1::uuid[])
        ORDER BY m.consortium_id, m.position, m.id`,
      [ids],
    );
    return groupedInKeyOrder(ids, rows, (r) => r.consortiumId);
  }

  /** Status histories of many consortia in one statement, oldest change first. */
  async historyByConsortiumIds(ids: readonly string[]): Promise<ConsortiumStatusChangeEntity[][]> {
    if (!ids.length) return [];
    const rows: ConsortiumStatusChangeEntity[] = await this.db.query(
      `SELECT id::text, consortium_id AS "consortiumId", from_status AS "fromStatus", to_status AS "toStatus",
              changed_at AS "changedAt", changed_by AS "changedBy", reason
         FROM consortium_status_changes WHERE consortium_id = ANY($1::uuid[]) ORDER BY consortium_id, changed_at, id`,
      [ids],
    );
    return groupedInKeyOrder(ids, rows, (r) => r.consortiumId);
  }

  /**
   * Applies a status change decided by the service, with its history row, in one transaction — only if the
   * consortium is still at the version and status the service read (else CONFLICT). A consortium that ends
   * without funding (DISSOLVED, NOT_FUNDED) gives its needs back (IN_CONSORTIUM → OPEN); its research groups'
   * capacity is free again because only live consortia count.
   */
  async transition(t: StatusTransition): Promise<ConsortiumEntity> {
    await this.db.transaction(async (manager) => {
      const [row]: Array<{ status: ConsortiumStatus; version: number }> = await manager.query(
        `SELECT status, version FROM consortia WHERE id = $1 FOR UPDATE`,
        [t.id],
      );
      if (!row) throw new NotFoundError('Consortium', t.id);
      if (row.version !== t.version)
        throw new ConflictError('Consortium', t.id, t.version, row.version);
      if (row.status !== t.from) throw new InvalidStateError('Consortium', t.id, row.status);
      await manager.query(
        `UPDATE consortia SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [t.id, t.to],
      );
      await manager.query(
        `INSERT INTO consortium_status_changes (consortium_id, from_status, to_status, changed_by, reason)
         VALUES ($1, $2, $3, $4, $5)`,
        [t.id, t.from, t.to, t.by, t.reason],
      );
      await recordConsortiumEvent(manager, t.id, t.from, t.to);
      if (t.to === 'CONFIRMED') {
        const about = await consortiumAbout(manager, t.id);
        const members: Array<{ organization_id: string }> = await manager.query(
          `SELECT organization_id FROM consortium_members WHERE consortium_id = $1 AND response <> 'DECLINED'`,
          [t.id],
        );
        await new NotificationRepository(manager).notify(
          'CONSORTIUM_CONFIRMED',
          {
            organizationIds: members.map((m) => m.organization_id),
            brokersOfArenaId: about.arenaId,
          },
          about.params,
          about.link,
        );
      }
      if (RELEASED_CONSORTIUM_STATUSES.includes(t.to)) {
        const released: Array<{ id: string }> = await manager.query(
          `WITH s AS (UPDATE knowledge_needs SET status = 'OPEN', version = version + 1, updated_at = now()
            WHERE status = 'IN_CONSORTIUM' AND id IN (
              SELECT knowledge_need_id FROM consortium_members WHERE consortium_id = $1 AND knowledge_need_id IS NOT NULL)
            RETURNING id) SELECT id FROM s`,
          [t.id],
        );
        await new ProgrammeEventRepository(manager).recordNeeds(released.map((r) => r.id));
      }
    });
    return (await this.findById(t.id))!;
  }

  /**
   * What the programme rules need about each member: kind, name, answer, commitments, and for research groups the
   * profile's capacity, how many live consortia use it and whether the group has international partners.
   */
  async ruleFacts(consortiumId: string): Promise<ConsortiumRuleMemberFacts[]> {
    return this.db.query(
      `SELECT m.organization_id AS "organizationId", o.name, o.kind, m.response,
              m.committed_person_months::float8 AS "committedPersonMonths", m.contact_person_freed AS "contactPersonFreed",
              p.capacity,
              CASE WHEN p.id IS NULL THEN NULL ELSE (
                SELECT count(*)::int FROM consortium_members u JOIN consortia uc ON uc.id = u.consortium_id
                 WHERE u.competence_profile_id = p.id AND u.response <> 'DECLINED'
                   AND uc.status NOT IN ('DISSOLVED', 'NOT_FUNDED')) END AS used,
              (o.international_partners OR COALESCE(cardinality(p.international_partners), 0) > 0) AS "internationalPartners"
         FROM consortium_members m JOIN organizations o ON o.id = m.organization_id
         LEFT JOIN competence_profiles p ON p.id = m.competence_profile_id
        WHERE m.consortium_id = $1 ORDER BY m.position, m.id`,
      [consortiumId],
    );
  }

  async findMember(memberId: string): Promise<ConsortiumMemberEntity | null> {
    const rows: ConsortiumMemberEntity[] = await this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM consortium_members m WHERE m.id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  /** Locks an invitation (member row) and its consortium for an answer; null if the member is unknown. */
  async lockInvitation(memberId: string): Promise<InvitationFacts | null> {
    const [row]: InvitationFacts[] = await this.db.query(
      `SELECT m.response, c.status, c.id AS "consortiumId", m.knowledge_need_id AS "needId"
           FROM consortium_members m JOIN consortia c ON c.id = m.consortium_id
          WHERE m.id = $1 FOR UPDATE OF m, c`,
      [memberId],
    );
    return row ?? null;
  }

  /**
   * Writes a member's answer (in the caller's transaction, after lockInvitation). A decline gives the
   * municipality's need back (IN_CONSORTIUM → OPEN); the research group's capacity is free again because declined
   * members do not count. The lead and the arena's brokers are notified.
   */
  async recordAnswer(answer: MemberAnswer, invitation: InvitationFacts): Promise<void> {
    const c = answer.commitment ?? {};
    await this.db.query(
      `UPDATE consortium_members SET response = $2, response_reason = $3, responded_at = now(), responded_by = $4,
              committed_person_months = CASE WHEN $5::boolean THEN $6::numeric ELSE committed_person_months END,
              contact_person_name = COALESCE($7, contact_person_name),
              contact_person_freed = COALESCE($8, contact_person_freed)
        WHERE id = $1`,
      [
        answer.memberId,
        answer.accept ? 'ACCEPTED' : 'DECLINED',
        answer.reason,
        answer.by,
        c.personMonths !== undefined,
        c.personMonths ?? null,
        c.contactPersonName ?? null,
        c.contactPersonFreed ?? null,
      ],
    );
    if (!answer.accept && invitation.needId) {
      await this.db.query(
        `UPDATE knowledge_needs SET status = 'OPEN', version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'IN_CONSORTIUM'`,
        [invitation.needId],
      );
      await new ProgrammeEventRepository(this.db).recordNeeds([invitation.needId]);
    }
    await this.db.query(
      `UPDATE consortia SET version = version + 1, updated_at = now() WHERE id = $1`,
      [invitation.consortiumId],
    );
    const manager = managerOf(this.db);
    const about = await consortiumAbout(manager, invitation.consortiumId);
    const [member]: Array<{ name: string }> = await this.db.query(
      `SELECT o.name FROM consortium_members m JOIN organizations o ON o.id = m.organization_id WHERE m.id = $1`,
      [answer.memberId],
    );
    await new NotificationRepository(this.db).notify(
      'MEMBER_RESPONDED',
      {
        organizationIds: [about.leadOrganizationId],
        brokersOfArenaId: about.arenaId,
        exceptUserId: answer.by,
      },
      {
        ...about.params,
        organization: member.name,
        accepted: answer.accept,
        reason: answer.reason,
      },
      about.link,
    );
  }

  async saveReplacement(r: {
    consortiumId: string;
    declinedMemberId: string;
    organizationId: string | null;
    knowledgeNeedId: string | null;
    competenceProfileId: string | null;
    score: number | null;
    explanation: string;
  }): Promise<ConsortiumReplacement> {
    const [{ id }]: Array<{ id: string }> = await this.db.query(
      `INSERT INTO consortium_replacements (consortium_id, declined_member_id, organization_id, knowledge_need_id,
         competence_profile_id, score, explanation, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $3::uuid IS NULL THEN 'NONE_FOUND' ELSE 'SUGGESTED' END)
       RETURNING id`,
      [
        r.consortiumId,
        r.declinedMemberId,
        r.organizationId,
        r.knowledgeNeedId,
        r.competenceProfileId,
        r.score,
        r.explanation,
      ],
    );
    return (await this.replacementsByConsortiumIds([r.consortiumId]))[0].find((x) => x.id === id)!;
  }

  async replacementsByConsortiumIds(ids: readonly string[]): Promise<ConsortiumReplacement[][]> {
    if (!ids.length) return [];
    const rows: ConsortiumReplacement[] = await this.db.query(
      `SELECT id, consortium_id AS "consortiumId", declined_member_id AS "declinedMemberId",
              organization_id AS "organizationId", knowledge_need_id AS "knowledgeNeedId",
              competence_profile_id AS "competenceProfileId", score, explanation, status,
              created_at AS "createdAt", decided_at AS "decidedAt", decided_by AS "decidedBy"
         FROM consortium_replacements WHERE consortium_id = ANY($1::uuid[]) ORDER BY consortium_id, created_at, id`,
      [ids],
    );
    return groupedInKeyOrder(ids, rows, (r) => r.consortiumId);
  }

  /** Locks a replacement and its consortium for the broker's decision; null if unknown in that consortium. */
  async lockReplacement(
    consortiumId: string,
    replacementId: string,
  ): Promise<ReplacementFacts | null> {
    const [r]: ReplacementFacts[] = await this.db.query(
      `SELECT r.id, r.status, r.organization_id AS "organizationId", r.knowledge_need_id AS "knowledgeNeedId",
              r.competence_profile_id AS "competenceProfileId", c.status AS "consortiumStatus"
         FROM consortium_replacements r JOIN consortia c ON c.id = r.consortium_id
        WHERE r.id = $1 AND r.consortium_id = $2 FOR UPDATE OF r, c`,
      [replacementId, consortiumId],
    );
    return r ?? null;
  }

  /** Moves a need that is still OPEN to IN_CONSORTIUM; false when it is no longer OPEN. */
  async takeOpenNeed(needId: string): Promise<boolean> {
    const moved = await returningRows(
      this.db,
      `UPDATE knowledge_needs SET status = 'IN_CONSORTIUM', version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [needId],
    );
    if (moved.length > 0) await new ProgrammeEventRepository(this.db).recordNeeds([needId]);
    return moved.length > 0;
  }

  /** Locks a profile and counts its use by live consortia (declined members do not count); null if unknown. */
  async lockProfileUse(profileId: string): Promise<{ capacity: number; used: number } | null> {
    const [use]: Array<{ capacity: number; used: number }> = await this.db.query(
      `SELECT p.capacity, (SELECT count(*)::int FROM consortium_members u JOIN consortia uc ON uc.id = u.consortium_id
               WHERE u.competence_profile_id = p.id AND u.response <> 'DECLINED'
                 AND uc.status NOT IN ('DISSOLVED', 'NOT_FUNDED')) AS used
         FROM competence_profiles p WHERE p.id = $1 FOR UPDATE OF p`,
      [profileId],
    );
    return use ?? null;
  }

  /**
   * Adds the replacement's organization as a PENDING partner with its need or profile (commitments as its need
   * states), marks the replacement ACCEPTED and invites the organization. Returns the new member's id, or null
   * (nothing written) when the organization is already a member.
   */
  async addReplacementMember(
    consortiumId: string,
    replacement: ReplacementFacts,
    by: string | null,
  ): Promise<string | null> {
    const inserted: Array<{ id: string }> = await this.db.query(
      `INSERT INTO consortium_members (consortium_id, organization_id, role, knowledge_need_id, competence_profile_id, position)
       SELECT $1, $2, 'PARTNER', $3, $4, COALESCE(max(position), 0) + 1 FROM consortium_members WHERE consortium_id = $1
       ON CONFLICT (consortium_id, organization_id) DO NOTHING
       RETURNING id`,
      [
        consortiumId,
        replacement.organizationId,
        replacement.knowledgeNeedId,
        replacement.competenceProfileId,
      ],
    );
    const id = inserted[0]?.id;
    if (!id) return null;
    await this.db.query(
      `UPDATE consortium_members m SET committed_person_months = n.committed_person_months,
              contact_person_freed = n.committed_contact_freed
         FROM knowledge_needs n WHERE m.id = $1 AND n.id = m.knowledge_need_id`,
      [id],
    );
    await this.db.query(
      `UPDATE consortium_replacements SET status = 'ACCEPTED', decided_at = now(), decided_by = $2 WHERE id = $1`,
      [replacement.id, by],
    );
    await this.db.query(
      `UPDATE consortia SET version = version + 1, updated_at = now() WHERE id = $1`,
      [consortiumId],
    );
    const about = await consortiumAbout(managerOf(this.db), consortiumId);
    await new NotificationRepository(this.db).notify(
      'CONSORTIUM_INVITED',
      { organizationIds: [replacement.organizationId!] },
      about.params,
      about.link,
    );
    return id;
  }

  /**
   * A member withdrew its need: every live consortium (before the funding decision) it is in needs the broker's
   * attention. Returns the consortia flagged.
   */
  async flagWithdrawnNeed(needId: string): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const rows = await returningRows<{ id: string; need: string; organization: string }>(
        manager,
        `UPDATE consortia c SET needs_attention = true, version = c.version + 1, updated_at = now(),
                attention_reason = 'The need "' || n.title || '" of ' || o.name || ' was withdrawn.'
           FROM consortium_members m JOIN knowledge_needs n ON n.id = m.knowledge_need_id
           JOIN organizations o ON o.id = m.organization_id
          WHERE m.consortium_id = c.id AND m.knowledge_need_id = $1 AND m.response <> 'DECLINED'
            AND c.status IN ('FORMING', 'CONFIRMED', 'APPLICATION_DRAFT', 'SUBMITTED')
          RETURNING c.id, n.title AS need, o.name AS organization`,
        [needId],
      );
      for (const flagged of rows) {
        const about = await consortiumAbout(manager, flagged.id);
        await new NotificationRepository(manager).notify(
          'CONSORTIUM_NEEDS_ATTENTION',
          { brokersOfArenaId: about.arenaId },
          { ...about.params, need: flagged.need, organization: flagged.organization },
          about.link,
        );
      }
      return rows.map((r) => r.id);
    });
  }

  async waivers(consortiumId: string): Promise<RuleWaiver[]> {
    return this.db.query(
      `SELECT consortium_id AS "consortiumId", rule, reason, accepted_by AS "acceptedBy", accepted_at AS "acceptedAt"
         FROM consortium_rule_waivers WHERE consortium_id = $1 ORDER BY accepted_at, rule`,
      [consortiumId],
    );
  }

  /** Records (or replaces) the broker's acceptance of a rule warning. */
  async waive(
    consortiumId: string,
    rule: string,
    reason: string,
    by: string | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO consortium_rule_waivers (consortium_id, rule, reason, accepted_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (consortium_id, rule) DO UPDATE SET reason = EXCLUDED.reason, accepted_by = EXCLUDED.accepted_by,
         accepted_at = now()`,
      [consortiumId, rule, reason, by],
    );
  }
}

/**
 * Records a consortium status change in the follow-up history (programme_events), with the snapshot the indicators
 * read: arena, project type, the needs' themes and counties, and every member organization, need and profile.
 */
async function recordConsortiumEvent(
  manager: EntityManager,
  consortiumId: string,
  from: ConsortiumStatus | null,
  to: ConsortiumStatus,
): Promise<void> {
  const [row]: Array<{
    arena_id: string;
    project_type: string;
    themes: string[];
    county_numbers: string[];
    organization_ids: string[];
    need_ids: string[];
    profile_ids: string[];
  }> = await manager.query(
    `SELECT c.arena_id, c.project_type,
            COALESCE((SELECT array_agg(DISTINCT t) FROM consortium_members m JOIN knowledge_needs n ON n.id = m.knowledge_need_id,
                      unnest(n.themes) t WHERE m.consortium_id = c.id), '{}') AS themes,
            COALESCE((SELECT array_agg(DISTINCT o.county_number::text) FROM consortium_members m
                      JOIN organizations o ON o.id = m.organization_id
                      WHERE m.consortium_id = c.id AND o.county_number IS NOT NULL
                        AND o.kind IN ('MUNICIPALITY', 'COUNTY_MUNICIPALITY')), '{}') AS county_numbers,
            COALESCE((SELECT array_agg(m.organization_id) FROM consortium_members m
                      WHERE m.consortium_id = c.id AND m.response <> 'DECLINED'), '{}') AS organization_ids,
            COALESCE((SELECT array_agg(m.knowledge_need_id) FROM consortium_members m
                      WHERE m.consortium_id = c.id AND m.knowledge_need_id IS NOT NULL AND m.response <> 'DECLINED'), '{}') AS need_ids,
            COALESCE((SELECT array_agg(m.competence_profile_id) FROM consortium_members m
                      WHERE m.consortium_id = c.id AND m.competence_profile_id IS NOT NULL AND m.response <> 'DECLINED'), '{}') AS profile_ids
       FROM consortia c WHERE c.id = $1`,
    [consortiumId],
  );
  await new ProgrammeEventRepository(manager).record({
    entityType: 'CONSORTIUM',
    entityId: consortiumId,
    fromStatus: from,
    toStatus: to,
    ...ProgrammeEventRepository.consortiumSnapshot({
      arenaId: row.arena_id,
      projectType: row.project_type,
      themes: row.themes,
      countyNumbers: row.county_numbers,
      organizationIds: row.organization_ids,
      needIds: row.need_ids,
      profileIds: row.profile_ids,
    }),
  });
}

/** What a notification about a consortium says: its lead, project type and arena, and the link to its page. */
async function consortiumAbout(
  manager: EntityManager,
  consortiumId: string,
): Promise<{
  arenaId: string;
  leadOrganizationId: string;
  params: Record<string, unknown>;
  link: string;
}> {
  const [row]: Array<{ arenaId: string; leadId: string; lead: string; projectType: string }> =
    await manager.query(
      `SELECT c.arena_id AS "arenaId", c.lead_organization_id AS "leadId", l.name AS lead,
              c.project_type AS "projectType"
         FROM consortia c JOIN organizations l ON l.id = c.lead_organization_id WHERE c.id = $1`,
      [consortiumId],
    );
  return {
    arenaId: row.arenaId,
    leadOrganizationId: row.leadId,
    params: { consortiumId, lead: row.lead, projectType: row.projectType },
    link: `/konsortier/${consortiumId}`,
  };
}
