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

  await page.getByLabel('Søg efter navn, by eller emne').fill('kaffe');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.locator('.company-card h2')).toHaveText(['Limfjordens Kaffebar']);
  await switchToEnglish(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social-economy enterprises');

  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
  expect(calls).toContain('/api/registry/list_companies');
  expect(calls).toContain('/api/set_language');
});
