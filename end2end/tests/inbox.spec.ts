import { expect, test } from '@playwright/test';
import { expectAccessible, hasJs, mailTo, ready, signIn } from './helpers';

test('requester writes, the contact routes to a colleague, the colleague replies, the requester sees it', async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  const question = `Kan vi ansætte i flexjob? (${info.project.name} ${Date.now()})`;
  await page.goto('/enquiry');
  await ready(page, info);
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederikshavn Kommune' });
  await page.getByLabel('Emne').selectOption({ label: 'Rekruttering via jobcentret' });
  await page.getByLabel('Dit spørgsmål').fill(question);
  await page.getByLabel('Navn').fill('Mette Madsen');
  await page.getByLabel('E-mail').fill(`mette.${info.project.name}@example.dk`);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(/\/enquiry\/status\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/HV-\d{4}-\d{5}/);
  const reference = (await page.getByRole('heading', { level: 1 }).innerText()).match(/HV-\d{4}-\d{5}/)![0];
  const statusUrl = page.url().replace('?new=1', '');

  const contact = await signIn(browser, info, 'kontakt@frederikshavn.demo.dk');
  await contact.goto('/staff/inbox');
  await expectAccessible(contact, info);
  await contact.getByRole('link', { name: reference }).click();
  await expect(contact.getByText(question)).toBeVisible();
  await expectAccessible(contact, info);
  await ready(contact, info);
  await contact.getByLabel('Ansvarlig').selectOption({ label: 'Jens Jobcenter' });
  await contact.getByRole('button', { name: 'Send videre' }).click();
  await expect(contact.locator('.timeline')).toContainText('Sendt videre til');

  const colleague = await signIn(browser, info, 'jobcenter@frederikshavn.demo.dk');
  await colleague.goto('/staff/inbox');
  await colleague.getByRole('link', { name: reference }).click();
  await ready(colleague, info);
  // Spaces only pass the browser's `required`; the server's message shows by the reply box.
  await colleague.getByLabel('Svar (sendes på e-mail').fill('   ');
  await colleague.getByRole('button', { name: 'Send svar' }).click();
  await expect(colleague.locator('#reply-body-error')).toHaveText('Udfyld feltet.');
  await expect(colleague.locator('#reply-body')).toHaveAttribute('aria-invalid', 'true');
  await ready(colleague, info);
  const answer = 'Ja. Ring til jobcentrets virksomhedskonsulent, så finder vi en kandidat.';
  await colleague.getByLabel('Svar (sendes på e-mail').fill(answer);
  await colleague.getByRole('button', { name: 'Send svar' }).click();
  await expect(colleague.locator('.timeline')).toContainText('Svar sendt');
  // Sent once: the box is empty again, so pressing again cannot send it twice.
  await expect(colleague.locator('#reply-body')).toHaveValue('');
  if (hasJs(info)) await expect(colleague.getByText('Svaret er sendt til borgeren.')).toBeVisible();

  await page.goto(statusUrl);
  await expect(page.locator('.enquiry-status')).toHaveText('Besvaret');
  await expect(page.locator('.reply-body')).toHaveText(answer);
  const mail = await mailTo(`mette.${info.project.name}@example.dk`, answer);
  expect(mail).toContain(reference);
  await colleague.context().close();
  await contact.context().close();
});
