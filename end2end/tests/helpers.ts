import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Fails on serious or critical WCAG 2.1 A/AA violations, listing them.
 *
 * axe-core runs as a script, which a context without JavaScript cannot run. There the check
 * runs on the same URL in a context that runs scripts but blocks the app's own JS and WASM:
 * exactly the server-rendered page a visitor without JavaScript gets, cookies included.
 */
export async function expectAccessible(page: Page, info: TestInfo) {
  let target = page;
  if (!hasJs(info)) {
    const context = await page.context().browser()!.newContext({
      javaScriptEnabled: true,
      viewport: page.viewportSize(),
    });
    await context.addCookies(await page.context().cookies());
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    target = await context.newPage();
    await target.goto(page.url());
  }
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (target !== page) await target.context().close();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

export const hasJs = (info: TestInfo) => info.project.name === 'js';

/** What the browser reported blocked by the page's Content-Security-Policy, per page. */
const cspViolations = new WeakMap<Page, string[]>();

function watchCsp(page: Page): string[] {
  let seen = cspViolations.get(page);
  if (!seen) {
    const list: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) list.push(message.text());
    });
    cspViolations.set(page, list);
    seen = list;
  }
  return seen;
}

/**
 * With JavaScript, waits until the WASM bundle and the page's lazily loaded code have
 * hydrated the page, so clicks are handled by the app and not by the browser, and fails on
 * anything the page's Content-Security-Policy blocked on this page so far. Without
 * JavaScript there is nothing to wait for.
 */
export async function ready(page: Page, info: TestInfo) {
  if (!hasJs(info)) return;
  const violations = watchCsp(page);
  try {
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 15_000 });
    // The main bundle marks the page hydrated before a lazy route's own code has arrived
    // and taken over its part (a click there would find no handler yet): wait until the
    // page has fetched all it asked for.
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
  } catch (error) {
    // Say which of the app's files had not arrived, to tell a stalled chunk from a panic.
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/pkg/'))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return `${r.name.split('/').pop()} ${r.responseEnd > 0 ? Math.round(r.duration) + ' ms' : 'pending'}`;
        }),
    );
    throw new Error(`not hydrated after 15 s; app files: ${files.join(', ')}; blocked: ${violations.join(' | ')}`, { cause: error });
  }
  expect(violations, 'blocked by the Content-Security-Policy').toEqual([]);
}

/** Chooses English through the header switch, as a visitor would. */
export async function switchToEnglish(page: Page, info: TestInfo) {
  await ready(page, info);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Where the test server's mail transport writes each email as an `.eml` file. */
export const OUTBOX = path.join(__dirname, '..', '.data', 'outbox');

/** The newest email to `to` containing `containing`, once the server has sent it (every 5 s). */
export async function mailTo(to: string, containing: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        const files = fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).sort().reverse() : [];
        found =
          files
            .map((f) => fs.readFileSync(path.join(OUTBOX, f), 'utf8'))
            .find((m) => m.includes(`To: ${to}`) && m.includes(containing)) ?? '';
        return found !== '';
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found;
}

/** The password link (reset or invitation) in the newest such email to `to`. */
export async function emailedPasswordLink(to: string): Promise<string> {
  const mail = await mailTo(to, '/staff/reset/');
  const link = mail.match(/http:\/\/[^\s]+\/staff\/reset\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, `a password link in the email to ${to}`).toBeTruthy();
  return link!;
}

/** The private link to `path` (a 43-character token) in the newest email to `to` that has one and says `saying`. */
export async function emailedLink(to: string, path: string, saying = path): Promise<string> {
  const mail = await mailTo(to, saying);
  const link = mail.match(new RegExp(`http://[^\\s]+${path}[A-Za-z0-9_-]{43}`))?.[0];
  expect(link, `a link to ${path} in the email to ${to}`).toBeTruthy();
  return link!;
}

/** The demo staff accounts' password (README). */
export const PASSWORD = 'demo-adgang-2026';

/** A member of staff signed in, in a context of their own, on the staff home page. */
export async function signIn(browser: Browser, info: TestInfo, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: hasJs(info) });
  const page = await context.newPage();
  await page.goto('/staff/login');
  await ready(page, info);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}
