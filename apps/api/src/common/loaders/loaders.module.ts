import { Module } from '@nestjs/common';
import { ConsortiumProposalRepository } from '@brobygger/persistence/repositories/consortium-proposal.repository';
import { MatchRunRepository } from '@brobygger/persistence/repositories/match-run.repository';
import { LoadersFactory } from './loaders.factory';

/** Provides LoadersFactory (most repositories come from the global PersistenceModule). */
@Module({
  providers: [LoadersFactory, MatchRunRepository, ConsortiumProposalRepository],
  exports: [LoadersFactory],
})
export class LoadersModule {}
