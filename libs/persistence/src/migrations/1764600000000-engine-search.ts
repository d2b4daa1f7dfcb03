import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search with the engine's normalisation: `search_vector` is no longer computed by a trigger with the
 * `norwegian`/`english` configurations but written by the repositories from the engine's lexemes, with the
 * normaliser's fingerprint in `search_normaliser`. Existing rows keep their old vectors until reindexSearch
 * rebuilds them (every row with a NULL fingerprint); `npm run migration:run` does that right after migrating.
 */
export class EngineSearch1764600000000 implements MigrationInterface {
  name = 'EngineSearch1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['knowledge_needs', 'competence_profiles']) {
      await q.query(`DROP TRIGGER trg_${table}_search_vector ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_search_vector()`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN search_normaliser text`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE knowledge_needs DROP COLUMN search_normaliser`);
    await q.query(`ALTER TABLE competence_profiles DROP COLUMN search_normaliser`);
    await q.query(`
      CREATE FUNCTION knowledge_needs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cfg regconfig := CASE WHEN NEW.language = 'en' THEN 'english'::regconfig ELSE 'norwegian'::regconfig END;
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector(cfg, coalesce(NEW.description, '')), 'B');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER trg_knowledge_needs_search_vector
        BEFORE INSERT OR UPDATE OF title, description, language ON knowledge_needs
        FOR EACH ROW EXECUTE FUNCTION knowledge_needs_search_vector()`);
    await q.query(`
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
    await q.query(`
      CREATE TRIGGER trg_competence_profiles_search_vector
        BEFORE INSERT OR UPDATE OF title, description, keywords, methods, language ON competence_profiles
        FOR EACH ROW EXECUTE FUNCTION competence_profiles_search_vector()`);
    await q.query(`UPDATE knowledge_needs SET title = title`);
    await q.query(`UPDATE competence_profiles SET title = title`);
  }
}
