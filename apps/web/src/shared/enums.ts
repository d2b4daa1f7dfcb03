import type { NeedStatus, ProjectType, RejectionReasonCategory, Theme } from '../gql/graphql';

/** The API's enum values in display order (their labels are in the message catalogues under `enums`). */
export const THEMES: Theme[] = [
  'HEALTH_AND_CARE',
  'EDUCATION_AND_CHILDHOOD',
  'DIGITALISATION',
  'CLIMATE_AND_ENVIRONMENT',
  'ENERGY_AND_BUILDINGS',
  'PLANNING_AND_TRANSPORT',
  'BUSINESS_DEVELOPMENT',
  'CIRCULAR_ECONOMY',
  'CULTURE_AND_COMMUNITY',
  'INCLUSION_AND_INTEGRATION',
  'LEADERSHIP_AND_WORKPLACE',
  'LOCAL_DEMOCRACY_AND_PARTICIPATION',
  'PUBLIC_PROCUREMENT',
  'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY',
];
export const PROJECT_TYPES: ProjectType[] = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'];
export const NEED_STATUSES: NeedStatus[] = ['OPEN', 'DRAFT', 'IN_CONSORTIUM', 'CLOSED', 'WITHDRAWN'];
export const REJECTION_REASON_CATEGORIES: RejectionReasonCategory[] = [
  'POOR_FIT',
  'CAPACITY',
  'REGION',
  'ALREADY_COLLABORATING',
  'OTHER',
];
