export {
  configSchema,
  configObject,
  DEFAULT_DATABASE_URL,
  DEFAULT_REDIS_URL,
  DEFAULT_JWT_SECRET,
  SECRET_CONFIG_KEYS,
} from './config.schema';
export type { AppConfig } from './config.schema';
export { loadConfig, redactConfig, ConfigValidationError } from './load-config';
export { ConfigModule, APP_CONFIG } from './config.module';
