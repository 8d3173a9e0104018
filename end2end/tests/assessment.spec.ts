import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible, hasJs, ready } from './helpers';

/** Starts a self-assessment from the intro page and returns the draft's address. */
async function start(page: Page, info: TestInfo) {
  await page.goto('/assessment');
  await ready(page, info);
  await page.getByRole('button', { name: 'Start selvtesten' }).click();
  await expect(page).toHaveURL(/\/assessment\/[A-Za-z0-9_-]{43}\/legal-form$/);
  await expect(page.getByText('Trin 1 af 6')).toBeVisible();
  await ready(page, info);
  return page.url().replace(/\/legal-form$/, '');
}

async function next(page: Page, info: TestInfo, button = 'Gem og fortsæt') {
  await page.getByRole('button', { name: button }).click();
  await ready(page, info);
}

test('an entrepreneur goes through all six steps and gets a verdict per criterion', async ({ page }, info) => {
  // Without JavaScript: a page load and an axe run per step, close to 30 s on two cores.
  test.setTimeout(60_000);
  await page.goto('/assessment');
  await expectAccessible(page, info);
  const base = await start(page, info);
  await expectAccessible(page, info);

  await page.getByLabel('Anpartsselskab (ApS)').check();
  await next(page, info);
  await expect(page).toHaveURL(`${base}/purpose`);
  await expect(page.getByText('Trin 2 af 6')).toBeVisible();
  // A new step starts empty: nothing of the last step's answers carries over.
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);

  // Forgetting a question keeps the step, says what is missing next to it, keeps the rest.
  await page.getByLabel('Beskæftigelse').check();
  await next(page, info);
  await expect(page).toHaveURL(`${base}/purpose`);
  await expect(page.locator('#in_statutes-error')).toHaveText('Udfyld feltet.');
  await expect(page.getByRole('alert')).toContainText('Ret de markerede felter');
  await expect(page.getByLabel('Beskæftigelse')).toBeChecked();
  await expectAccessible(page, info);
  await page.locator('#in_statutes').getByLabel('Ja').check();
  await next(page, info);

  await expect(page).toHaveURL(`${base}/commercial`);
  await page.getByLabel('Salg af varer og tjenester').fill('900.000');
  await page.getByLabel('Samlede indtægter').fill('1.000.000');
  await next(page, info);

  await expect(page).toHaveURL(`${base}/independence`);
  await expect(page.getByLabel('Hvor stor en del af virksomheden ejer det offentlige?')).toHaveValue('');
  await expect(page.getByLabel('Hvor stor en del af bestyrelsen')).toHaveValue('');
  await page.getByLabel('Hvor stor en del af virksomheden ejer det offentlige?').fill('0');
  await page.getByLabel('Hvor stor en del af bestyrelsen').fill('20');
  await page.getByLabel('Hvor stor en del af stemmerne').fill('0');
  await page.locator('#public_control_otherwise').getByLabel('Nej').check();
  await next(page, info);

  await expect(page).toHaveURL(`${base}/governance`);
  await page.getByLabel('Medarbejdere').check();
  await page.getByLabel('Brugere').check();
  await page.locator('#ethical_guidelines').getByLabel('Ja').check();
  await next(page, info);

  await expect(page).toHaveURL(`${base}/profit`);
  await expect(page.getByText('Trin 6 af 6')).toBeVisible();
  await page.getByLabel('Oprindeligt indskudt kapital').fill('500.000');
  await page.getByLabel('Årets overskud efter skat').fill('200.000');
  await page.getByLabel('Udbytte og andre udlodninger').fill('60.000');
  await page.getByLabel('Dato for beslutningen om udbytte').fill('2025-09-01');
  if (!hasJs(info)) {
    // Without JavaScript the calculator's own button saves and shows the figures.
    await page.getByRole('button', { name: 'Beregn' }).click();
    await expect(page).toHaveURL(`${base}/profit`);
  }
  const figures = page.locator('.calculator');
  await expect(figures.locator('[data-figure="max-dividend"] dd')).toHaveText('70.000,00 kr.');
  await expect(figures.locator('[data-figure="headroom"] dd')).toHaveText('10.000,00 kr.');
  await expect(figures.locator('[data-figure="rate"] dd')).toContainText('1,6 % fra 6.6.2025');
  await expectAccessible(page, info);
  await next(page, info, 'Gem og se resultatet');

  await expect(page).toHaveURL(`${base}/result`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultat af selvtesten');
  await expect(page.locator('.verdict')).toContainText('I ser ud til at opfylde alle fem kriterier.');
  await expect(page.locator('.criterion')).toHaveCount(6);
  await expect(page.locator('.criterion-met')).toHaveCount(6);
  await expect(page.locator('.criterion').last()).toContainText('§ 5, stk. 1, nr. 5, og stk. 2');
  await expect(page.getByLabel('Link til resultatet')).toHaveValue(`${base}/result`);
  await expectAccessible(page, info);
});

