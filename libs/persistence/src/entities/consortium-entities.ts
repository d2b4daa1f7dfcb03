import { ConsortiumMemberEntity } from './consortium-member.entity';
import { ConsortiumStatusChangeEntity } from './consortium-status-change.entity';
import { ConsortiumEntity } from './consortium.entity';

/** Entities of the consortium issue, registered in data-source.ts. */
export const CONSORTIUM_ENTITIES = [
  ConsortiumEntity,
  ConsortiumMemberEntity,
  ConsortiumStatusChangeEntity,
];
