import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { emailedLink, expectAccessible, hasJs, ready, signIn } from './helpers';

// Each project's mentor and enterprise share a language no one else offers (German with
// JavaScript, English without), so each request's top suggestion is its own mentor.
const languageOf = (info: TestInfo) => (hasJs(info) ? { code: 'de', label: 'Tysk' } : { code: 'en', label: 'Engelsk' });

async function signUpMentor(page: Page, info: TestInfo, name: string, email: string) {
  await page.goto('/mentors');
  await ready(page, info);
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederikshavn Kommune' });
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Virksomhed eller organisation').fill('Vendsyssel Revision');
  await page.getByLabel('Din stilling').fill('Partner');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  for (const box of await page.locator('input[id^="expertise-"]').all()) await box.check();
  await page.locator('#sectors-culture_leisure').check();
  await page.locator('#languages-da').uncheck();
  await page.locator(`#languages-${languageOf(info).code}`).check();
  await page.getByLabel('Hvor mange virksomheder ad gangen?').fill('2');
  await page.getByLabel('Kort om dig').fill('Revisor for foreninger og socialøkonomiske virksomheder.');
  await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Tilmeld mig' }).click();
  await expect(page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();
  await page.goto(await emailedLink(email, '/mentors/confirm/'));
  await ready(page, info);
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.getByRole('heading', { name: 'Tak, din tilmelding er bekræftet' })).toBeVisible();
}

async function askForMentor(page: Page, info: TestInfo, company: string, email: string) {
  await page.goto('/mentors/ask');
  await ready(page, info);
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederikshavn Kommune' });
  await page.getByLabel('Dit navn').fill('Mette Madsen');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel(/^Virksomhedens navn/).fill(company);
  for (const box of await page.locator('input[id^="needs-"]').all()) await box.check();
  await page.getByLabel(/^Jeres branche/).selectOption({ label: 'Kultur og fritid' });
  await page.getByLabel('Foretrukket sprog').selectOption({ label: languageOf(info).label });
  await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Send ønsket' }).click();
  await expect(page.getByRole('heading', { name: 'Tak, kommunen har jeres ønske' })).toBeVisible();
}

/** A side agrees to confidentiality through its emailed link; the box must be ticked. */
async function agree(page: Page, info: TestInfo, email: string, after: string) {
  await page.goto(await emailedLink(email, '/mentorships/agree/'));
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aftale om tavshedspligt');
  await expect(page.getByText('Et budget for næste år')).toBeVisible();
  await expectAccessible(page, info);
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.locator('#agree-confirm-error')).toHaveText('Sæt kryds for at bekræfte.');
  await ready(page, info);
  await page.getByLabel('Jeg accepterer aftalen om tavshedspligt').check();
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.getByText(after)).toBeVisible();
}

/** A side evaluates through its emailed link; a rating is needed, the comment is kept. */
async function evaluate(page: Page, info: TestInfo, email: string, rating: string, comment: string) {
  await page.goto(await emailedLink(email, '/mentorships/evaluate/'));
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvordan gik mentorforløbet?');
  await expectAccessible(page, info);
  await page.getByLabel(/^Kommentar/).fill(comment);
  await page.getByRole('button', { name: 'Send evalueringen' }).click();
  await expect(page.locator('#rating-error')).toHaveText('Vælg en vurdering fra 1 til 5.');
  await expect(page.getByLabel(/^Kommentar/)).toHaveValue(comment);
  await ready(page, info);
  await page.locator(`#rating-${rating}`).check();
  await page.getByRole('button', { name: 'Send evalueringen' }).click();
  await expect(page.getByText('Tak for din evaluering.')).toBeVisible();
}

