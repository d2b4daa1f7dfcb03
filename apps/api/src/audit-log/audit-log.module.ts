import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';

@Module({ providers: [AuditLogResolver] })
export class AuditLogModule {}