test('the calculator follows the typing with JavaScript', async ({ page }, info) => {
  test.skip(!hasJs(info), 'live updates need JavaScript; without it the Beregn button is tested above');
  const base = await start(page, info);
  await page.goto(`${base}/profit`);
  await ready(page, info);
  await expect(page.locator('.calc-incomplete')).toBeVisible();
  await page.getByLabel('Oprindeligt indskudt kapital').fill('100.000');
  await page.getByLabel('Årets overskud efter skat').fill('1.000.000');
  await page.getByLabel('Udbytte og andre udlodninger').fill('20.000');
  await page.getByLabel('Dato for beslutningen om udbytte').fill('2025-09-01');
  // 16.6 % of 100 000 is below 35 % of 1 000 000: the return cap binds.
  await expect(page.locator('[data-figure="max-dividend"] dd')).toHaveText('16.600,00 kr.');
  await expect(page.locator('[data-figure="return"] dd')).toHaveText('20 %');
  await expect(page.locator('.figures')).toHaveClass(/figures-breach/);
  await expect(page.getByRole('button', { name: 'Beregn' })).toBeHidden();
});

test('the private link resumes the answers on another device', async ({ page, browser }, info) => {
  const base = await start(page, info);
  await page.getByLabel('Forening', { exact: true }).check();
  await next(page, info);
  await expect(page.getByLabel('Jeres private link')).toHaveValue(`${base}/purpose`);

  const other = await browser.newContext({ javaScriptEnabled: hasJs(info) });
  const phone = await other.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(`${base}/legal-form`);
  await expect(phone.getByLabel('Forening', { exact: true })).toBeChecked();
  await expect(phone.locator('.progress li.done')).toHaveCount(1);
  await other.close();

  // A made-up link finds nothing and says so.
  const response = await page.goto(`/assessment/${'x'.repeat(43)}/result`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket virker ikke');
});

test('the result prints without navigation and with the link written out', async ({ page }, info) => {
  const base = await start(page, info);
  await page.getByLabel('Enkeltmandsvirksomhed').check();
  await next(page, info);
  // Saved once the next step shows; leaving earlier would abort the save with JavaScript.
  await expect(page).toHaveURL(`${base}/purpose`);
  await page.goto(`${base}/result`);
  await expect(page.locator('.verdict')).toContainText('I opfylder ikke alle kriterier endnu.');
  await expect(page.locator('.criterion-not-met')).toContainText('Vælg en selskabsform med eget CVR-nummer');
  await expect(page.locator('.criterion-needs-review')).toHaveCount(5);
  if (hasJs(info)) {
    // The button opens the browser's print dialog (stubbed here: headless has none).
    await ready(page, info);
    await page.evaluate(() => {
      (window as any).__printed = 0;
      window.print = () => { (window as any).__printed += 1; };
    });
    await page.getByRole('button', { name: 'Udskriv resultatet' }).click();
    expect(await page.evaluate(() => (window as any).__printed)).toBe(1);
  }

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.progress')).toBeHidden();
  await expect(page.locator('.criterion').first()).toBeVisible();
  await expect(page.locator('.resume-link .print-only')).toHaveText(`${base}/result`);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
