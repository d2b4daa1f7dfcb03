import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Enum values as they were when this migration was written (a migration must not change when the code does;
 * a later change to an enum needs a new migration that replaces the CHECK constraint).
 */
const GENDERS = ['FEMALE', 'MALE', 'OTHER'];
const INSTITUTION_TYPES = ['UNIVERSITY', 'UNIVERSITY_COLLEGE', 'RESEARCH_INSTITUTE'];
const LANGUAGES = ['nb', 'nn', 'en'];
const NEED_STATUSES = ['DRAFT', 'OPEN', 'IN_CONSORTIUM', 'CLOSED', 'WITHDRAWN'];
const ORGANIZATION_KINDS = [
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'RESEARCH_GROUP',
  'BUSINESS',
  'VOLUNTARY_ORGANIZATION',
];
const PROFILE_STATUSES = ['ACTIVE', 'PAUSED'];
const PROJECT_TYPES = ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'];
const REFERENCE_KINDS = ['PUBLICATION', 'PROJECT'];
const RESEARCH_AREAS = ['CONCRETE_INNOVATION', 'KNOWLEDGE_SYSTEM', 'CONDITIONS_FOR_INNOVATION'];
const RESEARCH_EXPERIENCE = ['NONE', 'SOME', 'EXTENSIVE'];
const SIZE_CLASSES = ['SMALL', 'MEDIUM', 'LARGE'];
const THEMES = [
  'HEALTH_AND_CARE',
  'EDUCATION_AND_CHILDHOOD',
  'CLIMATE_AND_ENVIRONMENT',
  'ENERGY_AND_BUILDINGS',
  'PLANNING_AND_TRANSPORT',
  'DIGITALISATION',
  'LEADERSHIP_AND_WORKPLACE',
  'LOCAL_DEMOCRACY_AND_PARTICIPATION',
  'VOLUNTARY_SECTOR_AND_CIVIL_SOCIETY',
  'INCLUSION_AND_INTEGRATION',
  'PUBLIC_PROCUREMENT',
  'CIRCULAR_ECONOMY',
  'BUSINESS_DEVELOPMENT',
  'CULTURE_AND_COMMUNITY',
];

