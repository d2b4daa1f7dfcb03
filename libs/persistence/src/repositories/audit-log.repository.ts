import { AuditLogEntity, AuditOutcome } from '../entities/audit-log.entity';
import { Page, PageRequest } from '../pagination';
import { SqlParams } from '../sql';
import { CREATED_DESC, Db, findByIdsInOrder, keysetPage } from './repository-support';

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

/** The append-only audit log of mutations. */
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  async append(entry: NewAuditLogEntry): Promise<void> {
    await this.db.query(
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

  /** Newest first, keyset-paginated. */
  list(page: PageRequest): Promise<Page<AuditLogEntity>> {
    return keysetPage(this.db, {
      from: 'audit_log a',
      idSql: 'a.id',
      where: [],
      params: new SqlParams(),
      order: { ...CREATED_DESC, sortSql: 'a.occurred_at' },
      page,
      load: (ids) => findByIdsInOrder(this.db, AuditLogEntity, ids),
    });
  }
}
