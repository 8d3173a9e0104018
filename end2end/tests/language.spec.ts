import { expect, test } from '@playwright/test';
import { expectAccessible, switchToEnglish } from './helpers';

test('the language switch turns the site English and remembers it', async ({ page }, info) => {
  await page.goto('/registry?q=nordlys');
  await switchToEnglish(page, info);
  // Still on the same page, now in English.
  await expect(page).toHaveURL(/\/registry\?q=nordlys/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social-economy enterprises');
  await expect(page.getByRole('status')).toHaveText('Showing 1–1 of 1');
  await expect(page.locator('.company-card .summary')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, info);

  // Remembered on the next page load and on other pages.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Home · Social Economy in North Jutland/);

  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('link', { name: 'Forside' })).toBeVisible();
});

test('English pages fall back to Danish text marked as Danish', async ({ page }, info) => {
  // Demo companies with index 5, 16, 27 have no English description.
  await page.goto('/registry?q=strandby');
  await switchToEnglish(page, info);
  await expect(page.locator('.company-card .summary')).toHaveAttribute('lang', 'da');
});
