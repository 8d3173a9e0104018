import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const port = process.env.E2E_PORT || '3000';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  // One retry: a test that fails twice fails the run; one that passes on the retry is
  // reported as flaky, not hidden. (A fresh-clone run once saw a page not hydrate within
  // 15 s that 160 loads in a row could not repeat.)
  retries: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'da-DK',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Every spec runs twice: the app must work fully without JavaScript.
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false } },
  ],
  // The test command starts the server on a fresh SQLite database and stops it afterwards.
  webServer: {
    command: './scripts/serve-for-tests.sh',
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: port },
  },
});
