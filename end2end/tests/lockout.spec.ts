import { expect, test } from '@playwright/test';
import { emailedPasswordLink, expectAccessible, hasJs, ready } from './helpers';

// One account per project, used by no other spec: this one locks it and resets it.
const account = (js: boolean) => (js ? 'jobcenter@aalborg.demo.dk' : 'jobcenter@hjoerring.demo.dk');

test('five wrong passwords lock the account; a reset link by email opens it again', async ({ page }, info) => {
  test.setTimeout(90_000);
  const email = account(hasJs(info));
  const signIn = async (password: string) => {
    await page.goto('/staff/login');
    await ready(page, info);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
  };
  for (let i = 0; i < 4; i++) {
    await signIn('wrong password, sorry');
    await expect(page.getByRole('alert')).toHaveText('Forkert e-mail eller adgangskode.');
  }
  await signIn('wrong password, sorry');
  await expect(page.getByRole('alert')).toContainText('kontoen er låst i 15 minutter');
  await signIn('demo-adgang-2026');
  await expect(page.getByRole('alert')).toContainText('kontoen er låst', { timeout: 7_000 });
  await expectAccessible(page, info);

  await page.getByRole('link', { name: 'Glemt adgangskoden?' }).click();
  await expect(page).toHaveURL(/\/staff\/reset$/);
  await ready(page, info);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(page.getByRole('status')).toContainText('Hvis adressen hører til en medarbejderkonto');

  const link = await emailedPasswordLink(email);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vælg en ny adgangskode');
  await expectAccessible(page, info);
  await ready(page, info);
  const fresh = `a new sentence ${Date.now()}`;
  await page.getByLabel('Ny adgangskode').fill(fresh);
  await page.getByLabel('Gentag adgangskoden').fill(fresh);
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page).toHaveURL(/\/staff\/login\?reset=1$/);
  await expect(page.getByRole('status')).toContainText('Adgangskoden er skiftet');

  await signIn(fresh);
  await expect(page).toHaveURL(/\/staff$/);
  // The link worked once.
  await page.goto(link);
  await ready(page, info);
  await page.getByLabel('Ny adgangskode').fill(fresh + '!');
  await page.getByLabel('Gentag adgangskoden').fill(fresh + '!');
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page.getByText('Linket er brugt, udløbet eller forkert')).toBeVisible();
});
