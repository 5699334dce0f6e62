import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real console (browser host + real SQLite file)
 * in Debian's Chromium. Each test gets its own temp database and host process
 * (tests/e2e/fixtures.ts). `npm run test:e2e` builds the renderer first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
