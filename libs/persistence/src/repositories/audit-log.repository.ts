import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogEntity, AuditOutcome } from '../entities/audit-log.entity';

export interface NewAuditLogEntry {
  userId: string | null;
  userEmail: string | null;
  operation: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  errorCode?: string | null;
  clientAddress?: string | null;
  onBehalfOfOrganizationId?: string | null;
}

export interface AuditLogCursor {
  occurredAt: Date;
  id: string;
}

/** The append-only audit log of mutations. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async append(entry: NewAuditLogEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_log (user_id, user_email, operation, target_type, target_id, outcome, error_code, client_address, on_behalf_of_organization_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.userId,
        entry.userEmail,
        entry.operation,
        entry.targetType,
        entry.targetId,
        entry.outcome,
        entry.errorCode ?? null,
        entry.clientAddress ?? null,
        entry.onBehalfOfOrganizationId ?? null,
      ],
    );
  }

  /** Newest first; `after` is the last entry of the previous page. Returns up to `limit + 1` rows. */
  async page(limit: number, after?: AuditLogCursor): Promise<AuditLogEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      qb.where('(a.occurred_at, a.id) < (:occurredAt, :id)', {
        occurredAt: after.occurredAt,
        id: after.id,
      });
    }
    return qb.getMany();
  }

  /** Newest first, by offset (the API's connections use offset cursors). */
  pageAt(offset: number, limit: number): Promise<AuditLogEntity[]> {
    return this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(AuditLogEntity).count();
  }
}
