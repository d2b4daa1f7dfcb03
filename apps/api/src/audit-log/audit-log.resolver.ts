import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { Authorize } from '../authorization/authorize.decorator';
import { offsetAfter } from '../common/pagination/cursor';
import { toConnection } from '../common/pagination/connection.model';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { AuditLogConnection, AuditLogEntryModel } from './models/audit-log-entry.model';

@Resolver(() => AuditLogEntryModel)
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogRepository) {}

  @Query(() => AuditLogConnection, {
    description: 'The audit log of mutations, newest first. Admins only.',
  })
  @Authorize('auditLog:read')
  async auditLog(@Args() { first, after }: PaginationArgs): Promise<AuditLogConnection> {
    const offset = offsetAfter(after);
    const [rows, total] = await Promise.all([
      this.entries.pageAt(offset, first),
      this.entries.count(),
    ]);
    return toConnection(rows, offset, total);
  }
}
