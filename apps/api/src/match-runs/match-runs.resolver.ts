import { Args, Float, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import {
  FINAL_MATCH_RUN_STATUSES,
  type MatchRunEntity,
} from '@brobygger/persistence/entities/match-run.entity';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import type { Page } from '@brobygger/persistence/pagination';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { IdArg } from '../common/validation/id-arg.decorator';
import { MatchRunsArgs } from './dto/match-runs.args';
import { RunItemsArgs, runItemsComplexity } from './dto/run-items.args';
import { StartMatchRunInput } from './dto/start-match-run.input';
import { MatchRunsService } from './match-runs.service';
import { MatchRunConnection } from './models/match-run-connection.model';
import { MatchRunCountsModel, MatchRunModel, MatchRunTimingsModel } from './models/match-run.model';
import { UnmatchedNeedModel } from './models/unmatched-need.model';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { matchRunArenaScope } from '../authorization/policy';

@Resolver(() => MatchRunModel)
export class MatchRunsResolver {
  constructor(
    private readonly matchRuns: MatchRunsService,
    private readonly proposals: ConsortiumProposalRepository,
  ) {}

  @Mutation(() => MatchRunModel, {
    description:
      'Queue a match run for an arena (status QUEUED). It replaces a QUEUED run of the same arena and project type, ' +
      'which becomes CANCELLED with the error "replaced by a newer request (run <id>)". Errors: NOT_FOUND for an ' +
      'unknown arena; BAD_USER_INPUT naming `input.arenaId` when the arena has no open needs, or ' +
      '`input.settings.<path>` for invalid settings.',
  })
  @Authorize('matchRun:start', { resource: 'arena', idArg: 'input.arenaId' })
  startMatchRun(
    @Args('input') input: StartMatchRunInput,
    @CurrentUser() user: Principal,
  ): Promise<MatchRunEntity> {
    return this.matchRuns.start(input, user.id);
  }

  @Mutation(() => MatchRunModel, {
    description: 'Stop a QUEUED or RUNNING run (INVALID_STATE otherwise).',
  })
  @Authorize('matchRun:cancel', { resource: 'matchRun', idArg: 'id' })
  cancelMatchRun(@IdArg() id: string): Promise<MatchRunEntity> {
    return this.matchRuns.cancel(id);
  }

  @Query(() => MatchRunModel)
  @Authorize('matchRun:read', { resource: 'matchRun', idArg: 'id' })
  matchRun(@IdArg() id: string): Promise<MatchRunEntity> {
    return this.matchRuns.get(id);
  }

  @Query(() => MatchRunConnection, { name: 'matchRuns', description: 'Newest first.' })
  @Authorize('matchRun:list')
  async matchRunList(
    @Args() args: MatchRunsArgs,
    @CurrentUser() user: Principal,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<MatchRunEntity>> {
    return this.matchRuns.list(
      { ...(args.filter ?? {}), arenaScope: matchRunArenaScope(user) },
      { first: args.first, after: args.after ?? undefined, countTotal },
    );
  }

  @Subscription(() => MatchRunModel, {
    description:
      'The run now, then every change of status, phase or progress until it is SUCCEEDED, FAILED or CANCELLED (graphql-ws).',
    resolve: (payload: MatchRunEntity) => payload,
  })
  @Authorize('matchRun:read', { resource: 'matchRun', idArg: 'id' })
  matchRunUpdated(@IdArg() id: string): AsyncIterableIterator<MatchRunEntity> {
    return this.watch(id);
  }

  private async *watch(id: string): AsyncIterableIterator<MatchRunEntity> {
    const updates = this.matchRuns.updates(id);
    try {
      let run = await this.matchRuns.get(id);
      yield run;
      while (!FINAL_MATCH_RUN_STATUSES.includes(run.status)) {
        const next = await updates.next();
        if (next.done) return;
        run = await this.matchRuns.get(id);
        yield run;
      }
    } finally {
      await updates.return?.();
    }
  }

  @ResolveField(() => MatchRunCountsModel)
  counts(run: MatchRunEntity): MatchRunCountsModel {
    return {
      needs: run.needCount,
      profiles: run.profileCount,
      proposals: run.proposalCount,
      unmatchedNeeds: run.unmatchedCount,
    };
  }

  @ResolveField(() => MatchRunTimingsModel)
  timings(run: MatchRunEntity): MatchRunTimingsModel {
    return {
      queueWaitMs: run.queueWaitMs,
      loadMs: run.loadMs,
      engineMs: run.engineMs,
      saveMs: run.saveMs,
    };
  }

  @ResolveField(() => Float, { nullable: true })
  optimalityGap(run: MatchRunEntity): number | null {
    if (run.objective === null || run.upperBound === null || run.upperBound <= 0) return null;
    return Math.max(0, (run.upperBound - run.objective) / run.upperBound);
  }

  @ResolveField(() => [UnmatchedNeedModel], {
    description:
      'Needs of the arena no proposal of this run includes, with reasons, by need id (`first` of them after the need `after`, see counts.unmatchedNeeds).',
    complexity: runItemsComplexity,
  })
  unmatchedNeeds(
    @Parent() run: MatchRunEntity,
    @Args() { first, after }: RunItemsArgs,
  ): Promise<UnmatchedNeedModel[]> {
    return this.proposals.unmatchedNeeds(run.id, first, after ?? null);
  }
}
