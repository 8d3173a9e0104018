import { expect, test } from '@playwright/test';
import { expectAccessible, ready } from './helpers';

test('the home page is Danish by default and leads to the registry', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page).toHaveTitle(/Forside · Socialøkonomi i Nordjylland/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Én indgang til kommunen');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await expectAccessible(page, info);

  await ready(page, info);
  await page.getByRole('link', { name: 'Se virksomhederne' }).click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Socialøkonomiske virksomheder');
});

test('the skip link moves keyboard users to the content', async ({ page }, info) => {
  await page.goto('/');
  await ready(page, info);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(skip).toHaveAttribute('href', '#main');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('an unknown address answers 404 with a helpful page', async ({ page }, info) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await expectAccessible(page, info);
});

test('health and readiness probes answer 200', async ({ request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  const ready = await request.get('/readyz');
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});
