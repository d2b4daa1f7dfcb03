import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@brobygger/persistence/entities/membership.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as {
  [K in (typeof ROLES)[number]]: K;
};

registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN: programme administrator; BROKER: competence broker of one arena; MUNICIPALITY_MEMBER: member of a municipality or county municipality; RESEARCHER: member of a research group.',
});
