import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { ConsortiumProposalEntity } from '@brobygger/persistence/entities/consortium-proposal.entity';
import type { ConsortiumProposalMemberEntity } from '@brobygger/persistence/entities/consortium-proposal-member.entity';
import type { MatchRunEntity } from '@brobygger/persistence/entities/match-run.entity';
import type { Page } from '@brobygger/persistence/pagination';
import { GraphqlContext } from '../common/graphql/graphql-context';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { IdArg } from '../common/validation/id-arg.decorator';
import { RunItemsArgs, runItemsComplexity } from '../match-runs/dto/run-items.args';
import { MatchRunModel } from '../match-runs/models/match-run.model';
import { UnmatchedNeedModel } from '../match-runs/models/unmatched-need.model';
import { ConsortiumProposalsService } from './consortium-proposals.service';
import { ConsortiumProposalsArgs } from './dto/consortium-proposals.args';
import { RejectConsortiumProposalArgs } from './dto/reject-consortium-proposal.args';
import { ConsortiumProposalConnection } from './models/consortium-proposal-connection.model';
import {
  ConsortiumProposalMemberModel,
  ConsortiumProposalModel,
} from './models/consortium-proposal.model';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { proposalReadScope } from '../authorization/policy';

@Resolver(() => ConsortiumProposalModel)
export class ConsortiumProposalsResolver {
  constructor(private readonly proposals: ConsortiumProposalsService) {}

  @Query(() => ConsortiumProposalConnection, {
    description: 'Newest run first, then by rank within a run.',
  })
  @Authorize('proposal:list')
  async consortiumProposals(
    @Args() args: ConsortiumProposalsArgs,
    @CurrentUser() user: Principal,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<ConsortiumProposalEntity>> {
    return this.proposals.list(
      { ...(args.filter ?? {}), visibility: proposalReadScope(user) },
      { first: args.first, after: args.after ?? undefined, countTotal },
    );
  }

  @Query(() => ConsortiumProposalModel)
  @Authorize('proposal:read', { resource: 'proposal', idArg: 'id' })
  consortiumProposal(@IdArg() id: string): Promise<ConsortiumProposalEntity> {
    return this.proposals.get(id);
  }

  @Mutation(() => ConsortiumProposalModel, {
    description:
      'Accept a PROPOSED proposal: a FORMING consortium is formed of its members, its needs become IN_CONSORTIUM ' +
      'and its research groups use capacity in later runs. ' +
      'INVALID_STATE if it is not PROPOSED, a need is no longer open or a profile has no capacity left.',
  })
  @Authorize('proposal:decide', { resource: 'proposal', idArg: 'id' })
  acceptConsortiumProposal(
    @IdArg() id: string,
    @CurrentUser() user: Principal,
  ): Promise<ConsortiumProposalEntity> {
    return this.proposals.accept(id, user.id);
  }

  @Mutation(() => ConsortiumProposalModel, {
    description: 'Reject a PROPOSED proposal with a reason.',
  })
  @Authorize('proposal:decide', { resource: 'proposal', idArg: 'id' })
  rejectConsortiumProposal(
    @Args() args: RejectConsortiumProposalArgs,
    @CurrentUser() user: Principal,
  ): Promise<ConsortiumProposalEntity> {
    return this.proposals.reject(args.id, args.reason, args.reasonCategory ?? null, user.id);
  }

  @ResolveField(() => [ConsortiumProposalMemberModel])
  members(
    proposal: ConsortiumProposalEntity,
    _args: unknown,
    { loaders }: GraphqlContext,
  ): Promise<ConsortiumProposalMemberEntity[]> {
    return loaders.proposalMembers.load(proposal.id);
  }

  @ResolveField()
  leadOrganization(
    proposal: ConsortiumProposalEntity,
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return loaders.organization.load(proposal.leadOrganizationId);
  }
}

@Resolver(() => ConsortiumProposalMemberModel)
export class ConsortiumProposalMembersResolver {
  @ResolveField()
  organization(
    member: ConsortiumProposalMemberEntity,
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return loaders.organization.load(member.organizationId);
  }

  @ResolveField()
  knowledgeNeed(
    member: ConsortiumProposalMemberEntity,
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return member.knowledgeNeedId ? loaders.knowledgeNeed.load(member.knowledgeNeedId) : null;
  }

  @ResolveField()
  competenceProfile(
    member: ConsortiumProposalMemberEntity,
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return member.competenceProfileId
      ? loaders.competenceProfile.load(member.competenceProfileId)
      : null;
  }
}

/** The proposals of a run, as a field of MatchRun. */
@Resolver(() => MatchRunModel)
export class MatchRunProposalsResolver {
  constructor(private readonly service: ConsortiumProposalsService) {}

  @ResolveField(() => [ConsortiumProposalModel], {
    description:
      'The proposals this run produced, best first (at most 500 per run; `first` of them after the proposal `after`, see counts.proposals).',
    complexity: runItemsComplexity,
  })
  async proposals(
    @Parent() run: MatchRunEntity,
    @Args() { first, after }: RunItemsArgs,
  ): Promise<ConsortiumProposalEntity[]> {
    if (first === 0) return [];
    return this.service.ofRun(run.id, first, after ?? null);
  }
}

@Resolver(() => UnmatchedNeedModel)
export class UnmatchedNeedsResolver {
  @ResolveField()
  knowledgeNeed(
    unmatched: { knowledgeNeedId: string },
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return loaders.knowledgeNeed.load(unmatched.knowledgeNeedId);
  }
}
