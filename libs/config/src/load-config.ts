import { AppConfig, configObject, configSchema, SECRET_CONFIG_KEYS } from './config.schema';

export class ConfigValidationError extends Error {
  constructor(public readonly problems: ReadonlyArray<{ variable: string; message: string }>) {
    super(
      `Invalid configuration: ${problems.length} problem(s) in environment variables\n` +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * Validates the environment against the one schema and returns a typed, frozen configuration.
 * Empty strings count as "not set" so that `FOO=` in a .env file falls back to the default.
 * Throws ConfigValidationError naming every bad or missing variable.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env,
): AppConfig {
  const input: Record<string, string> = {};
  for (const key of Object.keys(configObject.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      variable: issue.path.join('.') || '(root)',
      message:
        issue.code === 'invalid_type' && input[String(issue.path[0])] === undefined
          ? 'is required'
          : issue.message,
    }));
    throw new ConfigValidationError(problems);
  }
  return Object.freeze(result.data);
}

/** A copy of the configuration that is safe to log: secrets and passwords in URLs are masked. */
export function redactConfig(config: AppConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (SECRET_CONFIG_KEYS.includes(key) && typeof value === 'string') {
      out[key] = maskUrlPassword(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function maskUrlPassword(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '***';
  }
}
