import { Injectable } from '@nestjs/common';
import {
  MatchingQueue,
  matchRunUpdatedChannel,
  type MatchRunUpdateMessage,
} from '@brobygger/queue';
import { ApiPubSub } from './api-pub-sub';

/**
 * The subscriber side of run updates: the `matchRunUpdated` subscription listens on the channel that
 * MatchingQueue.publishRunUpdate (API and worker) publishes on.
 */
@Injectable()
export class MatchRunUpdates {
  constructor(
    private readonly pubSub: ApiPubSub,
    private readonly queue: MatchingQueue,
  ) {}

  /** The updates of one run, as they are published. */
  of(matchRunId: string): AsyncIterableIterator<MatchRunUpdateMessage> {
    return this.pubSub.asyncIterableIterator<MatchRunUpdateMessage>(
      matchRunUpdatedChannel(this.queue.prefix, matchRunId),
    );
  }
}
