import { AbstractLogger, DataSource, EntityManager, LogLevel, LogMessage } from 'typeorm';
import {
  CompetenceProfileRepository,
  createDataSource,
  KnowledgeNeedRepository,
  reindexSearch,
} from '@brobygger/persistence';
import { createMunicipalityOrganization, createResearchGroup } from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

/** Search with the engine's normalisation (search-index.ts), through the repositories' writes and lists. */
describe('full-text search of needs and profiles', () => {
  let ds: DataSource;
  let needs: KnowledgeNeedRepository;
  let profiles: CompetenceProfileRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    needs = new KnowledgeNeedRepository(ds);
    profiles = new CompetenceProfileRepository(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  /** A municipality with needs of its own, so each test searches only its own rows. */
  async function municipalityWith(
    ...items: Array<{ title: string; description?: string; language?: 'nb' | 'nn' | 'en' }>
  ): Promise<{ organizationId: string; ids: string[] }> {
    const organizationId = (await createMunicipalityOrganization(ds)).id;
    const ids: string[] = [];
    for (const item of items) ids.push((await needs.create({ organizationId, ...item })).id);
    return { organizationId, ids };
  }

  async function found(organizationId: string, text: string): Promise<string[]> {
    return (await needs.list({ organizationId, text }, { first: 100 })).nodes.map((n) => n.id);
  }

  it('finds the same needs for heimetenesta and hjemmetjenesten (nynorsk ↔ bokmål)', async () => {
    const { organizationId, ids } = await municipalityWith(
      { title: 'Korleis kan heimetenesta nytte sensorar?', language: 'nn' },
      { title: 'Digital oppfølging i hjemmetjenesten', language: 'nb' },
      { title: 'Trygg skolevei', language: 'nb' },
    );
    const [nynorsk, bokmaal] = ids;
    expect((await found(organizationId, 'heimetenesta')).sort()).toEqual([nynorsk, bokmaal].sort());
    expect((await found(organizationId, 'hjemmetjenesten')).sort()).toEqual(
      [nynorsk, bokmaal].sort(),
    );
  });

  it('finds "Rekruttere og beholde sykepleiere" for sykepleier (plural and definite endings)', async () => {
    const { organizationId, ids } = await municipalityWith(
      { title: 'Rekruttere og beholde sykepleiere' },
      { title: 'Sjukepleiaren i kvar kommune', language: 'nn' },
      { title: 'Overvann i sentrum' },
    );
    expect((await found(organizationId, 'sykepleier')).sort()).toEqual([ids[0], ids[1]].sort());
    expect((await found(organizationId, 'sykepleierne')).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it('finds Norwegian needs and profiles for an English query through the glossary', async () => {
    const { organizationId, ids } = await municipalityWith(
      {
        title: 'Rekruttere og beholde sykepleiere i hjemmetjenesten',
        description: 'Omsorgen for hjemmeboende eldre trenger flere fagfolk.',
      },
      { title: 'Sykepleiere på sykehjem', description: 'Turnus og heltid.' },
      { title: 'Home care nurses in rural areas', language: 'en' },
    );
    expect((await found(organizationId, 'home care nurses')).sort()).toEqual(
      [ids[0], ids[2]].sort(),
    );
    // the other way: a Norwegian query finds the English need
    expect(await found(organizationId, 'sykepleier omsorg')).toContain(ids[2]);

    const group = await createResearchGroup(ds);
    const profile = await profiles.create({
      organizationId: group.id,
      title: 'Sykepleie i kommunale helse- og omsorgstjenester',
      keywords: ['hjemmetjenester', 'sykepleiere'],
    });
    const hits = await profiles.list(
      { organizationId: group.id, text: 'home care nurses' },
      { first: 10 },
    );
    expect(hits.nodes.map((p) => p.id)).toEqual([profile.id]);
  });

  it('ranks a title match above a description match and combines text with the other filters', async () => {
    const { organizationId, ids } = await municipalityWith(
      { title: 'Energibruk i skolebygg', description: 'Vi vil måle inneklima i eldreomsorgen.' },
      { title: 'Eldreomsorg i distriktet', description: 'Bemanning og kompetanse.' },
    );
    const [inDescription, inTitle] = ids;
    expect(await found(organizationId, 'eldreomsorg')).toEqual([inTitle, inDescription]);
    const other = await municipalityWith({ title: 'Eldreomsorg i byen' });
    expect(await found(other.organizationId, 'eldreomsorg')).toEqual(other.ids);
    expect(await found(organizationId, 'eldreomsorg skolebygg')).toEqual([inDescription]);
    expect(await found(organizationId, 'og i')).toEqual([]);
  });

  it('re-indexes a need when its title, description or language change', async () => {
    const { organizationId, ids } = await municipalityWith({
      title: 'Flomvern langs elva',
      description: 'Kartlegging av overvann.',
    });
    let need = await needs.getById(ids[0]);
    need = await needs.update({ id: need.id, version: need.version, title: 'Skredfare i bygda' });
    expect(await found(organizationId, 'flomvern')).toEqual([]);
    expect(await found(organizationId, 'skredfare')).toEqual([need.id]);
    expect(await found(organizationId, 'overvann')).toEqual([need.id]);
    need = await needs.update({
      id: need.id,
      version: need.version,
      description: 'Risikoanalyse.',
    });
    expect(await found(organizationId, 'overvann')).toEqual([]);
    expect(await found(organizationId, 'skredfare')).toEqual([need.id]);
  });

  it('re-indexes a profile when its keywords change, keeping its title searchable', async () => {
    const group = await createResearchGroup(ds);
    let profile = await profiles.create({
      organizationId: group.id,
      title: 'Kystsamfunn i endring',
      keywords: ['havbruk'],
    });
    const ids = async (text: string) =>
      (await profiles.list({ organizationId: group.id, text }, { first: 10 })).nodes.map(
        (p) => p.id,
      );
    expect(await ids('havbruket')).toEqual([profile.id]);
    profile = await profiles.update({
      id: profile.id,
      version: profile.version,
      keywords: ['fiskeri'],
    });
    expect(await ids('havbruk')).toEqual([]);
    expect(await ids('fiskeriene')).toEqual([profile.id]);
    expect(await ids('kystsamfunn')).toEqual([profile.id]);
  });

  it('reindexSearch rebuilds rows indexed by another normaliser or written without a vector', async () => {
    const { organizationId, ids } = await municipalityWith({ title: 'Heimetenesta i distriktet' });
    const [raw] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO knowledge_needs (organization_id, title, language) VALUES ($1, 'Hjemmetjenesten i byen', 'nb')
       RETURNING id`,
      [organizationId],
    );
    await ds.query(
      `UPDATE knowledge_needs SET search_vector = NULL, search_normaliser = 'old' WHERE id = $1`,
      [ids[0]],
    );
    expect(await found(organizationId, 'hjemmetjenesten')).toEqual([]);
    const rebuilt = await reindexSearch(ds);
    expect(rebuilt.needs).toBeGreaterThanOrEqual(2);
    expect((await found(organizationId, 'hjemmetjenesten')).sort()).toEqual(
      [ids[0], raw.id].sort(),
    );
    expect(await reindexSearch(ds)).toEqual({ needs: 0, profiles: 0 });
  });

  it('uses the GIN index for a selective query on a large table (EXPLAIN: Bitmap Index Scan)', async () => {
    class CapturingLogger extends AbstractLogger {
      statements: Array<{ query: string; parameters: unknown[] }> = [];
      protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
      override logQuery(query: string, parameters?: unknown[]): void {
        this.statements.push({ query, parameters: parameters ?? [] });
      }
    }
    const logger = new CapturingLogger();
    const captured = createDataSource(process.env.DATABASE_URL!, {
      extra: { max: 1 },
      logger,
      logging: ['query'],
    });
    await captured.initialize();
    const organizationId = (await createMunicipalityOrganization(ds)).id;
    const rollback = new Error('rollback');
    try {
      await captured.transaction(async (tx: EntityManager) => {
        // 1,000 needs indexed by the engine, one in 40 about the home care service, then copied with their
        // vectors to 30,000 rows. Rolled back afterwards.
        await tx.query(
          `INSERT INTO knowledge_needs (organization_id, title, description, language)
           SELECT $1, CASE WHEN i % 40 = 0 THEN 'Hjemmetjenesten' ELSE 'Skolevei' END || ' tema' || chr(97 + i % 26)
                      || chr(97 + (i / 26) % 26), 'Kommunen ønsker kunnskap og samarbeid.', 'nb'
             FROM generate_series(1, 1000) AS i`,
          [organizationId],
        );
        expect((await reindexSearch(tx)).needs).toBeGreaterThanOrEqual(1000);
        await tx.query(
          `INSERT INTO knowledge_needs (organization_id, title, description, language, search_vector, search_normaliser)
           SELECT organization_id, title, description, language, search_vector, search_normaliser
             FROM knowledge_needs, generate_series(1, 29) WHERE organization_id = $1`,
          [organizationId],
        );
        await tx.query('ANALYZE knowledge_needs');
        logger.statements = [];
        const page = await new KnowledgeNeedRepository(tx).list(
          { text: 'heimetenesta' },
          { first: 20 },
        );
        expect(page.totalCount).toBeGreaterThanOrEqual(750);
        const statement = logger.statements.find((s) => s.query.includes('sort_key'))!;
        const plan = (
          await tx.query<Array<{ 'QUERY PLAN': string }>>(
            `EXPLAIN ${statement.query}`,
            statement.parameters,
          )
        )
          .map((r) => r['QUERY PLAN'])
          .join('\n');
        expect(plan).toMatch(/Bitmap Index Scan on idx_knowledge_needs_search/);
        throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    } finally {
      await captured.destroy();
    }
  });
});