test('a mentorship from sign-up to both sides’ evaluations, counted in the overview', async ({ page, browser }, info) => {
  test.setTimeout(240_000);
  const project = info.project.name;
  const mentorName = `Ida Revisor ${project}`;
  const mentorEmail = `ida.${project}@revision.example.dk`;
  const company = `Kulturcaféen ${project}`;
  const askerEmail = `mette.${project}@kulturcafeen.example.dk`;

  await signUpMentor(page, info, mentorName, mentorEmail);
  const contact = await signIn(browser, info, 'kontakt@frederikshavn.demo.dk');
  await contact.goto('/staff/mentors');
  await ready(contact, info);
  await contact.locator('article', { has: contact.getByRole('heading', { name: mentorName }) })
    .getByRole('button', { name: 'Godkend' }).click();
  await expect(contact.getByText('Mentoren er godkendt og har fået sit link.')).toBeVisible();

  await askForMentor(page, info, company, askerEmail);

  // The contact opens the request: the top suggestion is preselected in the proposal.
  await contact.goto('/staff/mentors');
  await ready(contact, info);
  await contact.getByRole('row', { name: new RegExp(company) }).getByRole('link').click();
  await expect(contact.getByRole('heading', { level: 1 })).toHaveText('Ønske om mentor');
  await ready(contact, info);
  await expect(contact.locator('.suggestion').first()).toContainText(mentorName);
  await expect(contact.getByLabel('Mentor', { exact: true }).locator('option:checked')).toContainText(mentorName);
  await expectAccessible(contact, info);
  // No goals: the message by the field, the period kept.
  await contact.getByLabel(/^Til/).fill('2027-06-30');
  await contact.getByRole('button', { name: 'Foreslå forløbet' }).click();
  await expect(contact.locator('#goals-error')).toHaveText('Udfyld feltet.');
  await expect(contact.getByLabel(/^Til/)).toHaveValue('2027-06-30');
  await ready(contact, info);
  await contact.getByLabel('Mål for forløbet').fill('Et budget for næste år og en plan for fondsansøgninger.');
  await contact.getByRole('button', { name: 'Foreslå forløbet' }).click();
  await expect(contact.getByText('Forløbet er foreslået')).toBeVisible();
  await expect(contact.getByRole('heading', { level: 1 })).toHaveText('Mentorforløb');
  const mentorshipUrl = contact.url().replace(/\?.*$/, '');
  await ready(contact, info);
  await expectAccessible(contact, info);

  // Both sides agree to confidentiality; the second one starts it.
  await agree(page, info, mentorEmail, 'Forløbet går i gang, når den anden part også har bekræftet.');
  await agree(page, info, askerEmail, 'Begge har bekræftet: forløbet er i gang.');

  // The mentor logs a meeting through their private link (notes are needed).
  await page.goto(await emailedLink(mentorEmail, '/mentors/me/'));
  await ready(page, info);
  await expect(page.getByRole('heading', { name: new RegExp(`${company} · Aktivt`) })).toBeVisible();
  await page.getByLabel('Mødets dato').fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Registrér mødet' }).click();
  await expect(page.locator('[id$="-notes-error"]')).toHaveText('Udfyld feltet.');
  await ready(page, info);
  await page.getByLabel('Hvad blev der talt om?').fill('Fondsansøgningerne prioriteret.');
  await page.getByRole('button', { name: 'Registrér mødet' }).click();
  await expect(page.getByText('Mødet er registreret.')).toBeVisible();
  await expect(page.locator('.meeting').first()).toContainText('Fondsansøgningerne prioriteret.');
  await expectAccessible(page, info);

  // The contact logs a meeting (a date in the future is refused), then completes it.
  await contact.goto(mentorshipUrl);
  await ready(contact, info);
  await expect(contact.locator('.facts')).toContainText('Aktivt');
  await contact.getByLabel('Mødets dato').fill('2099-01-01');
  await contact.getByLabel('Hvad blev der talt om?').fill('Budgettet gennemgået linje for linje.');
  await contact.getByRole('button', { name: 'Registrér mødet' }).click();
  await expect(contact.locator('#met_on-error')).toHaveText('Datoen ligger i fremtiden. Registrér kun møder, der er holdt.');
  await expect(contact.getByLabel('Hvad blev der talt om?')).toHaveValue('Budgettet gennemgået linje for linje.');
  await ready(contact, info);
  await contact.getByLabel('Mødets dato').fill(new Date().toISOString().slice(0, 10));
  await contact.getByRole('button', { name: 'Registrér mødet' }).click();
  await expect(contact.getByText('Mødet er registreret.')).toBeVisible();
  await expect(contact.locator('.meeting').first()).toContainText('Budgettet gennemgået linje for linje.');
  await ready(contact, info);
  await expectAccessible(contact, info);
  await contact.getByRole('button', { name: 'Afslut og bed om evaluering' }).click();
  await expect(contact.locator('#complete-confirm-error')).toHaveText('Sæt kryds for at bekræfte.');
  await ready(contact, info);
  await contact.getByLabel('Ja, forløbet er slut: bed begge om en evaluering').check();
  await contact.getByRole('button', { name: 'Afslut og bed om evaluering' }).click();
  await expect(contact.getByText('Forløbet er afsluttet, og begge er bedt om en evaluering.')).toBeVisible();

  await evaluate(page, info, mentorEmail, '5', 'Et godt samarbejde.');
  await evaluate(page, info, askerEmail, '4', 'Vi har nu et budget.');

  // Staff see both evaluations; the overview lists the mentorship as completed and
  // counts it in this year's results.
  await contact.goto(mentorshipUrl);
  await ready(contact, info);
  await expect(contact.getByText('5 af 5')).toBeVisible();
  await expect(contact.getByText('Vi har nu et budget.')).toBeVisible();
  await contact.goto('/staff/mentors');
  await ready(contact, info);
  await expect(contact.getByRole('row', { name: new RegExp(company) })).toContainText('Afsluttet');
  const year = String(new Date().getFullYear());
  const results = contact.getByRole('region', { name: 'Resultater pr. år' });
  const completed = await results.getByRole('row', { name: new RegExp(`^${year}`) }).getByRole('cell').nth(1).innerText();
  expect(Number(completed)).toBeGreaterThanOrEqual(1);
  await expectAccessible(contact, info);
  await contact.context().close();
});
