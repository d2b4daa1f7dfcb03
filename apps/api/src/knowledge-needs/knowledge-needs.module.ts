import { Module } from '@nestjs/common';
import { KnowledgeNeedsResolver } from './knowledge-needs.resolver';
import { KnowledgeNeedsService } from './knowledge-needs.service';

@Module({
  providers: [KnowledgeNeedsService, KnowledgeNeedsResolver],
  exports: [KnowledgeNeedsService],
})
export class KnowledgeNeedsModule {}
