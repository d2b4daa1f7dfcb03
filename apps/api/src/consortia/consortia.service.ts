import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ConsortiumEntity,
  ConsortiumStatus,
} from '@brobygger/persistence/entities/consortium.entity';
import { InvalidStateError, NotFoundError, ValidationError } from '@brobygger/persistence/errors';
import type { Page, PageRequest } from '@brobygger/persistence/pagination';
import {
  ConsortiumRepository,
  type ConsortiumFilter,
  type ConsortiumReplacement,
  type MemberAnswer,
  type RuleWaiver,
} from '@brobygger/persistence/repositories/consortium.repository';
import { inTransaction } from '@brobygger/persistence/repositories/repository-support';
import type { ConsortiumMemberEntity } from '@brobygger/persistence/entities/consortium-member.entity';
import { checkProgrammeRules, RuleCheck, RuleCode, rulesHold } from './programme-rules';
import { NotificationsService } from '../notifications/notifications.service';
import { ReplacementFinder } from './replacement-finder';
import { assertTransition } from './consortium-transitions';
import {
  assertAnswerable,
  assertTakeable,
  hasCapacityLeft,
  REPLACEMENT_REFUSALS,
  replacementRefused,
} from './membership-rules';

export interface RuleEvaluation {
  checks: RuleCheck[];
  waivers: RuleWaiver[];
  hold: boolean;
}

