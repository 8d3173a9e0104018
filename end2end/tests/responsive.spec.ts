import { expect, test } from '@playwright/test';

const pages = ['/', '/registry', '/registry?q=nordlys', '/mentors', '/no-such-page'];

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of pages) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the profile page fits too', async ({ page }) => {
    await page.goto('/registry?q=vaskeri');
    await page.locator('.company-card h2 a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vendsyssel Vaskeri');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
