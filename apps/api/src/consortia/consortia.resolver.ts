import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { Page } from '@brobygger/persistence';
import type { ConsortiumReplacement } from '@brobygger/persistence/repositories/consortium.repository';
import type { ConsortiumEntity } from '@brobygger/persistence/entities/consortium.entity';
import type { ConsortiumMemberEntity } from '@brobygger/persistence/entities/consortium-member.entity';
import type { ConsortiumProposalEntity } from '@brobygger/persistence/entities/consortium-proposal.entity';
import { ValidationError } from '@brobygger/persistence/errors';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import { consortiumReadScope } from '../authorization/policy';
import type { Principal } from '../authorization/principal';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { IdArg } from '../common/validation/id-arg.decorator';
import { ConsortiumProposalModel } from '../consortium-proposals/models/consortium-proposal.model';
import { OrganizationModel } from '../organizations/models/organization.model';
import { ConsortiaService } from './consortia.service';
import { ConsortiumLoadersFactory } from './consortium-loaders';
import { AcceptProgrammeRuleWarningInput } from './dto/accept-rule-warning.input';
import { ChangeConsortiumStatusInput } from './dto/change-consortium-status.input';
import { ConsortiaArgs } from './dto/consortia.args';
import { AcceptConsortiumReplacementInput } from './dto/accept-replacement.input';
import { ConsortiumCommitmentInput } from './dto/respond-to-invitation.input';
import { ConsortiumConnection } from './models/consortium-connection.model';
import {
  ConsortiumInvitationAnswerModel,
  ConsortiumMemberModel,
  ConsortiumModel,
  ConsortiumReplacementModel,
  ConsortiumStatusChangeModel,
  ProgrammeRuleCheckModel,
} from './models/consortium.model';
import { describeRuleCheck, RuleLocale } from './programme-rules';

const LOCALES: readonly RuleLocale[] = ['nb', 'nn', 'en'];

@Resolver(() => ConsortiumModel)
export class ConsortiaResolver {
  constructor(
    private readonly service: ConsortiaService,
    private readonly loaders: ConsortiumLoadersFactory,
  ) {}

  @Query(() => ConsortiumConnection, {
    description:
      "Newest first. Brokers see their arenas' consortia, members their own organizations', admins all.",
  })
  @Authorize('consortium:list')
  consortia(
    @Args() args: ConsortiaArgs,
    @CurrentUser() user: Principal,
  ): Promise<Page<ConsortiumEntity>> {
    return this.service.list(
      { ...(args.filter ?? {}), visibility: consortiumReadScope(user) },
      { first: args.first, after: args.after },
    );
  }

  @Query(() => ConsortiumModel)
  @Authorize('consortium:read', { resource: 'consortium', idArg: 'id' })
  consortium(@IdArg() id: string): Promise<ConsortiumEntity> {
    return this.service.get(id);
  }

  @Mutation(() => ConsortiumModel, {
    description:
      'Move a consortium along FORMING → CONFIRMED → APPLICATION_DRAFT → SUBMITTED → FUNDED / NOT_FUNDED, or to ' +
      'DISSOLVED. CONFIRMED needs every member to have accepted and the programme rules to hold; DISSOLVED and ' +
      'NOT_FUNDED need a reason. Each change is dated in statusHistory. INVALID_STATE when the move is not allowed.',
  })
  @Authorize('consortium:manage', { resource: 'consortium', idArg: 'input.id' })
  changeConsortiumStatus(
    @Args('input') input: ChangeConsortiumStatusInput,
    @CurrentUser() user: Principal,
  ): Promise<ConsortiumEntity> {
    return this.service.changeStatus(input, user.id);
  }

  @Mutation(() => ConsortiumModel, {
    description:
      'Accept a programme-rule WARNING with a reason (e.g. an innovation project with one municipality); it then no ' +
      'longer blocks CONFIRMED. INVALID_STATE when the rule does not currently give a warning.',
  })
  @Authorize('consortium:manage', { resource: 'consortium', idArg: 'input.id' })
  acceptProgrammeRuleWarning(
    @Args('input') input: AcceptProgrammeRuleWarningInput,
    @CurrentUser() user: Principal,
  ): Promise<ConsortiumEntity> {
    return this.service.acceptRuleWarning(input, user.id);
  }

  @Mutation(() => ConsortiumInvitationAnswerModel, {
    description:
      'A member organization answers its invitation to a FORMING consortium (the id is the ConsortiumMember id). ' +
      'Accepting may state commitments; declining frees the need or the capacity and returns the engine’s best ' +
      'replacement for the slot. INVALID_STATE when already answered or the consortium is no longer FORMING.',
  })
  @Authorize('consortium:respond', { resource: 'consortiumMember', idArg: 'id' })
  respondToConsortiumInvitation(
    @IdArg() id: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Args('commitment', { type: () => ConsortiumCommitmentInput, nullable: true })
    commitment: ConsortiumCommitmentInput | null,
    @CurrentUser() user: Principal,
  ) {
    if (reason && reason.length > 2000)
      throw new ValidationError('reason', 'must be at most 2000 characters');
    return this.service.respond({ memberId: id, accept, reason, commitment }, user.id);
  }

