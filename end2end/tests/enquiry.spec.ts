import { expect, test } from '@playwright/test';
import { expectAccessible, hasJs, ready } from './helpers';

test('a requester writes to the municipality and follows the enquiry by its link', async ({ page }, info) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Skriv til kommunen' }).first().click();
  await expect(page).toHaveURL(/\/enquiry$/);
  await expectAccessible(page, info);
  await ready(page, info);

  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Aalborg Kommune' });
  await page.getByLabel('Emne').selectOption({ label: 'Rekruttering via jobcentret' });
  await page.getByLabel('Dit spørgsmål').fill('Kan vi få en medarbejder i flexjob?');
  await page.getByLabel('Navn').fill('Lars Lund');
  await page.getByLabel('E-mail').fill('lars-not-an-email');
  await page.getByLabel('CVR-nummer').fill('12345678');
  if (hasJs(info)) {
    // Instant feedback from the same rules when a value changes (here: on leaving it).
    await expect(page.locator('#email-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
    await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-describedby', 'email-help email-error');
  }
  await page.getByRole('button', { name: 'Send' }).click();

  // Errors by the fields; nothing typed is lost.
  await expect(page.locator('#email-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
  await expect(page.locator('#cvr-error')).toContainText('CVR-nummeret er ikke gyldigt');
  await expect(page.locator('#consent-error')).toHaveText('Sæt kryds for at sende.');
  await expect(page.getByLabel('Dit spørgsmål')).toHaveValue('Kan vi få en medarbejder i flexjob?');
  await expect(page.getByLabel('Kommune', { exact: true })).toHaveValue('aalborg');
  await expectAccessible(page, info);

  await ready(page, info);
  await page.getByLabel('E-mail').fill('lars@example.dk');
  await page.getByLabel('CVR-nummer').fill('');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page).toHaveURL(/\/enquiry\/status\/[A-Za-z0-9_-]{43}\?new=1$/);
  await expect(page.getByRole('status')).toContainText('Tak! Vi har modtaget din henvendelse');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/HV-\d{4}-\d{5}/);
  await expect(page.locator('.enquiry-status')).toHaveText('Modtaget');
  await expect(page.locator('.enquiry-due')).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  await expectAccessible(page, info);

  // The link works on its own, without the confirmation banner.
  const link = page.url().replace('?new=1', '');
  await page.goto(link);
  await expect(page.locator('.enquiry-status')).toHaveText('Modtaget');
  await expect(page.getByText('Ingen svar endnu.')).toBeVisible();
});

test('the privacy notice is one click from the form', async ({ page }, info) => {
  await page.goto('/enquiry');
  await page.getByRole('link', { name: 'Sådan behandler vi dine oplysninger' }).first().click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sådan behandler vi dine oplysninger');
  await expectAccessible(page, info);
});
