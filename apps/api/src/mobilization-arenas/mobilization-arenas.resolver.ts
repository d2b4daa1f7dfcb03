import { Args, Query, Resolver } from '@nestjs/graphql';
import { Mutation } from '../authorization/mutation.decorator';
import type { MobilizationArena } from '@brobygger/persistence';
import { IdArg } from '../common/validation/id-arg.decorator';
import { CreateMobilizationArenaInput } from './dto/create-mobilization-arena.input';
import { MobilizationArenasService } from './mobilization-arenas.service';
import { MobilizationArenaModel } from './models/mobilization-arena.model';
import { Authorize } from '../authorization/authorize.decorator';

@Resolver(() => MobilizationArenaModel)
export class MobilizationArenasResolver {
  constructor(private readonly arenas: MobilizationArenasService) {}

  @Query(() => [MobilizationArenaModel], { description: 'All mobilization arenas, by name.' })
  @Authorize('arena:read')
  mobilizationArenas(): Promise<MobilizationArena[]> {
    return this.arenas.list();
  }

  @Query(() => MobilizationArenaModel)
  @Authorize('arena:read')
  mobilizationArena(@IdArg() id: string): Promise<MobilizationArena> {
    return this.arenas.get(id);
  }

  @Mutation(() => MobilizationArenaModel)
  @Authorize('arena:create')
  createMobilizationArena(
    @Args('input') input: CreateMobilizationArenaInput,
  ): Promise<MobilizationArena> {
    return this.arenas.create(input);
  }
}
