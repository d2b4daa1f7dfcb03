import { DataSource } from 'typeorm';
import {
  createDatabaseIfMissing,
  createDataSource,
  dropDatabase,
  GENDERS,
  INSTITUTION_TYPES,
  LANGUAGES,
  NEED_STATUSES,
  ORGANIZATION_KINDS,
  PROFILE_STATUSES,
  PROJECT_TYPES,
  REFERENCE_KINDS,
  RESEARCH_AREAS,
  RESEARCH_EXPERIENCE,
  SIZE_CLASSES,
  THEMES,
} from '@brobygger/persistence';
import { openTestDataSource } from '../setup/test-data-source';

describe('database schema', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it.each([
    ['chk_organizations_kind', ORGANIZATION_KINDS],
    ['chk_organizations_research_experience', RESEARCH_EXPERIENCE],
    ['chk_research_institutions_type', INSTITUTION_TYPES],
    ['chk_municipalities_size_class', SIZE_CLASSES],
    ['chk_knowledge_needs_language', LANGUAGES],
    ['chk_knowledge_needs_themes', THEMES],
    ['chk_knowledge_needs_research_area', RESEARCH_AREAS],
    ['chk_knowledge_needs_project_type', PROJECT_TYPES],
    ['chk_knowledge_needs_status', NEED_STATUSES],
    ['chk_competence_profiles_themes', THEMES],
    ['chk_competence_profiles_status', PROFILE_STATUSES],
    ['chk_profile_references_kind', REFERENCE_KINDS],
    ['chk_contact_persons_gender', GENDERS],
  ] as Array<[string, readonly string[]]>)(
    'CHECK %s allows exactly the values of the code',
    async (name, values) => {
      const [{ def }] = await ds.query<Array<{ def: string }>>(
        'SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1',
        [name],
      );
      const quoted = [...def.matchAll(/'([A-Za-z_]+)'/g)].map((m) => m[1]);
      expect(new Set(quoted)).toEqual(new Set(values));
    },
  );

  it('has the GIN indexes for full-text search and themes', async () => {
    const rows = await ds.query<Array<{ indexname: string }>>(
      `SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gin%' ORDER BY indexname`,
    );
    expect(rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining([
        'idx_knowledge_needs_search',
        'idx_knowledge_needs_themes',
        'idx_competence_profiles_search',
        'idx_competence_profiles_themes',
      ]),
    );
  });

  it('migrates down and up again on an empty database', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${url.pathname.slice(1)}_updown`;
    await createDatabaseIfMissing(url.toString());
    const scratch = createDataSource(url.toString(), { extra: { max: 1 } });
    await scratch.initialize();
    try {
      expect((await scratch.runMigrations()).length).toBeGreaterThan(0);
      const applied = async () =>
        Number((await scratch.query(`SELECT count(*) AS n FROM migrations`))[0].n);
      while ((await applied()) > 0) await scratch.undoLastMigration();
      const tables = await scratch.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      await scratch.runMigrations();
      expect(await scratch.showMigrations()).toBe(false);
    } finally {
      await scratch.destroy();
      await dropDatabase(url.toString());
    }
  });
});
