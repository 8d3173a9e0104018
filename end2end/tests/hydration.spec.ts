import { expect, test } from '@playwright/test';
import { hasJs, ready, switchToEnglish } from './helpers';

// With JavaScript, the WASM bundle takes over: navigation and the language switch happen in
// place, through server functions, without loading a new document.
test('with JavaScript, searching and switching language keep the page', async ({ page }, info) => {
  test.skip(!hasJs(info), 'hydration needs JavaScript');
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) calls.push(new URL(r.url()).pathname);
  });
  await page.goto('/registry');
  await ready(page, info);
  await page.evaluate(() => ((window as any).__samePage = true));

  await page.getByLabel('Søg efter navn, by eller emne').fill('kaffebar');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.locator('.company-card h2')).toHaveText(['Limfjordens Kaffebar']);
  await switchToEnglish(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social-economy enterprises');

  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
  expect(calls).toContain('/api/registry/list_companies');
  expect(calls).toContain('/api/set_language');
});

test('pages hydrate without errors, and each loads only its own lazy code', async ({ page }, info) => {
  test.skip(!hasJs(info), 'hydration needs JavaScript');
  const errors: string[] = [];
  const wasm: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.replace('/pkg/', ''));
  });
  await page.goto('/registry');
  await ready(page, info);
  await page.getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(/page=2/);
  // The main bundle and the registry's own chunks, fetched once, not again on the next page.
  const registry = [...wasm];
  // Its name carries its content's hash (`hash-files`): kept by the browser for a year.
  expect(registry[0]).toMatch(/^socialokonomi\.[\w-]{22}\.wasm$/);
  expect(new Set(registry).size).toBe(registry.length);

  // The staff area's code was not among them: its page fetches chunks the registry did not.
  await page.goto('/staff/login');
  await ready(page, info);
  const staff = wasm.slice(registry.length);
  expect(staff.filter((f) => !registry.includes(f)).length).toBeGreaterThan(0);

  for (const path of ['/', '/assessment', '/staff/reset']) {
    await page.goto(path);
    await ready(page, info);
  }
  expect(errors).toEqual([]);
});
