import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed login counter per key (`account:<email>` or `address:<ip>`): failures inside the window slow logins down
 * and then lock them until `locked_until`.
 */
@Entity({ name: 'login_throttles' })
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
