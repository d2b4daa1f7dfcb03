import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import {
  ContactPersonRepository,
  createDataSource,
  KnowledgeNeedRepository,
  ReferenceDataRepository,
  reindexSearch,
} from '@brobygger/persistence';
import { createMunicipalityOrganization } from '../factories';
import { openTestDataSource } from '../setup/test-data-source';

/** Counts the SQL statements TypeORM sends. */
class CountingLogger extends AbstractLogger {
  statements: string[] = [];
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
  override logQuery(query: string): void {
    this.statements.push(query);
  }
}

describe('statements per repository call', () => {
  let setup: DataSource;
  let ds: DataSource;
  const logger = new CountingLogger();
  let organizationId: string;

  beforeAll(async () => {
    setup = await openTestDataSource();
    organizationId = (await createMunicipalityOrganization(setup, { municipalityNumber: '1804' }))
      .id;
    // 120 needs with one contact each, inserted in two statements.
    await setup.query(
      `INSERT INTO knowledge_needs (organization_id, title, language, status, created_at)
       SELECT $1, 'Telling ' || i, 'nb', 'OPEN', now() - i * interval '1 second' FROM generate_series(1, 120) AS i`,
      [organizationId],
    );
    await setup.query(
      `INSERT INTO contact_persons (organization_id, knowledge_need_id, name, email)
       SELECT $1, id, 'Kontakt ' || title, 'telling-' || id || '@example.no'
         FROM knowledge_needs WHERE organization_id = $1`,
      [organizationId],
    );
    await reindexSearch(setup); // the needs above were inserted without their search vectors
    ds = createDataSource(process.env.DATABASE_URL!, { logger, logging: ['query'] });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await setup.destroy();
  });

  it('a page of 100 needs costs three statements (ids, count, rows), independent of the page size', async () => {
    const repo = new KnowledgeNeedRepository(ds);
    logger.statements = [];
    const page = await repo.list({ organizationId }, { first: 100 });
    expect(page.nodes).toHaveLength(100);
    expect(page.totalCount).toBe(120);
    expect(logger.statements).toHaveLength(3);

    logger.statements = [];
    await repo.list({ organizationId, text: 'telling' }, { first: 100, after: null });
    expect(logger.statements).toHaveLength(3);
  });

  it('batch loads cost one statement for any number of keys', async () => {
    const page = await new KnowledgeNeedRepository(setup).list({ organizationId }, { first: 100 });
    const ids = page.nodes.map((n) => n.id);
    logger.statements = [];
    const contacts = await new ContactPersonRepository(ds).findByKnowledgeNeedIds(ids);
    expect(contacts.every((c) => c.length === 1)).toBe(true);
    expect(logger.statements).toHaveLength(1);

    logger.statements = [];
    await new KnowledgeNeedRepository(ds).findByIds(ids);
    await new ReferenceDataRepository(ds).municipalitiesByNumbers(['1804', '0301', '1151']);
    await new ReferenceDataRepository(ds).countiesByNumbers(['18', '03']);
    expect(logger.statements).toHaveLength(3);
  });
});