/** `'A', 'B'` for an IN (...) list. Values are compile-time constants, never user input. */
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Foundation schema: reference data, organizations, arenas, knowledge needs, competence profiles, contacts.
 * Hand-written; enum values are taken from the code at the time of writing, later changes need a new migration.
 */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // ---------------------------------------------------------------- reference data
    await queryRunner.query(`
      CREATE TABLE counties (
        number char(2) PRIMARY KEY CONSTRAINT chk_counties_number CHECK (number ~ '^[0-9]{2}$'),
        name text NOT NULL,
        population integer NOT NULL CONSTRAINT chk_counties_population CHECK (population >= 0),
        population_year integer NOT NULL,
        population_2024 integer,
        municipality_count integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE municipalities (
        number char(4) PRIMARY KEY CONSTRAINT chk_municipalities_number CHECK (number ~ '^[0-9]{4}$'),
        name text NOT NULL,
        name_ssb text NOT NULL,
        county_number char(2) NOT NULL CONSTRAINT fk_municipalities_county REFERENCES counties(number),
        population integer NOT NULL CONSTRAINT chk_municipalities_population CHECK (population >= 0),
        population_year integer NOT NULL,
        population_2024 integer,
        population_2025 integer,
        size_class text NOT NULL CONSTRAINT chk_municipalities_size_class CHECK (size_class IN (${list(SIZE_CLASSES)})),
        lat double precision,
        lon double precision,
        area_km2 double precision
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_municipalities_county ON municipalities (county_number)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_municipalities_size_class ON municipalities (size_class)`,
    );
    await queryRunner.query(`CREATE INDEX idx_municipalities_name ON municipalities (lower(name))`);

    await queryRunner.query(`
      CREATE TABLE research_institutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT uq_research_institutions_name UNIQUE,
        short_name text,
        kind text NOT NULL,
        institution_type text NOT NULL
          CONSTRAINT chk_research_institutions_type CHECK (institution_type IN (${list(INSTITUTION_TYPES)})),
        city text,
        municipality_number char(4),
        county_number char(2) CONSTRAINT fk_research_institutions_county REFERENCES counties(number),
        org_number text CONSTRAINT uq_research_institutions_org_number UNIQUE,
        source_period text
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_research_institutions_county ON research_institutions (county_number)`,
    );

    // ---------------------------------------------------------------- organizations
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT chk_organizations_kind CHECK (kind IN (${list(ORGANIZATION_KINDS)})),
        name text NOT NULL CONSTRAINT chk_organizations_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        municipality_number char(4) CONSTRAINT fk_organizations_municipality REFERENCES municipalities(number),
        county_number char(2) CONSTRAINT fk_organizations_county REFERENCES counties(number),
        research_institution_id uuid
          CONSTRAINT fk_organizations_research_institution REFERENCES research_institutions(id),
        research_experience text CONSTRAINT chk_organizations_research_experience
          CHECK (research_experience IS NULL OR research_experience IN (${list(RESEARCH_EXPERIENCE)})),
        international_partners boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chk_organizations_municipality_required
          CHECK (kind <> 'MUNICIPALITY' OR municipality_number IS NOT NULL),
        CONSTRAINT chk_organizations_county_required
          CHECK (kind <> 'COUNTY_MUNICIPALITY' OR county_number IS NOT NULL),
        CONSTRAINT chk_organizations_institution_required
          CHECK (kind <> 'RESEARCH_GROUP' OR research_institution_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX idx_organizations_kind ON organizations (kind)`);
    await queryRunner.query(
      `CREATE INDEX idx_organizations_county ON organizations (county_number)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_organizations_municipality ON organizations (municipality_number)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_organizations_research_institution ON organizations (research_institution_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_organizations_created ON organizations (created_at DESC, id DESC)`,
    );
    // The county of an organization located in a municipality is derived from the municipality.
    await queryRunner.query(`
      CREATE FUNCTION organizations_derive_county() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.municipality_number IS NOT NULL THEN
          NEW.county_number := COALESCE(
            (SELECT m.county_number FROM municipalities m WHERE m.number = NEW.municipality_number),
            NEW.county_number);
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_organizations_derive_county
        BEFORE INSERT OR UPDATE OF municipality_number, county_number ON organizations
        FOR EACH ROW EXECUTE FUNCTION organizations_derive_county()`);

    // ---------------------------------------------------------------- mobilization arenas
    await queryRunner.query(`
      CREATE TABLE mobilization_arenas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT uq_mobilization_arenas_name UNIQUE
          CONSTRAINT chk_mobilization_arenas_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text CONSTRAINT chk_mobilization_arenas_description CHECK (length(description) <= 5000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE mobilization_arena_counties (
        arena_id uuid NOT NULL
          CONSTRAINT fk_mobilization_arena_counties_arena REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        county_number char(2) NOT NULL
          CONSTRAINT fk_mobilization_arena_counties_county REFERENCES counties(number),
        PRIMARY KEY (arena_id, county_number)
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_mobilization_arena_counties_county ON mobilization_arena_counties (county_number)`,
    );

    // ---------------------------------------------------------------- knowledge needs
    await queryRunner.query(`
      CREATE TABLE knowledge_needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL CONSTRAINT fk_knowledge_needs_organization REFERENCES organizations(id),
        title varchar(200) NOT NULL CONSTRAINT chk_knowledge_needs_title CHECK (length(btrim(title)) >= 1),
        description text NOT NULL DEFAULT ''
          CONSTRAINT chk_knowledge_needs_description CHECK (length(description) <= 10000),
        language text NOT NULL CONSTRAINT chk_knowledge_needs_language CHECK (language IN (${list(LANGUAGES)})),
        themes text[] NOT NULL DEFAULT '{}'
          CONSTRAINT chk_knowledge_needs_themes CHECK (themes <@ ARRAY[${list(THEMES)}]::text[]),
        research_area text CONSTRAINT chk_knowledge_needs_research_area
          CHECK (research_area IS NULL OR research_area IN (${list(RESEARCH_AREAS)})),
        project_type text CONSTRAINT chk_knowledge_needs_project_type
          CHECK (project_type IS NULL OR project_type IN (${list(PROJECT_TYPES)})),
        committed_person_months numeric(6,1) CONSTRAINT chk_knowledge_needs_committed_person_months
          CHECK (committed_person_months IS NULL OR committed_person_months >= 0),
        committed_contact_freed boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'DRAFT'
          CONSTRAINT chk_knowledge_needs_status CHECK (status IN (${list(NEED_STATUSES)})),
        published_at timestamptz,
        search_vector tsvector,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_knowledge_needs_search ON knowledge_needs USING gin (search_vector)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_knowledge_needs_themes ON knowledge_needs USING gin (themes)`,
    );
    await queryRunner.query(`CREATE INDEX idx_knowledge_needs_status ON knowledge_needs (status)`);
    await queryRunner.query(
      `CREATE INDEX idx_knowledge_needs_organization ON knowledge_needs (organization_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_knowledge_needs_created ON knowledge_needs (created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION knowledge_needs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cfg regconfig := CASE WHEN NEW.language = 'en' THEN 'english'::regconfig ELSE 'norwegian'::regconfig END;
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector(cfg, coalesce(NEW.description, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_knowledge_needs_search_vector
        BEFORE INSERT OR UPDATE OF title, description, language ON knowledge_needs
        FOR EACH ROW EXECUTE FUNCTION knowledge_needs_search_vector()`);
    // Owner must be a municipality or county municipality (an unknown id is left to the foreign key).
    await queryRunner.query(`
      CREATE FUNCTION knowledge_needs_check_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owner_kind text;
      BEGIN
        SELECT kind INTO owner_kind FROM organizations WHERE id = NEW.organization_id;
        IF owner_kind IS NOT NULL AND owner_kind NOT IN ('MUNICIPALITY', 'COUNTY_MUNICIPALITY') THEN
          RAISE EXCEPTION 'the owner of a knowledge need must be a municipality or county municipality, not %', owner_kind
            USING ERRCODE = 'check_violation', CONSTRAINT = 'chk_knowledge_needs_owner_kind',
                  TABLE = 'knowledge_needs';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_knowledge_needs_check_owner
        BEFORE INSERT OR UPDATE OF organization_id ON knowledge_needs
        FOR EACH ROW EXECUTE FUNCTION knowledge_needs_check_owner()`);

    // ---------------------------------------------------------------- competence profiles
    await queryRunner.query(`
      CREATE TABLE competence_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL CONSTRAINT fk_competence_profiles_organization REFERENCES organizations(id),
        title varchar(200) NOT NULL CONSTRAINT chk_competence_profiles_title CHECK (length(btrim(title)) >= 1),
        description text NOT NULL DEFAULT ''
          CONSTRAINT chk_competence_profiles_description CHECK (length(description) <= 10000),
        language text NOT NULL
          CONSTRAINT chk_competence_profiles_language CHECK (language IN (${list(LANGUAGES)})),
        keywords text[] NOT NULL DEFAULT '{}'
          CONSTRAINT chk_competence_profiles_keywords CHECK (cardinality(keywords) <= 50),
        methods text[] NOT NULL DEFAULT '{}'
          CONSTRAINT chk_competence_profiles_methods CHECK (cardinality(methods) <= 50),
        themes text[] NOT NULL DEFAULT '{}'
          CONSTRAINT chk_competence_profiles_themes CHECK (themes <@ ARRAY[${list(THEMES)}]::text[]),
        capacity integer NOT NULL DEFAULT 1 CONSTRAINT chk_competence_profiles_capacity CHECK (capacity >= 0),
        county_numbers text[] NOT NULL DEFAULT '{}',
        international_partners text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'ACTIVE'
          CONSTRAINT chk_competence_profiles_status CHECK (status IN (${list(PROFILE_STATUSES)})),
        search_vector tsvector,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_search ON competence_profiles USING gin (search_vector)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_themes ON competence_profiles USING gin (themes)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_counties ON competence_profiles USING gin (county_numbers)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_status ON competence_profiles (status)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_organization ON competence_profiles (organization_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_competence_profiles_created ON competence_profiles (created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION competence_profiles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cfg regconfig := CASE WHEN NEW.language = 'en' THEN 'english'::regconfig ELSE 'norwegian'::regconfig END;
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector(cfg, coalesce(NEW.description, '')), 'B') ||
          setweight(to_tsvector(cfg, array_to_string(NEW.keywords, ' ')), 'B') ||
          setweight(to_tsvector(cfg, array_to_string(NEW.methods, ' ')), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_competence_profiles_search_vector
        BEFORE INSERT OR UPDATE OF title, description, keywords, methods, language ON competence_profiles
        FOR EACH ROW EXECUTE FUNCTION competence_profiles_search_vector()`);
    // Owner must be a research group; every served county must exist.
    await queryRunner.query(`
      CREATE FUNCTION competence_profiles_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owner_kind text;
        unknown_county text;
      BEGIN
        SELECT kind INTO owner_kind FROM organizations WHERE id = NEW.organization_id;
        IF owner_kind IS NOT NULL AND owner_kind <> 'RESEARCH_GROUP' THEN
          RAISE EXCEPTION 'the owner of a competence profile must be a research group, not %', owner_kind
            USING ERRCODE = 'check_violation', CONSTRAINT = 'chk_competence_profiles_owner_kind',
                  TABLE = 'competence_profiles';
        END IF;
        SELECT c INTO unknown_county FROM unnest(NEW.county_numbers) AS c
          WHERE NOT EXISTS (SELECT 1 FROM counties WHERE number = c) LIMIT 1;
        IF unknown_county IS NOT NULL THEN
          RAISE EXCEPTION 'unknown county number %', unknown_county
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_competence_profiles_county_numbers',
                  TABLE = 'competence_profiles';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_competence_profiles_check_references
        BEFORE INSERT OR UPDATE OF organization_id, county_numbers ON competence_profiles
        FOR EACH ROW EXECUTE FUNCTION competence_profiles_check_references()`);

    await queryRunner.query(`
      CREATE TABLE profile_references (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL
          CONSTRAINT fk_profile_references_profile REFERENCES competence_profiles(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT chk_profile_references_kind CHECK (kind IN (${list(REFERENCE_KINDS)})),
        title text NOT NULL CONSTRAINT chk_profile_references_title CHECK (length(btrim(title)) BETWEEN 1 AND 500),
        summary text CONSTRAINT chk_profile_references_summary CHECK (length(summary) <= 5000),
        year integer CONSTRAINT chk_profile_references_year CHECK (year BETWEEN 1900 AND 2100),
        url text CONSTRAINT chk_profile_references_url CHECK (url ~ '^https?://' AND length(url) <= 2000),
        position integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_profile_references_profile ON profile_references (profile_id, position)`,
    );

    // ---------------------------------------------------------------- contact persons (personal data)
    await queryRunner.query(`
      CREATE TABLE contact_persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL CONSTRAINT fk_contact_persons_organization REFERENCES organizations(id),
        knowledge_need_id uuid
          CONSTRAINT fk_contact_persons_knowledge_need REFERENCES knowledge_needs(id) ON DELETE CASCADE,
        competence_profile_id uuid
          CONSTRAINT fk_contact_persons_competence_profile REFERENCES competence_profiles(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT chk_contact_persons_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        email text NOT NULL CONSTRAINT chk_contact_persons_email
          CHECK (length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'),
        phone text CONSTRAINT chk_contact_persons_phone CHECK (length(phone) <= 40),
        role text CONSTRAINT chk_contact_persons_role CHECK (length(role) <= 200),
        gender text CONSTRAINT chk_contact_persons_gender CHECK (gender IS NULL OR gender IN (${list(GENDERS)})),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chk_contact_persons_single_parent
          CHECK (knowledge_need_id IS NULL OR competence_profile_id IS NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_contact_persons_organization ON contact_persons (organization_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_contact_persons_need_email ON contact_persons (knowledge_need_id, lower(email))
         WHERE knowledge_need_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_contact_persons_profile_email ON contact_persons (competence_profile_id, lower(email))
         WHERE competence_profile_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS contact_persons`);
    await queryRunner.query(`DROP TABLE IF EXISTS profile_references`);
    await queryRunner.query(`DROP TABLE IF EXISTS competence_profiles`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS competence_profiles_check_references()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS competence_profiles_search_vector()`);
    await queryRunner.query(`DROP TABLE IF EXISTS knowledge_needs`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS knowledge_needs_check_owner()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS knowledge_needs_search_vector()`);
    await queryRunner.query(`DROP TABLE IF EXISTS mobilization_arena_counties`);
    await queryRunner.query(`DROP TABLE IF EXISTS mobilization_arenas`);
    await queryRunner.query(`DROP TABLE IF EXISTS organizations`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS organizations_derive_county()`);
    await queryRunner.query(`DROP TABLE IF EXISTS research_institutions`);
    await queryRunner.query(`DROP TABLE IF EXISTS municipalities`);
    await queryRunner.query(`DROP TABLE IF EXISTS counties`);
  }
}
