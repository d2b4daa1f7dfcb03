import { APP_CONFIG, AppConfig } from '@brobygger/config';
import { startTestApp, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, TestApp } from '../support/graphql';

export const ADMIN_EMAIL = TEST_ADMIN_EMAIL;
export const ADMIN_PASSWORD = TEST_ADMIN_PASSWORD;

/** The standard e2e app, plus its validated configuration. */
export async function startAuthTestApp(): Promise<TestApp & { config: AppConfig }> {
  const app = await startTestApp();
  return { ...app, config: app.app.get<AppConfig>(APP_CONFIG) };
}
