import { CompetenceProfile } from './competence-profile.entity';
import { ContactPerson } from './contact-person.entity';
import { County } from './county.entity';
import { KnowledgeNeed } from './knowledge-need.entity';
import { MobilizationArena } from './mobilization-arena.entity';
import { Municipality } from './municipality.entity';
import { Organization } from './organization.entity';
import { ProfileReference } from './profile-reference.entity';
import { ResearchInstitution } from './research-institution.entity';

export {
  CompetenceProfile,
  ContactPerson,
  County,
  KnowledgeNeed,
  MobilizationArena,
  Municipality,
  Organization,
  ProfileReference,
  ResearchInstitution,
};

/** Every entity of the foundation schema; later features append theirs in data-source.ts. */
export const FOUNDATION_ENTITIES = [
  County,
  Municipality,
  ResearchInstitution,
  Organization,
  MobilizationArena,
  KnowledgeNeed,
  CompetenceProfile,
  ProfileReference,
  ContactPerson,
];
