import { expect, test } from '@playwright/test';
import { expectAccessible, ready } from './helpers';

// The demo accounts of README; each test uses its own so lockouts do not collide.
const PASSWORD = 'demo-adgang-2026';

test('a member of staff signs in, sees who they are and signs out', async ({ page }, info) => {
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff\/login$/);
  await expectAccessible(page, info);
  await ready(page, info);
  await page.getByLabel('E-mail').fill('jobcenter@frederikshavn.demo.dk');
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText('Jens Jobcenter (kollega, Frederikshavn Kommune)')).toBeVisible();
  await expectAccessible(page, info);

  await ready(page, info);
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/staff\/login$/);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff\/login$/);
});

test('a wrong password says so and keeps the email', async ({ page }, info) => {
  await page.goto('/staff/login');
  await ready(page, info);
  await page.getByLabel('E-mail').fill('kontakt@hjoerring.demo.dk');
  await page.getByLabel('Adgangskode').fill('not the password');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('alert')).toHaveText('Forkert e-mail eller adgangskode.');
  await expect(page.getByLabel('E-mail')).toHaveValue('kontakt@hjoerring.demo.dk');
  await expectAccessible(page, info);
});

test('asking for a reset link answers the same for any address', async ({ page }, info) => {
  await page.goto('/staff/login');
  await ready(page, info);
  await page.getByRole('link', { name: 'Glemt adgangskoden?' }).click();
  await expect(page).toHaveURL(/\/staff\/reset$/);
  await expectAccessible(page, info);
  await ready(page, info);
  await page.getByLabel('E-mail').fill('nobody@example.dk');
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(page.getByRole('status')).toContainText('Hvis adressen hører til en medarbejderkonto');
});
