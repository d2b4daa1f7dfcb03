import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Auth issue: users and their memberships (roles), refresh tokens (hashed, rotating in families), invitations
 * (hashed one-time tokens), failed-login counters and the audit log of mutations.
 */
export class Identity1764300200000 implements MigrationInterface {
  name = 'Identity1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT users_email_key UNIQUE CHECK (email = lower(btrim(email)) AND email <> ''),
        name text NOT NULL,
        password_hash text NULL,
        identity_provider text NOT NULL DEFAULT 'password' CHECK (identity_provider IN ('password','oidc')),
        external_subject text NULL,
        disabled boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX users_external_identity_key ON users (identity_provider, external_subject)
        WHERE external_subject IS NOT NULL`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ADMIN','BROKER','MUNICIPALITY_MEMBER','RESEARCHER')),
        arena_id uuid NULL REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        organization_id uuid NULL REFERENCES organizations(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_scope_check CHECK (
          (role = 'ADMIN' AND arena_id IS NULL AND organization_id IS NULL) OR
          (role = 'BROKER' AND arena_id IS NOT NULL AND organization_id IS NULL) OR
          (role IN ('MUNICIPALITY_MEMBER','RESEARCHER') AND organization_id IS NOT NULL AND arena_id IS NULL)
        ),
        CONSTRAINT memberships_unique UNIQUE NULLS NOT DISTINCT (user_id, role, arena_id, organization_id)
      )`);
    await q.query(`CREATE INDEX memberships_user_id_idx ON memberships (user_id)`);
    await q.query(`CREATE INDEX memberships_organization_id_idx ON memberships (organization_id)`);
    await q.query(`CREATE INDEX memberships_arena_id_idx ON memberships (arena_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT refresh_tokens_token_hash_key UNIQUE,
        family_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        replaced_by uuid NULL REFERENCES refresh_tokens(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL CONSTRAINT invitations_token_hash_key UNIQUE,
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email <> ''),
        name text NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','BROKER','MUNICIPALITY_MEMBER','RESEARCHER')),
        arena_id uuid NULL REFERENCES mobilization_arenas(id) ON DELETE CASCADE,
        organization_id uuid NULL REFERENCES organizations(id) ON DELETE CASCADE,
        invited_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_scope_check CHECK (
          (role = 'ADMIN' AND arena_id IS NULL AND organization_id IS NULL) OR
          (role = 'BROKER' AND arena_id IS NOT NULL AND organization_id IS NULL) OR
          (role IN ('MUNICIPALITY_MEMBER','RESEARCHER') AND organization_id IS NOT NULL AND arena_id IS NULL)
        )
      )`);
    await q.query(`CREATE INDEX invitations_email_idx ON invitations (email)`);

    await q.query(`
      CREATE TABLE login_throttles (
        key text PRIMARY KEY,
        failures int NOT NULL DEFAULT 0 CHECK (failures >= 0),
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz NULL
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        user_email text NULL,
        operation text NOT NULL,
        target_type text NULL,
        target_id text NULL,
        outcome text NOT NULL CHECK (outcome IN ('SUCCESS','DENIED','FAILED')),
        error_code text NULL,
        client_address text NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at, id)`);
    await q.query(`CREATE INDEX audit_log_user_id_idx ON audit_log (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_log`);
    await q.query(`DROP TABLE IF EXISTS login_throttles`);
    await q.query(`DROP TABLE IF EXISTS invitations`);
    await q.query(`DROP TABLE IF EXISTS refresh_tokens`);
    await q.query(`DROP TABLE IF EXISTS memberships`);
    await q.query(`DROP TABLE IF EXISTS users`);
  }
}
