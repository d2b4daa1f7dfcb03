import { z } from 'zod/v4';

/**
 * The one configuration schema of Brobygger, read from environment variables.
 *
 * Keys are the environment variable names, so that a new setting is one line here (plus one line in
 * `.env.example`). Features add their settings to this object; nothing else needs to change.
 * Mark secrets in SECRET_CONFIG_KEYS below so that they are masked when the configuration is logged.
 */

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const integerFromEnv = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const urlWithProtocol = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/brobygger';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** Development-only JWT secret; the configuration refuses it in production. */
export const DEFAULT_JWT_SECRET = 'brobygger-development-jwt-secret-do-not-use-in-production';

export const configObject = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']).default(DEFAULT_DATABASE_URL),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']).default(DEFAULT_REDIS_URL),
  PORT: integerFromEnv(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key prefix of every BullMQ queue (tests use a per-run prefix). */
  BULL_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -')
    .default('brobygger'),
  /** GraphQL introspection; defaults to on outside production. */
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  /** Wait this long after a change before re-running matching for an arena. */
  MATCH_RERUN_DEBOUNCE_MS: integerFromEnv(0, 3_600_000).default(5000),
  /** Parallel jobs per worker process. */
  WORKER_CONCURRENCY: integerFromEnv(1, 64).default(2),
  /** A run with more needs than this is a BullMQ flow: its needs scored in shards on any worker (0 = every run). */
  SHARD_NEEDS_ABOVE: integerFromEnv(0, 10_000_000).default(5_000),
  /** Needs per shard of a flow run. */
  SHARD_SIZE: integerFromEnv(1, 10_000_000).default(2_500),
  /** Housekeeping: delete expired sessions, invitations and login counters this often (0 = never). */
  PURGE_EVERY_SECONDS: integerFromEnv(0, 31_536_000).default(86_400),
  /** Unaccepted invitations are deleted this many days after they expired. */
  INVITATION_RETENTION_DAYS: integerFromEnv(0, 3650).default(30),
  // --- queue tuning (read through queueTuningFromConfig in libs/queue) ---
  /** Deliveries of one match run before it is marked FAILED. */
  MATCH_JOB_ATTEMPTS: integerFromEnv(1, 20).default(5),
  /** First retry delay of a failed match-run job in ms (doubles with every retry, up to MATCH_JOB_BACKOFF_MAX_MS). */
  MATCH_JOB_BACKOFF_MS: integerFromEnv(0, 3_600_000).default(2000),
  /** Longest retry delay in ms: the defaults wait 2 + 4 + 8 + 16 s, enough to ride out a database restart. */
  MATCH_JOB_BACKOFF_MAX_MS: integerFromEnv(0, 3_600_000).default(30_000),
  /** How often the worker's reconciler looks for runs whose job is gone or failed (0 = never). */
  RECONCILE_EVERY_SECONDS: integerFromEnv(0, 86_400).default(60),
  /** A QUEUED or RUNNING run is only reconciled when it has not changed for this long. */
  RECONCILE_GRACE_SECONDS: integerFromEnv(0, 86_400).default(300),
  /** A job whose worker stops renewing its lock this long (ms) is stalled; must exceed the longest engine phase. */
  WORKER_LOCK_DURATION_MS: integerFromEnv(500, 3_600_000).default(60_000),
  /** How often (ms) workers look for stalled jobs. */
  WORKER_STALLED_INTERVAL_MS: integerFromEnv(200, 3_600_000).default(15_000),
  /** How often a job may stall (worker crash) before it fails. */
  WORKER_MAX_STALLED_COUNT: integerFromEnv(0, 100).default(2),
  /** Maximum connections in the PostgreSQL pool of one process. */
  DATABASE_POOL_SIZE: integerFromEnv(1, 200).default(10),
  // --- identity and the hardened edge (auth issue; see apps/api/src/auth) ---
  /** HMAC secret of access tokens; required in production, where the development default is refused. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEFAULT_JWT_SECRET),
  /** Lifetime of an access token in seconds. */
  JWT_ACCESS_TTL: integerFromEnv(10, 86_400).default(900),
  /** Lifetime of a refresh token in seconds. */
  REFRESH_TTL: integerFromEnv(60, 31_536_000).default(1_209_600),
  /** Lifetime of an invitation token in seconds. */
  INVITATION_TTL: integerFromEnv(60, 31_536_000).default(604_800),
  /** First start: an ADMIN user is created with these when no admin exists. */
  BOOTSTRAP_ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  BOOTSTRAP_ADMIN_NAME: z.string().default('Administrator'),
  /** Requests per RATE_LIMIT_TTL_SECONDS and client address (Redis-backed; 0 turns rate limiting off). */
  RATE_LIMIT_MAX: integerFromEnv(0, 1_000_000).default(600),
  RATE_LIMIT_TTL_SECONDS: integerFromEnv(1, 86_400).default(60),
  /** Key prefix of the rate limit counters in Redis (tests use a per-run prefix). */
  RATE_LIMIT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -')
    .default('brobygger:throttle'),
  /** Failed logins per account or address before logins are slowed down, and before they are refused. */
  LOGIN_SLOWDOWN_AFTER: integerFromEnv(1, 1000).default(5),
  LOGIN_LOCKOUT_AFTER: integerFromEnv(1, 10_000).default(10),
  /** How long (seconds) failures are counted and a lockout lasts. */
  LOGIN_LOCKOUT_SECONDS: integerFromEnv(1, 86_400).default(900),
  /** GraphQL limits: maximum selection depth and estimated complexity of one operation. */
  GRAPHQL_MAX_DEPTH: integerFromEnv(2, 100).default(12),
  GRAPHQL_MAX_COMPLEXITY: integerFromEnv(10, 1_000_000).default(5000),
  // --- notifications and e-mail (issue 9; see apps/api/src/notifications) ---
  /** SMTP server of outgoing e-mail, e.g. smtp://user:pass@mail.example.no:587; unset = write .eml files to MAIL_DIR. */
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:']).optional(),
  /** Sender of every e-mail. */
  MAIL_FROM: z
    .string()
    .min(3, 'must be an address such as Brobygger <noreply@example.no>')
    .default('Brobygger <noreply@brobygger.local>'),
  /** Where e-mails are written as .eml files when SMTP_URL is not set. */
  MAIL_DIR: z.string().min(1).default('logs/mail'),
  /** Address of the web app, for the links in e-mails. */
  PUBLIC_WEB_URL: urlWithProtocol(['http:', 'https:']).default('http://localhost:3000'),
  /** Deliveries of one e-mail before it is left for the next sweep. */
  MAIL_JOB_ATTEMPTS: integerFromEnv(1, 50).default(5),
  /** First retry delay of a failed e-mail in ms (doubles with every retry). */
  MAIL_JOB_BACKOFF_MS: integerFromEnv(0, 3_600_000).default(5000),
  /** How often (seconds) notifications and e-mails left behind are pushed and queued again (0 = never). */
  NOTIFICATION_SWEEP_SECONDS: integerFromEnv(0, 86_400).default(10),
  /** When the daily digest e-mail is sent (cron pattern, server time). */
  DIGEST_CRON: z.string().min(9, 'must be a cron pattern such as 0 7 * * *').default('0 7 * * *'),
  /** Members who have not answered a consortium invitation after this many days get one reminder (0 = never). */
  INVITATION_REMINDER_DAYS: integerFromEnv(0, 365).default(7),
  /** Maximum size of a request body (express/body-parser syntax). */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
    .default('1mb'),
});

/** Derived defaults that depend on other variables. */
export const configSchema = configObject
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEFAULT_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message:
          'must be set to a secret of your own in production (the development default is refused)',
      });
    }
    if (Boolean(config.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(config.BOOTSTRAP_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [config.BOOTSTRAP_ADMIN_EMAIL ? 'BOOTSTRAP_ADMIN_PASSWORD' : 'BOOTSTRAP_ADMIN_EMAIL'],
        message: 'BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together',
      });
    }
  })
  .transform((config) => ({
    ...config,
    GRAPHQL_INTROSPECTION: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production',
  }));

export type AppConfig = z.infer<typeof configSchema>;

/** Keys whose values must never be logged in clear text. */
export const SECRET_CONFIG_KEYS: ReadonlyArray<string> = [
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'BOOTSTRAP_ADMIN_PASSWORD',
  'SMTP_URL',
];
