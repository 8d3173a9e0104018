import { expect, test } from '@playwright/test';
import { emailedLink, expectAccessible, hasJs, mailTo, ready, signIn } from './helpers';


test('a business manager becomes a mentor, is approved, and pauses through the private link', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  // One mentor per project: both run against the same server.
  const name = `Lars Larsen ${info.project.name}`;
  const email = `lars.${info.project.name}@havnens-el.dk`;

  await page.goto('/');
  await ready(page, info);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mentorer' }).click();
  await expect(page).toHaveURL(/\/mentors$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorordningen');
  await ready(page, info);
  await expectAccessible(page, info);

  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederikshavn Kommune' });
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Virksomhed eller organisation').fill('Havnens El ApS');
  await page.getByLabel('Din stilling').fill('Direktør');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Økonomi og finansiering').check();
  await page.getByLabel('Håndværk og produktion').check();
  await page.getByLabel('Hvor mange virksomheder ad gangen?').fill('9');
  await page.getByLabel('Kort om dig').fill('30 år som selvstændig elinstallatør.');
  await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Tilmeld mig' }).click();
  // Too many at a time: the message by the field, everything typed kept.
  await expect(page.locator('#capacity-error')).toHaveText('Skriv et tal fra 1 til 5.');
  await expect(page.getByLabel('Virksomhed eller organisation')).toHaveValue('Havnens El ApS');
  await expect(page.getByLabel('Håndværk og produktion')).toBeChecked();
  await expectAccessible(page, info);
  await ready(page, info);
  await page.getByLabel('Hvor mange virksomheder ad gangen?').fill('2');
  if (!hasJs(info)) await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Tilmeld mig' }).click();
  await expect(page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();

  // The emailed link's page confirms with a button.
  await page.goto(await emailedLink(email, '/mentors/confirm/'));
  await ready(page, info);
  await expectAccessible(page, info);
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.getByRole('heading', { name: 'Tak, din tilmelding er bekræftet' })).toBeVisible();

  // The contact finds the sign-up, tries to decline without a reason, then approves.
  const contact = await signIn(browser, info, 'kontakt@frederikshavn.demo.dk');
  await contact.getByRole('main').getByRole('link', { name: 'Mentorer' }).click();
  await expect(contact).toHaveURL(/\/staff\/mentors$/);
  await ready(contact, info);
  await expectAccessible(contact, info);
  const card = contact.locator('article', { has: contact.getByRole('heading', { name }) });
  await expect(card).toContainText('Økonomi og finansiering');
  await card.getByRole('button', { name: 'Afvis' }).click();
  await expect(contact.locator('article', { has: contact.getByRole('heading', { name }) }).locator('[id$="-reason-error"]')).toHaveText('Udfyld feltet.');
  await ready(contact, info);
  await contact.locator('article', { has: contact.getByRole('heading', { name }) }).getByRole('button', { name: 'Godkend' }).click();
  await expect(contact.getByText('Mentoren er godkendt og har fået sit link.')).toBeVisible();
  await expect(contact.getByRole('row', { name: new RegExp(name) })).toContainText('Aktiv mentor');
  await contact.context().close();

  // The mentor's own page: a period that ends before it starts is refused, then a pause.
  await page.goto(await emailedLink(email, '/mentors/me/'));
  await ready(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din side som mentor');
  await expectAccessible(page, info);
  await page.getByLabel(/^Ledig fra/).fill('2027-05-01');
  await page.getByLabel(/^Ledig til/).fill('2027-04-01');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.locator('#available_to-error')).toHaveText('Slutdatoen ligger før startdatoen.');
  await expect(page.getByLabel(/^Ledig fra/)).toHaveValue('2027-05-01');
  await ready(page, info);
  await page.getByLabel(/^Ledig til/).fill('2027-09-30');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Gemt.')).toBeVisible();
  await ready(page, info);
  await page.getByRole('button', { name: 'Hold pause' }).click();
  await expect(page.getByText('Du er nu på pause.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jeg er klar igen' })).toBeVisible();
  await expectAccessible(page, info);
  // Leaving ends the link: only with the box ticked.
  await ready(page, info);
  await page.getByRole('button', { name: 'Meld mig ud' }).click();
  await expect(page.locator('#leave-confirm-error')).toBeVisible();
  await ready(page, info);
  await page.getByLabel('Ja, meld mig ud af mentorordningen').check();
  await page.getByRole('button', { name: 'Meld mig ud' }).click();
  await expect(page.getByText('Du er udmeldt af mentorordningen. Tak for din indsats.')).toBeVisible();
});

test('an enterprise asks for a mentor from its registry profile and the contact sees suggestions with reasons', async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  const asker = `mette.${info.project.name}@example.dk`;
  await page.goto('/registry?q=vaskeri');
  await page.locator('.company-card h2 a').first().click();
  await ready(page, info);
  await page.getByRole('link', { name: 'Få en mentor' }).click();
  await expect(page).toHaveURL(/\/mentors\/ask\?cvr=\d{8}&from=registry$/);
  await ready(page, info);
  await expect(page.getByLabel(/^Virksomhedens navn/)).toHaveValue('Vendsyssel Vaskeri');
  await expectAccessible(page, info);
  await page.getByLabel('Dit navn').fill(`Mette ${info.project.name}`);
  await page.getByLabel('E-mail', { exact: true }).fill(asker);
  await page.getByLabel(/^Andet, kommunen bør vide/).fill('Vi vil sælge til hoteller.');
  await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Send ønsket' }).click();
  // No help chosen: the message by the group, the rest kept.
  await expect(page.locator('#needs-error')).toHaveText('Vælg mindst én.');
  await expect(page.getByLabel(/^Andet, kommunen bør vide/)).toHaveValue('Vi vil sælge til hoteller.');
  await ready(page, info);
  await page.getByLabel('Markedsføring og salg').check();
  if (!hasJs(info)) await page.getByRole('checkbox', { name: /må gemme mine oplysninger/ }).check();
  await page.getByRole('button', { name: 'Send ønsket' }).click();
  await expect(page.getByRole('heading', { name: 'Tak, kommunen har jeres ønske' })).toBeVisible();
  // The receipt (its subject is encoded: any email to the asker is it).
  await mailTo(asker, 'Subject:');

  const contact = await signIn(browser, info, 'kontakt@hjoerring.demo.dk');
  await contact.goto('/staff/mentors');
  await ready(contact, info);
  await contact.getByRole('row', { name: /Vendsyssel Vaskeri/ }).first().getByRole('link').click();
  await expect(contact.getByRole('heading', { level: 1 })).toHaveText('Ønske om mentor');
  await ready(contact, info);
  await expect(contact.locator('.suggestion').first()).toContainText('Dækker behov');
  await expectAccessible(contact, info);
  await contact.context().close();
});
