import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { emailedPasswordLink, expectAccessible, hasJs, ready } from './helpers';

const PASSWORD = 'demo-adgang-2026';

async function signIn(page: Page, info: TestInfo, email: string, password: string) {
  await page.goto('/staff/login');
  await ready(page, info);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

test('an admin invites a colleague, who chooses a password and signs in', async ({ page }, info) => {
  test.setTimeout(90_000);
  const project = hasJs(info) ? 'js' : 'nojs';
  const email = `sofie-${project}@aalborg.demo.dk`;
  await signIn(page, info, 'admin@demo.socialokonomi.dk', PASSWORD);
  await page.getByRole('link', { name: 'Medarbejderkonti' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medarbejderkonti');
  await expect(page.getByRole('cell', { name: 'Karen Kontakt' })).toBeVisible();
  await expectAccessible(page, info);

  // A mistyped email: the message by the field, the name kept.
  await ready(page, info);
  await page.getByLabel('Navn').fill(`Sofie ${project}`);
  await page.getByLabel('E-mail').fill('sofie@localhost');
  await page.getByLabel('Rolle').selectOption('contact');
  await page.getByLabel('Kommune').selectOption({ label: 'Aalborg Kommune' });
  await page.getByRole('button', { name: 'Opret og send invitation' }).click();
  await expect(page.locator('#email-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
  await expect(page.getByLabel('Navn')).toHaveValue(`Sofie ${project}`);
  await expectAccessible(page, info);

  await ready(page, info);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Rolle').selectOption('contact');
  await page.getByLabel('Kommune').selectOption({ label: 'Aalborg Kommune' });
  await page.getByRole('button', { name: 'Opret og send invitation' }).click();
  await expect(page.getByRole('status')).toHaveText('Medarbejderen er oprettet og har fået en invitation på e-mail.');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Inviteret, har ikke valgt adgangskode');

  // The audit log names who created whom.
  await page.goto('/staff/audit');
  await ready(page, info);
  await page.getByLabel('Søg i handling eller emne').fill('staff_user.create');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/q=staff_user.create/);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Anne Admin');
  await expectAccessible(page, info);

  // Sofie follows the invitation, chooses her password and signs in.
  const link = await emailedPasswordLink(email);
  await page.context().clearCookies();
  await page.goto(link);
  await ready(page, info);
  await page.getByLabel('Ny adgangskode').fill('sofies egen lange kode');
  await page.getByLabel('Gentag adgangskoden').fill('sofies egen lange kode');
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page).toHaveURL(/\/staff\/login\?reset=1$/);
  await signIn(page, info, email, 'sofies egen lange kode');
  await expect(page.getByText(`Sofie ${project} (kontaktperson, Aalborg Kommune)`)).toBeVisible();
});

test('an admin adds a municipality and the registry offers it', async ({ page }, info) => {
  const js = hasJs(info);
  const name = js ? 'Testrup Kommune' : 'Uden Script Kommune';
  await signIn(page, info, 'admin@demo.socialokonomi.dk', PASSWORD);
  await page.goto('/staff/municipalities');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');
  await expectAccessible(page, info);
  await ready(page, info);
  await page.getByLabel('Kommunekode').fill('95');
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Tilføj kommunen' }).click();
  await expect(page.locator('#code-error')).toHaveText('Skriv kommunens firecifrede kode, fx 0813.');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue(name);
  await ready(page, info);
  await page.getByLabel('Kommunekode').fill(js ? '0951' : '0952');
  await page.getByRole('button', { name: 'Tilføj kommunen' }).click();
  await expect(page.getByRole('status')).toHaveText('Ændringerne er gemt.');
  await expect(page.getByRole('row').filter({ hasText: js ? '0951' : '0952' })).toBeVisible();
  await page.goto('/registry');
  await expect(page.getByLabel('Kommune').locator('option', { hasText: name })).toHaveCount(1);
});

test('the inbox filters by topic and assignee and sorts', async ({ page }, info) => {
  await signIn(page, info, 'kontakt@frederikshavn.demo.dk', PASSWORD);
  await page.goto('/staff/inbox');
  await ready(page, info);
  await page.getByLabel('Emne').selectOption('funding');
  await page.getByLabel('Ansvarlig').selectOption('none');
  await page.getByLabel('Sortér efter').selectOption('newest');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/topic=funding/);
  await expect(page).toHaveURL(/assignee=none/);
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByLabel('Emne')).toHaveValue('funding');
  await expect(page.getByLabel('Sortér efter')).toHaveValue('newest');
  await expectAccessible(page, info);
});
