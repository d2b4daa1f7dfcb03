import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { Authorize } from '../authorization/authorize.decorator';
import type { AuditLogEntity } from '@brobygger/persistence/entities/audit-log.entity';
import type { Page } from '@brobygger/persistence/pagination';
import { SelectsTotalCount } from '../common/graphql/selects-field';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { AuditLogConnection, AuditLogEntryModel } from './models/audit-log-entry.model';

@Resolver(() => AuditLogEntryModel)
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogRepository) {}

  @Query(() => AuditLogConnection, {
    description: 'The audit log of mutations, newest first. Admins only.',
  })
  @Authorize('auditLog:read')
  auditLog(
    @Args() { first, after }: PaginationArgs,
    @SelectsTotalCount() countTotal: boolean,
  ): Promise<Page<AuditLogEntity>> {
    return this.entries.list({ first, after: after ?? undefined, countTotal });
  }
}
