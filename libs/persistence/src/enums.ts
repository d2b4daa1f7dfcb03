/**
 * Enumerations stored as text columns with CHECK constraints. The values shared with the matching engine come
 * from its exchange format so that both sides agree; the rest are persistence/domain states.
 */
export {
  ORGANIZATION_KINDS,
  RESEARCH_EXPERIENCE,
  INSTITUTION_TYPES,
  PROJECT_TYPES,
  LANGUAGES,
  THEMES,
} from '@brobygger/engine/exchange/types';
export type {
  OrganizationKind,
  ResearchExperience,
  InstitutionType,
  ProjectType,
  Language,
  Theme,
} from '@brobygger/engine/exchange/types';

export const RESEARCH_AREAS = [
  'CONCRETE_INNOVATION',
  'KNOWLEDGE_SYSTEM',
  'CONDITIONS_FOR_INNOVATION',
] as const;
export type ResearchArea = (typeof RESEARCH_AREAS)[number];

export const NEED_STATUSES = ['DRAFT', 'OPEN', 'IN_CONSORTIUM', 'CLOSED', 'WITHDRAWN'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const PROFILE_STATUSES = ['ACTIVE', 'PAUSED'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/** Why a broker rejected a proposal, in the follow-up's categories. */
export const REJECTION_REASON_CATEGORIES = [
  'ALREADY_COLLABORATING',
  'CAPACITY',
  'REGION',
  'POOR_FIT',
  'OTHER',
] as const;
export type RejectionReasonCategory = (typeof REJECTION_REASON_CATEGORIES)[number];

export const SIZE_CLASSES = ['SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const REFERENCE_KINDS = ['PUBLICATION', 'PROJECT'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

/** KOSTRA-style size class: small < 5,000 inhabitants, medium < 20,000, large otherwise. */
export function sizeClassOf(population: number): SizeClass {
  if (population < 5000) return 'SMALL';
  if (population < 20000) return 'MEDIUM';
  return 'LARGE';
}
