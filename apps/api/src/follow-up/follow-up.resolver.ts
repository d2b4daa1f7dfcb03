import { Args, Query, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import { ValidationError } from '@brobygger/persistence/errors';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentUser } from '../authorization/current-user.decorator';
import type { Principal } from '../authorization/principal';
import { IdArg } from '../common/validation/id-arg.decorator';
import { JSONObjectScalar } from '../match-runs/json-object.scalar';
import { csvDelimiterOf } from './csv';
import { CreateExportLinkInput, ProgrammeIndicatorsArgs } from './dto/programme-indicators.args';
import { ExportLinkService } from './export-link.service';
import { ExportsService } from './exports.service';
import { FollowUpService } from './follow-up.service';
import { ExportLinkModel, ProgrammeIndicatorsModel } from './models/programme-indicators.model';

/** The follow-up evaluation: indicators over time, CSV download links and the arena as an exchange-format problem. */
@Resolver()
export class FollowUpResolver {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly exportsService: ExportsService,
    private readonly links: ExportLinkService,
  ) {}

  @Query(() => ProgrammeIndicatorsModel, {
    description:
      'Programme indicators per month and for the whole range. Admins see everything, brokers their arenas, ' +
      "municipality members and researchers their own organization's part (FORBIDDEN for anyone else). " +
      'Figures of a past date never change when needs are edited or withdrawn later.',
  })
  @Authorize('indicators:read')
  programmeIndicators(
    @Args() args: ProgrammeIndicatorsArgs,
    @CurrentUser() user: Principal,
  ): Promise<ProgrammeIndicatorsModel> {
    return this.followUp.programmeIndicators(user, args.filter, args.interval);
  }

  @Mutation(() => ExportLinkModel, {
    description:
      'A signed CSV download link valid for 5 minutes (relative to the API address). Access is checked now and ' +
      'again at download: INDICATORS like programmeIndicators, arena lists for its brokers and admins.',
  })
  @Authorize('export:link')
  async createExportLink(
    @Args('input') input: CreateExportLinkInput,
    @CurrentUser() user: Principal,
  ): Promise<ExportLinkModel> {
    const delimiter = csvDelimiterOf(input.delimiter);
    if (delimiter === null)
      throw new ValidationError('input.delimiter', 'is not a known delimiter');
    const { from, to, ...filter } = input.filter ?? {};
    const request = {
      kind: input.kind,
      arenaId: input.arenaId ?? input.filter?.arenaId ?? null,
      delimiter,
      filter: { ...filter, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
    };
    await this.exportsService.authorize(user, request);
    return this.links.sign(user, request);
  }

  @Query(() => JSONObjectScalar, {
    description:
      'The arena as a `brobygger.problem/v1` document (open needs, active profiles with their free capacity), ' +
      'to run the matcher offline: `npm run cli -- propose arena.json`. Brokers of the arena and admins.',
  })
  @Authorize('arena:exportProblem', { resource: 'arena', idArg: 'arenaId' })
  exportArenaProblem(@IdArg('arenaId') arenaId: string): Promise<Record<string, unknown>> {
    return this.followUp.arenaProblem(arenaId) as unknown as Promise<Record<string, unknown>>;
  }
}
