import { Global, Module } from '@nestjs/common';
import { MatchingQueueModule } from '@brobygger/queue';
import { ApiPubSub } from './api-pub-sub';

/** Provides the API's one Redis pub/sub to every feature (run updates, notifications). */
@Global()
@Module({
  imports: [MatchingQueueModule],
  providers: [ApiPubSub],
  exports: [ApiPubSub],
})
export class ApiPubSubModule {}
