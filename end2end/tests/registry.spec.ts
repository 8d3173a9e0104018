import { expect, test } from '@playwright/test';
import { expectAccessible, ready } from './helpers';
import jsonld from 'jsonld';

test('the registry lists the demo companies, twenty to a page', async ({ page }, info) => {
  await page.goto('/registry');
  // 35 listed; the listing journey (run beside this test) may list its company meanwhile.
  await expect(page.getByRole('status')).toHaveText(/^Viser 1–20 af 3[5-7]$/);
  await expect(page.locator('.company-card')).toHaveCount(20);
  await expect(page.locator('.company-card h2').first()).toHaveText('Aalborg Lydbibliotek');
  await expectAccessible(page, info);

  await ready(page, info);
  await page.getByRole('link', { name: 'Næste side' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('status')).toHaveText(/^Viser 21–3[5-7] af 3[5-7]$/);
  await expect(page.locator('.company-card h2').last()).toHaveText('Åens Kajakklub og Udlejning');
});

test('searching and filtering narrow the list and keep what was typed', async ({ page }, info) => {
  await page.goto('/registry');
  await ready(page, info);
  await page.getByLabel('Søg efter navn, by eller emne').fill('bageri');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/q=bageri/);
  // The same shareable address with JavaScript as without: no unnamed button in it.
  expect(page.url()).not.toMatch(/&=/);
  await expect(page.getByRole('status')).toHaveText('Viser 1–1 af 1');
  await expect(page.locator('.company-card h2')).toHaveText(['Sæby Socialøkonomiske Bageri']);
  await expect(page.getByLabel('Søg efter navn, by eller emne')).toHaveValue('bageri');

  await page.getByLabel('Søg efter navn, by eller emne').fill('');
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Brønderslev Kommune' });
  await page.getByLabel('Formål').selectOption({ label: 'Miljø' });
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(/municipality=broenderslev/);
  await expect(page.locator('.company-card h2')).toHaveText(['Brønderslev Genbrugsbyg']);
  await expect(page.getByLabel('Kommune', { exact: true })).toHaveValue('broenderslev');
  await expect(page.getByLabel('Formål')).toHaveValue('environmental');
  await expectAccessible(page, info);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/registry?q=xyzzy');
  await expect(page.getByRole('status')).toHaveText('Ingen virksomheder passer til søgningen.');
  await expect(page.locator('.company-card')).toHaveCount(0);
});

test('an overlong search from a link gets a message next to the field, not a crash', async ({ page }, info) => {
  const response = await page.goto(`/registry?q=${'a'.repeat(150)}`);
  expect(response?.status()).toBe(422);
  await expect(page.locator('#q-error')).toHaveText('Teksten er for lang: højst 100 tegn.');
  await expect(page.getByLabel('Kommune', { exact: true })).toContainText('Hjørring Kommune');
  await expect(page.getByLabel('Søg efter navn, by eller emne')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, info);
});

test('HTML typed into the search is shown as text', async ({ page }) => {
  await page.goto('/registry?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E');
  await expect(page.getByLabel('Søg efter navn, by eller emne')).toHaveValue('<script>window.pwned=1</script>');
  expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
});

test('a company profile shows its facts and contact details', async ({ page }, info) => {
  await page.goto('/registry?q=nordlys');
  await ready(page, info);
  await page.getByRole('link', { name: 'Café Nordlys' }).click();
  await expect(page).toHaveURL(/\/registry\/\d{8}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café Nordlys');
  await expect(page).toHaveTitle('Café Nordlys · Socialøkonomi i Nordjylland');
  await expect(page.getByText('Registreret socialøkonomisk virksomhed · kontrolleret af kommunen')).toBeVisible();
  await expect(page.locator('dl.facts')).toContainText('Frederikshavn Kommune');
  await expect(page.locator('dl.facts')).toContainText('Danmarksgade 48, 9900 Frederikshavn');
  await expectAccessible(page, info);

  await page.getByRole('link', { name: '← Alle virksomheder' }).click();
  await expect(page).toHaveURL(/\/registry$/);
});

test('an unknown company answers 404', async ({ page }, info) => {
  const response = await page.goto('/registry/13748136');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikke fundet');
  await expectAccessible(page, info);
});

test('the registry describes itself as a DCAT-AP dataset that a JSON-LD processor reads', async ({ page }) => {
  await page.goto('/registry');
  const href = await page.getByRole('link', { name: 'Beskrivelse af datasættet (DCAT-AP, JSON-LD)' }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toBe('application/ld+json');
  // Expanded by jsonld.js: every term resolves to its full IRI through the context.
  const [dataset] = await jsonld.expand(await response.json());
  const dcat = 'http://www.w3.org/ns/dcat#';
  const dct = 'http://purl.org/dc/terms/';
  expect(dataset['@type']).toEqual([`${dcat}Dataset`]);
  expect(dataset[`${dct}license`][0]['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
  expect(dataset[`${dct}title`].map((t: { '@language': string }) => t['@language']).sort()).toEqual(['da', 'en']);
  expect(dataset[`${dct}modified`][0]['@type']).toBe('http://www.w3.org/2001/XMLSchema#dateTime');
  const downloads = dataset[`${dcat}distribution`].map((d: Record<string, { '@id': string }[]>) => d[`${dcat}accessURL`][0]['@id']);
  expect(downloads.some((u: string) => u.endsWith('/registry.csv'))).toBe(true);
  expect(downloads.some((u: string) => u.endsWith('/api/v1/companies'))).toBe(true);
});

test('the registry in figures: each chart with its table, reachable from the registry', async ({ page }, info) => {
  await page.goto('/registry');
  await ready(page, info);
  await page.getByRole('link', { name: 'Registret i tal' }).click();
  await expect(page).toHaveURL(/\/registry\/statistics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registret i tal');
  await expect(page.locator('.chart svg')).toHaveCount(5);
  const purposes = page.getByRole('table').filter({ hasText: 'Virksomheder efter formål' });
  await expect(purposes.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('status')).toContainText('virksomheder er optaget i registret');
  await expectAccessible(page, info);
});
