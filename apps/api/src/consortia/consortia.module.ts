import { Module } from '@nestjs/common';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import {
  ConsortiaResolver,
  ConsortiumMembersResolver,
  ProposalConsortiumResolver,
} from './consortia.resolver';
import { ConsortiaService } from './consortia.service';
import { ConsortiumLoadersFactory } from './consortium-loaders';

/** Consortia formed from accepted proposals: lifecycle, dated history and programme rules. */
@Module({
  providers: [
    ConsortiumRepository,
    ConsortiaService,
    ConsortiumLoadersFactory,
    ConsortiaResolver,
    ConsortiumMembersResolver,
    ProposalConsortiumResolver,
  ],
  exports: [ConsortiaService, ConsortiumRepository],
})
export class ConsortiaModule {}
