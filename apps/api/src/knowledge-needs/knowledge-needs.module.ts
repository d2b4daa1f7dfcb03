import { Module } from '@nestjs/common';
import { ConsortiumRepository } from '@brobygger/persistence/repositories/consortium.repository';
import { KnowledgeNeedsResolver } from './knowledge-needs.resolver';
import { KnowledgeNeedsService } from './knowledge-needs.service';

@Module({
  providers: [ConsortiumRepository, KnowledgeNeedsService, KnowledgeNeedsResolver],
  exports: [KnowledgeNeedsService],
})
export class KnowledgeNeedsModule {}
