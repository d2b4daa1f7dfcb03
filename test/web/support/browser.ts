import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { waitFor } from '../../queue/support/wait-for';

const ROOT = join(__dirname, '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'web');
export const WEB_BUILD = join(ROOT, 'dist', 'web', 'index.html');

/** Debian's Chromium (installed by .ci/run), headless; Playwright never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(WEB_BUILD))
    throw new Error(`the web app is not built (${WEB_BUILD}); run npm run build:web first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; apt-get install -y chromium`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules): the violations, summarised. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A screenshot of the whole page under test-results/web/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the locator's text contains `expected` (or equals it with `exact`), failing with the last text seen. */
export async function expectText(
  locator: Locator,
  expected: string,
  { exact = false, timeoutMs = 20_000 }: { exact?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  await waitFor(
    () => locator.first().textContent({ timeout: timeoutMs }).catch(() => null),
    (text) => text !== null && (exact ? text.trim() === expected : text.includes(expected)),
    { timeoutMs, what: `text ${JSON.stringify(expected)}` },
  );
}

/** Waits until the locator's attribute has the value. */
export async function expectAttribute(
  locator: Locator,
  name: string,
  value: string,
  timeoutMs = 20_000,
): Promise<void> {
  await waitFor(
    () => locator.first().getAttribute(name, { timeout: timeoutMs }).catch(() => null),
    (v) => v === value,
    { timeoutMs, what: `${name}=${JSON.stringify(value)}` },
  );
}

/** Waits until the (first) element is visible. */
export async function expectVisible(locator: Locator, timeoutMs = 20_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
}
