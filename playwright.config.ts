import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser: a system Chromium when there is one (CHROMIUM_PATH, or Debian's /usr/bin/chromium),
 * since Playwright cannot download its own browser on every machine; otherwise Playwright's own.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path) && existsSync(path as string),
);

const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${PORT}`;

const chromium = {
  browserName: 'chromium' as const,
  viewport: { width: 1280, height: 800 },
  ...(systemChromium
    ? {
        launchOptions: {
          executablePath: systemChromium,
          // This machine's network is closed: keep Chromium from calling home at start-up.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      }
    : {}),
};

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL,
    // Recording a trace of every test costs a quarter of the suite's time, for the rare failure that
    // the error message and call log do not explain: re-run that test with `--trace on`.
    trace: 'off',
  },
  projects: [
    { name: 'unit', testDir: 'tests/unit' },
    { name: 'content', testDir: 'tests/content' },
    // The real agora-chat bundle in Node with fake WebSocket/XHR/timers (no browser, no network).
    // "sdk" checks content/sdk-proofs.yaml against the proofs that passed in "sdk-behaviour", which it
    // depends on: `--project sdk` runs both.
    { name: 'sdk-behaviour', testDir: 'tests/sdk', testIgnore: /proofs-listed\.spec\.ts$/ },
    { name: 'sdk', testDir: 'tests/sdk', testMatch: /proofs-listed\.spec\.ts$/, dependencies: ['sdk-behaviour'] },
    { name: 'e2e', testDir: 'tests/e2e', use: chromium },
    // The site as served by nginx (npm run serve:nginx, started by the tests on ports 8096-8099).
    { name: 'nginx', testDir: 'tests/nginx', use: chromium },
  ],
  webServer: {
    // The tests run against the built site (`npm test` builds first). --ignore-lock: a developer's own
    // `astro preview` may be running; the test server on its own port must not refuse to start.
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
