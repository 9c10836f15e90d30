import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, launched directly: no browser download ever happens.
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

// PORT lets a second checkout (a git worktree) test its own build at the same time.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  webServer: {
    command: 'npm run preview',
    port,
    // A stale preview on the port would test old files; only a developer's manual run may reuse one.
    reuseExistingServer: !process.env.CI && !!process.env.REUSE_SERVER,
    timeout: 120_000
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args }
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }]
});
