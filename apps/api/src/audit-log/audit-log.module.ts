import { Module } from '@nestjs/common';
import { AuditLogRepository } from '@brobygger/persistence/repositories/audit-log.repository';
import { AuditLogResolver } from './audit-log.resolver';

@Module({ providers: [AuditLogRepository, AuditLogResolver], exports: [AuditLogRepository] })
export class AuditLogModule {}
