import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A need of the arena that a run could not place in any proposal, with a reason a broker can act on. */
@Entity({ name: 'match_run_unmatched_needs' })
export class MatchRunUnmatchedNeedEntity {
  @PrimaryColumn({ name: 'match_run_id', type: 'uuid' })
  matchRunId: string;

  @PrimaryColumn({ name: 'knowledge_need_id', type: 'uuid' })
  knowledgeNeedId: string;

  @Column({ type: 'text' })
  reason: string;
}
