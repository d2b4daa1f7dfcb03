import { QueryFailedError } from 'typeorm';
import { ValidationError } from './errors';

/** Input field named by each constraint, so that a database-level rejection still names the field. */
const CONSTRAINT_FIELDS: Record<string, { field: string; message: string }> = {
  chk_organizations_kind: { field: 'kind', message: 'is not a valid organization kind' },
  chk_organizations_name: { field: 'name', message: 'must be 1 to 200 characters' },
  fk_organizations_municipality: {
    field: 'municipalityNumber',
    message: 'is not a known municipality number',
  },
  fk_organizations_county: { field: 'countyNumber', message: 'is not a known county number' },
  fk_organizations_research_institution: {
    field: 'researchInstitutionId',
    message: 'is not a known research institution',
  },
  chk_organizations_research_experience: {
    field: 'researchExperience',
    message: 'is not a valid value',
  },
  chk_organizations_municipality_required: {
    field: 'municipalityNumber',
    message: 'is required for a municipality',
  },
  chk_organizations_county_required: {
    field: 'countyNumber',
    message: 'is required for a county municipality',
  },
  chk_organizations_institution_required: {
    field: 'researchInstitutionId',
    message: 'is required for a research group',
  },
  uq_mobilization_arenas_name: {
    field: 'name',
    message: 'is already used by another mobilization arena',
  },
  chk_mobilization_arenas_name: { field: 'name', message: 'must be 1 to 200 characters' },
  chk_mobilization_arenas_description: {
    field: 'description',
    message: 'must be at most 5000 characters',
  },
  fk_mobilization_arena_counties_county: {
    field: 'countyNumbers',
    message: 'contains an unknown county number',
  },
  fk_knowledge_needs_organization: {
    field: 'organizationId',
    message: 'is not a known organization',
  },
  chk_knowledge_needs_owner_kind: {
    field: 'organizationId',
    message: 'must be a municipality or county municipality',
  },
  chk_knowledge_needs_title: { field: 'title', message: 'must not be empty' },
  chk_knowledge_needs_description: {
    field: 'description',
    message: 'must be at most 10000 characters',
  },
  chk_knowledge_needs_language: { field: 'language', message: 'must be nb, nn or en' },
  chk_knowledge_needs_themes: { field: 'themes', message: 'contains an unknown theme' },
  chk_knowledge_needs_research_area: {
    field: 'researchArea',
    message: 'is not a valid research area',
  },
  chk_knowledge_needs_project_type: {
    field: 'projectType',
    message: 'is not a valid project type',
  },
  chk_knowledge_needs_committed_person_months: {
    field: 'committedPersonMonths',
    message: 'must not be negative',
  },
  chk_knowledge_needs_status: { field: 'status', message: 'is not a valid status' },
  fk_competence_profiles_organization: {
    field: 'organizationId',
    message: 'is not a known organization',
  },
  chk_competence_profiles_owner_kind: {
    field: 'organizationId',
    message: 'must be a research group',
  },
  fk_competence_profiles_county_numbers: {
    field: 'countyNumbers',
    message: 'contains an unknown county number',
  },
  chk_competence_profiles_title: { field: 'title', message: 'must not be empty' },
  chk_competence_profiles_description: {
    field: 'description',
    message: 'must be at most 10000 characters',
  },
  chk_competence_profiles_language: { field: 'language', message: 'must be nb, nn or en' },
  chk_competence_profiles_keywords: { field: 'keywords', message: 'must have at most 50 entries' },
  chk_competence_profiles_methods: { field: 'methods', message: 'must have at most 50 entries' },
  chk_competence_profiles_themes: { field: 'themes', message: 'contains an unknown theme' },
  chk_competence_profiles_capacity: { field: 'capacity', message: 'must not be negative' },
  chk_competence_profiles_status: { field: 'status', message: 'is not a valid status' },
  chk_profile_references_kind: {
    field: 'references.kind',
    message: 'must be PUBLICATION or PROJECT',
  },
  chk_profile_references_title: {
    field: 'references.title',
    message: 'must be 1 to 500 characters',
  },
  chk_profile_references_summary: {
    field: 'references.summary',
    message: 'must be at most 5000 characters',
  },
  chk_profile_references_year: {
    field: 'references.year',
    message: 'must be between 1900 and 2100',
  },
  chk_profile_references_url: { field: 'references.url', message: 'must be an http(s) URL' },
  fk_contact_persons_organization: {
    field: 'contacts.organizationId',
    message: 'is not a known organization',
  },
  chk_contact_persons_name: { field: 'contacts.name', message: 'must be 1 to 200 characters' },
  chk_contact_persons_email: { field: 'contacts.email', message: 'is not a valid e-mail address' },
  chk_contact_persons_phone: { field: 'contacts.phone', message: 'must be at most 40 characters' },
  chk_contact_persons_role: { field: 'contacts.role', message: 'must be at most 200 characters' },
  chk_contact_persons_gender: {
    field: 'contacts.gender',
    message: 'must be FEMALE, MALE or OTHER',
  },
  uq_contact_persons_need_email: {
    field: 'contacts.email',
    message: 'lists the same e-mail address twice',
  },
  uq_contact_persons_profile_email: {
    field: 'contacts.email',
    message: 'lists the same e-mail address twice',
  },
};

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The PostgreSQL error behind a TypeORM QueryFailedError (or a raw pg error). */
export function pgErrorOf(error: unknown): PgDriverError | null {
  if (error instanceof QueryFailedError) return error.driverError as PgDriverError;
  if (
    error &&
    typeof error === 'object' &&
    'code' in error &&
    typeof (error as PgDriverError).code === 'string'
  ) {
    return error as PgDriverError;
  }
  return null;
}

/**
 * Turns constraint violations (check 23514, foreign key 23503, unique 23505, not null 23502) into a
 * ValidationError naming the input field; anything else is rethrown unchanged.
 */
export function translateDatabaseError(error: unknown): never {
  const pg = pgErrorOf(error);
  if (pg && pg.constraint && CONSTRAINT_FIELDS[pg.constraint]) {
    const { field, message } = CONSTRAINT_FIELDS[pg.constraint];
    throw new ValidationError(field, message);
  }
  if (pg && ['23514', '23503', '23505', '23502', '22001'].includes(pg.code ?? '')) {
    throw new ValidationError(
      'input',
      `rejected by the database: ${pg.detail ?? (error as Error).message}`,
    );
  }
  throw error;
}
