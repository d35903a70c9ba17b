import { defineConfig } from '@playwright/test';
import { freePort } from '../../scripts/lib/free-port.mjs';

// The runner picks a free port once; its test workers load this file again and inherit the choice
// through the environment, so every process agrees on where the app listens.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: true,
  reporter: jsonReport ? [['list'], ['json']] : [['list']],
  outputDir: '../../.test-results/e2e-artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // pnpm exec fails inside webServer here; node runs the script directly.
    command: 'node ../../scripts/e2e-server.mjs',
    env: { PORT: String(port) },
    url: `http://localhost:${port}/api/v1/health/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
