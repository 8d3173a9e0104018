import { expect, test } from '@playwright/test';
import { emailedLink, expectAccessible, hasJs, mailTo, ready, signIn } from './helpers';

/** A PNG of one pixel. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';


test('a company applies, answers a change request and is listed, then deregistered', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  // One company per project: both run against the same server.
  const cvr = hasJs(info) ? '71000001' : '71000028';
  const name = `Havnens Værksted ${info.project.name}`;
  const applicant = `mette.${info.project.name}@example.dk`;

  await page.goto('/registry');
  await ready(page, info);
  await page.getByRole('link', { name: 'Søg om at komme i registret' }).click();
  await expect(page).toHaveURL(/\/registry\/apply$/);
  await ready(page, info);
  await expectAccessible(page, info);
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederikshavn Kommune' });
  await page.getByLabel('CVR-nummer').fill(cvr);
  await page.getByLabel('Virksomhedens navn').fill(name);
  await page.getByLabel('Selskabsform').selectOption({ label: 'ApS' });
  await page.getByLabel('Formål').selectOption({ index: 1 });
  await page.getByLabel('Beskrivelse på dansk').fill('Reparerer både og ansætter folk i fleksjob.');
  await page.getByLabel('Produkter og ydelser').fill('Bådreparation og vinteropbevaring');
  await page.getByLabel('Adresse', { exact: true }).fill('Havnen 3');
  await page.getByLabel('Postnummer').fill('99');
  await page.getByLabel('By', { exact: true }).fill('Frederikshavn');
  await page.getByLabel('Fleksjob').check();
  await page.getByLabel('Dit navn').fill('Mette Madsen');
  await page.getByLabel('Din e-mail').fill(applicant);
  await page.getByRole('checkbox', { name: /Jeg accepterer/ }).check();
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  // A bad postcode: the message by the field, everything typed kept.
  await expect(page.locator('#postcode-error')).toContainText('fire cifre');
  // Said above the form, in view: with JavaScript the notice takes the focus (the button
  // pressed is far below it on a phone); without, the page loads anew at its top.
  await expect(page.getByRole('alert').filter({ hasText: 'Nogle felter skal rettes' }).first()).toBeInViewport();
  if (hasJs(info)) await expect(page.getByRole('alert').filter({ hasText: 'Nogle felter skal rettes' }).first()).toBeFocused();
  await expect(page.getByLabel('Virksomhedens navn')).toHaveValue(name);
  await ready(page, info);
  await page.getByLabel('Postnummer').fill('9900');
  if (!hasJs(info)) await page.getByRole('checkbox', { name: /Jeg accepterer/ }).check();
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();

  // The emailed link's page confirms with a button, then shows the private page.
  await page.goto(await emailedLink(applicant, '/registry/apply/confirm/'));
  await ready(page, info);
  await expectAccessible(page, info);
  await page.getByRole('button', { name: 'Bekræft og send' }).click();
  await expect(page).toHaveURL(/\/registry\/application\//);
  await expect(page.locator('.listing-status')).toHaveText('Hos kommunen');
  await expect(page).toHaveTitle(/^Ansøgning · /);
  const privatePage = page.url().split('?')[0];

  // A logo: a text file named .png is refused by the field, a picture is kept.
  const logoFile = page.getByLabel('Ny logofil');
  const text = Buffer.from('<html><script>alert(1)</script></html>');
  await logoFile.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: text });
  await page.getByRole('button', { name: 'Gem logo' }).click();
  await expect(page.locator('#logo-error')).toContainText('ikke et PNG-, JPEG- eller WebP-billede');
  await expect(logoFile).toHaveAttribute('aria-invalid', 'true');
  const pixel = Buffer.from(PIXEL_PNG, 'base64');
  await logoFile.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pixel });
  await page.getByRole('button', { name: 'Gem logo' }).click();
  await expect(page.getByText('Logoet er gemt.')).toBeVisible();
  await expect(page.getByRole('img', { name: `Logo for ${name}` })).toBeVisible();
  await expectAccessible(page, info);

  // The contact asks for a change.
  const contact = await signIn(browser, info, 'kontakt@frederikshavn.demo.dk');
  await contact.getByRole('link', { name: 'Ansøgninger til registret' }).click();
  await expectAccessible(contact, info);
  await contact.getByRole('link', { name }).click();
  await ready(contact, info);
  await expectAccessible(contact, info);
  await contact.locator('#request_changes-reason').fill('Skriv, hvor mange I ansætter i fleksjob.');
  await contact.getByRole('button', { name: 'Bed om ændringer' }).click();
  await expect(contact.locator('.listing-status')).toHaveText('Kommunen beder om ændringer');
  // The rejection's box, now where the change request's stood, is empty (not its text).
  await expect(contact.locator('#reject-reason')).toHaveValue('');

  // The applicant answers through the new private link from the email.
  const renewed = await emailedLink(applicant, '/registry/application/', 'Skriv, hvor mange I');
  expect(renewed.split('?')[0]).not.toBe(privatePage);
  await page.goto(renewed);
  await ready(page, info);
  await expect(page.getByText('Skriv, hvor mange I ansætter i fleksjob.')).toBeVisible();
  await expectAccessible(page, info);
  await page.locator('#employees').fill('10');
  await page.locator('#target_group_employees').fill('3');
  await page.getByRole('button', { name: 'Send rettelserne' }).click();
  await expect(page.getByText('Rettelserne er sendt til kommunen')).toBeVisible();
  await expect(page.locator('.listing-status')).toHaveText('Hos kommunen');

  // Approved with the RSV check: in the registry under its purpose's filter.
  await contact.reload();
  await ready(contact, info);
  await contact.getByLabel('RSV-status er kontrolleret i CVR-registret').check();
  await contact.getByRole('button', { name: 'Godkend og offentliggør' }).click();
  await expect(contact.locator('.listing-status')).toHaveText('Optaget i registret');

  // Found through the search form's filters: its company form, target group and the check.
  await page.goto('/registry');
  await ready(page, info);
  await page.getByLabel('Søg efter navn, by eller emne').fill('bådrep');
  // The rarer filters are folded away until asked for.
  await expect(page.getByLabel('Selskabsform')).toBeHidden();
  await page.getByText('Flere filtre').click();
  await page.getByLabel('Selskabsform').selectOption({ label: 'ApS' });
  await page.getByLabel('Ansætter fra målgruppen').selectOption({ label: 'Fleksjob' });
  await page.getByLabel('Kun dem, kommunen har kontrolleret i CVR').check();
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/legal_form=aps/);
  await expect(page).toHaveURL(/target_group=flex_job/);
  await expect(page.getByRole('link', { name })).toBeVisible();
  // A target group it does not employ leaves it out (the other project's company too).
  await page.getByLabel('Ansætter fra målgruppen').selectOption({ label: 'Kontanthjælp' });
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/target_group=cash_benefit/);
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await page.getByLabel('Ansætter fra målgruppen').selectOption({ label: 'Fleksjob' });
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  // The CSV of this search holds exactly it.
  const csvHref = await page.getByRole('link', { name: 'Hent denne søgning som CSV' }).getAttribute('href');
  expect(csvHref).toContain('target_group=flex_job');
  const csv = await (await page.request.get(csvHref!)).text();
  // Header, then this company (and the other project's, run beside it), nothing else.
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header.startsWith('cvr,name,legal_form,')).toBe(true);
  expect(rows.some((r) => r.startsWith(`${cvr},${name},aps,`))).toBe(true);
  expect(rows.length).toBeLessThanOrEqual(2);
  for (const row of rows) expect(row).toMatch(/,aps,.*flex_job/);
  // The badge says it is listed and checked.
  const listed = await (await page.request.get(`/badge/${cvr}.svg`)).text();
  expect(listed).toContain('Optaget · kontrolleret');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.history')).toContainText('Optaget i registret');
  // The logo, re-encoded by the server, served from the site.
  const logo = page.getByRole('img', { name: `Logo for ${name}` });
  await expect(logo).toHaveAttribute('src', new RegExp(`^/logo/${cvr}\\.png\\?v=`));
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expectAccessible(page, info);

  // Deregistered: gone from the registry, its history says why.
  await ready(contact, info);
  await contact.locator('#deregister-reason').fill('Opfylder ikke længere kriterierne.');
  await contact.getByRole('button', { name: 'Afregistrér' }).click();
  await expect(contact.locator('.listing-status')).toHaveText('Afregistreret');
  await expect(contact.locator('.history')).toContainText('Opfylder ikke længere kriterierne.');
  const gone = await page.goto(`/registry/${cvr}`);
  expect(gone?.status()).toBe(404);
  const badge = await (await page.request.get(`/badge/${cvr}.svg`)).text();
  expect(badge).toContain('Afregistreret');
  await contact.context().close();
});

test('the contact sees the annual reports due and corrects a listed company', async ({ browser }, info) => {
  // Hjørring's demo companies: one report overdue, one due soon.
  const contact = await signIn(browser, info, 'kontakt@hjoerring.demo.dk');
  await contact.getByRole('link', { name: 'Ansøgninger til registret' }).click();
  const reports = contact.getByRole('region', { name: 'Årsrapporter' });
  await expect(reports.getByRole('row').filter({ hasText: 'Overskredet' })).not.toHaveCount(0);
  await expect(reports.getByRole('row').filter({ hasText: 'Kommende' })).not.toHaveCount(0);
  await expectAccessible(contact, info);

  // Each run corrects its own company, as the two runs go side by side: with JavaScript
  // the overdue one, without the first upcoming one.
  const row = reports.getByRole('row').filter({ hasText: hasJs(info) ? 'Overskredet' : 'Kommende' }).first();
  const link = row.getByRole('link').first();
  const company = (await link.textContent())!;
  await link.click();
  await expect(contact.getByRole('heading', { level: 1 })).toHaveText(company);
  await ready(contact, info);
  await contact.getByText('Ret oplysningerne').click();
  // Carried over from before the registry: no contact person, and none is asked for.
  await expect(contact.getByLabel('Kontaktpersonens navn')).toHaveValue('');
  const phone = contact.getByLabel('Telefon');
  await phone.fill('ring efter kl. 9');
  await contact.getByRole('button', { name: 'Gem rettelserne' }).click();
  await expect(contact.locator('#phone-error')).toContainText('Skriv et telefonnummer med cifre');
  await expect(phone).toHaveValue('ring efter kl. 9');
  await expectAccessible(contact, info);
  const number = `+45 98 ${String(Date.now() % 100).padStart(2, '0')} 12 34`;
  await ready(contact, info);
  await phone.fill(number);
  await contact.getByRole('button', { name: 'Gem rettelserne' }).click();
  await expect(contact.getByText('Gemt.', { exact: false })).toBeVisible();
  await expect(contact.getByLabel('Telefon')).toHaveValue(number);
  await expect(contact.locator('.history')).toContainText('Oplysningerne rettet af kommunen');
  await contact.context().close();
});
