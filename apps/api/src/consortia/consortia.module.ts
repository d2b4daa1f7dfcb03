import { Module } from '@nestjs/common';
import {
  ConsortiaResolver,
  ConsortiumMembersResolver,
  ConsortiumReplacementsResolver,
  ProposalConsortiumResolver,
} from './consortia.resolver';
import { ReplacementFinder } from './replacement-finder';
import { ConsortiaService } from './consortia.service';
import { ConsortiumLoadersFactory } from './consortium-loaders';

/** Consortia formed from accepted proposals: lifecycle, dated history and programme rules. */
@Module({
  providers: [
    ReplacementFinder,
    ConsortiaService,
    ConsortiumLoadersFactory,
    ConsortiaResolver,
    ConsortiumMembersResolver,
    ConsortiumReplacementsResolver,
    ProposalConsortiumResolver,
  ],
  exports: [ConsortiaService],
})
export class ConsortiaModule {}
