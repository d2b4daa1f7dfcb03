import { AuditLogEntity } from './audit-log.entity';
import { InvitationEntity } from './invitation.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { MembershipEntity } from './membership.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

/** Entities of the auth issue (migration 1764300200000-identity). */
export const IDENTITY_ENTITIES = [
  UserEntity,
  MembershipEntity,
  RefreshTokenEntity,
  InvitationEntity,
  LoginThrottleEntity,
  AuditLogEntity,
];
