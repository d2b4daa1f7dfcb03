import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsortiumStatus } from './consortium.entity';

/** One dated status change of a consortium (from null = created), for the follow-up evaluation. */
@Entity({ name: 'consortium_status_changes' })
export class ConsortiumStatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ConsortiumStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ConsortiumStatus;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