  @Mutation(() => ConsortiumMemberModel, {
    description:
      'The broker takes a suggested replacement: its organization joins as a PENDING partner (invited).',
  })
  @Authorize('consortium:manage', { resource: 'consortium', idArg: 'input.consortiumId' })
  acceptConsortiumReplacement(
    @Args('input') input: AcceptConsortiumReplacementInput,
    @CurrentUser() user: Principal,
  ) {
    return this.service.acceptReplacement(input, user.id);
  }

  @ResolveField(() => [ConsortiumReplacementModel], {
    description: 'Replacements suggested after declines, oldest first.',
  })
  replacements(c: ConsortiumEntity, _args: unknown, context: GraphqlContext) {
    return this.loaders.for(context).replacements.load(c.id);
  }

  @ResolveField(() => OrganizationModel)
  leadOrganization(c: ConsortiumEntity, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(c.leadOrganizationId);
  }

  @ResolveField(() => [ConsortiumMemberModel], { description: 'Lead first.' })
  members(c: ConsortiumEntity, _args: unknown, context: GraphqlContext) {
    return this.loaders.for(context).members.load(c.id);
  }

  @ResolveField(() => [ConsortiumStatusChangeModel], {
    description: 'Every status change, oldest first (the first one is the formation).',
  })
  statusHistory(c: ConsortiumEntity, _args: unknown, context: GraphqlContext) {
    return this.loaders.for(context).history.load(c.id);
  }

  @ResolveField(() => [ProgrammeRuleCheckModel], {
    description:
      'The programme rules for its project type, checked now; `locale` nb (default), nn or en.',
  })
  async ruleChecks(
    @Parent() c: ConsortiumEntity,
    @Args('locale', { type: () => String, defaultValue: 'nb' }) locale: string,
  ): Promise<ProgrammeRuleCheckModel[]> {
    if (!LOCALES.includes(locale as RuleLocale))
      throw new ValidationError('locale', `must be one of ${LOCALES.join(', ')}`);
    const { checks, waivers } = await this.service.evaluateRules(c);
    return checks.map((check) => {
      const waiver =
        check.outcome === 'WARNING' ? waivers.find((w) => w.rule === check.rule) : undefined;
      return {
        rule: check.rule,
        outcome: check.outcome,
        message: describeRuleCheck(check, locale as RuleLocale),
        accepted: !!waiver,
        acceptedReason: waiver?.reason ?? null,
      };
    });
  }

  @ResolveField(() => Boolean, {
    description: 'Every rule holds or its warning was accepted.',
  })
  async rulesHold(c: ConsortiumEntity): Promise<boolean> {
    return (await this.service.evaluateRules(c)).hold;
  }
}

@Resolver(() => ConsortiumMemberModel)
export class ConsortiumMembersResolver {
  constructor(private readonly loaders: ConsortiumLoadersFactory) {}

  @ResolveField(() => ConsortiumModel)
  consortium(m: ConsortiumMemberEntity, _args: unknown, context: GraphqlContext) {
    return this.loaders.for(context).consortium.load(m.consortiumId);
  }

  @ResolveField()
  organization(m: ConsortiumMemberEntity, _args: unknown, { loaders }: GraphqlContext) {
    return loaders.organization.load(m.organizationId);
  }

  @ResolveField()
  knowledgeNeed(m: ConsortiumMemberEntity, _args: unknown, context: GraphqlContext) {
    return m.knowledgeNeedId
      ? this.loaders.for(context).knowledgeNeed.load(m.knowledgeNeedId)
      : null;
  }

  @ResolveField()
  competenceProfile(m: ConsortiumMemberEntity, _args: unknown, context: GraphqlContext) {
    return m.competenceProfileId
      ? this.loaders.for(context).competenceProfile.load(m.competenceProfileId)
      : null;
  }
}

@Resolver(() => ConsortiumReplacementModel)
export class ConsortiumReplacementsResolver {
  constructor(private readonly loaders: ConsortiumLoadersFactory) {}

  @ResolveField()
  organization(r: ConsortiumReplacement, _args: unknown, { loaders }: GraphqlContext) {
    return r.organizationId ? loaders.organization.load(r.organizationId) : null;
  }

  @ResolveField()
  knowledgeNeed(r: ConsortiumReplacement, _args: unknown, context: GraphqlContext) {
    return r.knowledgeNeedId
      ? this.loaders.for(context).knowledgeNeed.load(r.knowledgeNeedId)
      : null;
  }

  @ResolveField()
  competenceProfile(r: ConsortiumReplacement, _args: unknown, context: GraphqlContext) {
    return r.competenceProfileId
      ? this.loaders.for(context).competenceProfile.load(r.competenceProfileId)
      : null;
  }
}

/** The consortium an accepted proposal formed, as a field of ConsortiumProposal. */
@Resolver(() => ConsortiumProposalModel)
export class ProposalConsortiumResolver {
  constructor(private readonly loaders: ConsortiumLoadersFactory) {}

  @ResolveField(() => ConsortiumModel, {
    nullable: true,
    description: 'The consortium formed when the proposal was accepted.',
  })
  consortium(p: ConsortiumProposalEntity, _args: unknown, context: GraphqlContext) {
    return this.loaders.for(context).byProposal.load(p.id);
  }
}
