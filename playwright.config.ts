import { defineConfig } from '@playwright/test';

export const BASE_PATH = '/docs/tools/copy-doctor/';
// E2E_PORT and DIST let two runs (say, two developers on one machine) use their own server and build.
const PORT = Number(process.env.E2E_PORT ?? 4319);

// A system Chromium (CHROMIUM_PATH, set by scripts/e2e.mjs) or, without one, Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: {
      executablePath,
      args: ['--disable-quic', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/static-server.mjs`,
    env: { PORT: String(PORT), BASE_PATH, DIST: process.env.DIST ?? 'dist' },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