/** The consortium lifecycle: status changes with their rule checks, and the programme rules at formation. */
@Injectable()
export class ConsortiaService {
  constructor(
    private readonly consortia: ConsortiumRepository,
    private readonly replacements: ReplacementFinder,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  list(filter: ConsortiumFilter, page: PageRequest): Promise<Page<ConsortiumEntity>> {
    return this.consortia.findPage(filter, page);
  }

  async get(id: string): Promise<ConsortiumEntity> {
    const consortium = await this.consortia.findById(id);
    if (!consortium) throw new NotFoundError('Consortium', id);
    return consortium;
  }

  async evaluateRules(consortium: ConsortiumEntity): Promise<RuleEvaluation> {
    const [members, waivers] = await Promise.all([
      this.consortia.ruleFacts(consortium.id),
      this.consortia.waivers(consortium.id),
    ]);
    const checks = checkProgrammeRules({
      projectType: consortium.projectType,
      leadOrganizationId: consortium.leadOrganizationId,
      members,
    });
    return { checks, waivers, hold: rulesHold(checks, new Set(waivers.map((w) => w.rule))) };
  }

  /**
   * Moves a consortium along its lifecycle. CONFIRMED needs every remaining member to have accepted and the
   * programme rules to hold (warnings accepted by a broker); DISSOLVED and NOT_FUNDED need a reason.
   */
  async changeStatus(
    input: { id: string; version: number; status: ConsortiumStatus; reason?: string | null },
    by: string | null,
  ): Promise<ConsortiumEntity> {
    const consortium = await this.get(input.id);
    const reason = input.reason?.trim() || null;
    assertTransition(consortium, input.status, reason);
    if (input.status === 'CONFIRMED') await this.assertConfirmable(consortium);
    const moved = await this.consortia.transition({
      id: consortium.id,
      version: input.version,
      from: consortium.status,
      to: input.status,
      by,
      reason,
    });
    await this.notifications.deliver();
    return moved;
  }

  private async assertConfirmable(consortium: ConsortiumEntity): Promise<void> {
    const members = await this.consortia.ruleFacts(consortium.id);
    const waiting = members.filter((m) => m.response === 'PENDING');
    if (waiting.length)
      throw new InvalidStateError(
        'Consortium',
        consortium.id,
        consortium.status,
        `not every member has accepted yet: waiting for ${waiting.map((m) => m.name).join(', ')}`,
      );
    const rules = await this.evaluateRules(consortium);
    if (!rules.hold) {
      const open = rules.checks.filter(
        (c) => c.outcome !== 'HOLDS' && !rules.waivers.some((w) => w.rule === c.rule),
      );
      throw new InvalidStateError(
        'Consortium',
        consortium.id,
        consortium.status,
        `the programme rules do not hold: ${open.map((c) => `${c.rule} ${c.outcome}`).join(', ')}`,
      );
    }
  }

  /** A broker accepts a rule WARNING with a reason; only a rule that currently gives a warning can be accepted. */
  async acceptRuleWarning(
    input: { id: string; rule: RuleCode; reason: string },
    by: string | null,
  ): Promise<ConsortiumEntity> {
    const consortium = await this.get(input.id);
    const reason = input.reason.trim();
    if (!reason) throw new ValidationError('input.reason', 'must not be empty');
    const { checks } = await this.evaluateRules(consortium);
    const check = checks.find((c) => c.rule === input.rule);
    if (!check || check.outcome !== 'WARNING')
      throw new InvalidStateError(
        'Consortium',
        consortium.id,
        consortium.status,
        `rule ${input.rule} ${check ? check.outcome : 'does not apply'}; only a WARNING can be accepted`,
      );
    await this.consortia.waive(consortium.id, input.rule, reason, by);
    return consortium;
  }

  /**
   * A member organization answers its invitation (while FORMING). Accepting may state the commitments
   * (person-months, a contact person freed from other duties). Declining frees the need or the capacity and asks
   * the engine for the best replacement for that slot, stored for the broker with its explanation.
   */
  async respond(
    input: {
      memberId: string;
      accept: boolean;
      reason?: string | null;
      commitment?: {
        personMonths?: number | null;
        contactPersonName?: string | null;
        contactPersonFreed?: boolean | null;
      } | null;
    },
    by: string | null,
  ): Promise<{ member: ConsortiumMemberEntity; replacement: ConsortiumReplacement | null }> {
    const answer: MemberAnswer = {
      memberId: input.memberId,
      accept: input.accept,
      reason: input.reason?.trim() || null,
      by,
      commitment: input.commitment,
    };
    await inTransaction(this.dataSource, async (tx) => {
      const consortia = new ConsortiumRepository(tx);
      const invitation = await consortia.lockInvitation(answer.memberId);
      assertAnswerable(answer.memberId, invitation);
      await consortia.recordAnswer(answer, invitation);
    });
    const member = (await this.consortia.findMember(answer.memberId))!;
    await this.notifications.deliver();
    if (input.accept) return { member, replacement: null };
    const consortium = await this.get(member.consortiumId);
    const [members] = await this.consortia.membersByConsortiumIds([consortium.id]);
    const suggestion = await this.replacements.find(consortium, members, member);
    const replacement = await this.consortia.saveReplacement({
      consortiumId: consortium.id,
      declinedMemberId: member.id,
      ...suggestion,
    });
    return { member, replacement };
  }

  async acceptReplacement(
    input: { consortiumId: string; replacementId: string },
    by: string | null,
  ): Promise<ConsortiumMemberEntity> {
    const memberId = await inTransaction(this.dataSource, async (tx) => {
      const consortia = new ConsortiumRepository(tx);
      const replacement = await consortia.lockReplacement(input.consortiumId, input.replacementId);
      assertTakeable(input.replacementId, replacement);
      if (
        replacement.knowledgeNeedId &&
        !(await consortia.takeOpenNeed(replacement.knowledgeNeedId))
      )
        throw replacementRefused(replacement, REPLACEMENT_REFUSALS.needNotOpen);
      if (
        replacement.competenceProfileId &&
        !hasCapacityLeft(await consortia.lockProfileUse(replacement.competenceProfileId))
      )
        throw replacementRefused(replacement, REPLACEMENT_REFUSALS.noCapacity);
      const id = await consortia.addReplacementMember(input.consortiumId, replacement, by);
      if (!id) throw replacementRefused(replacement, REPLACEMENT_REFUSALS.alreadyMember);
      return id;
    });
    const member = (await this.consortia.findMember(memberId))!;
    await this.notifications.deliver();
    return member;
  }
}
