// Find a Chromium for the browser tests: CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

export async function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return { path: process.env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  for (const p of SYSTEM) if (existsSync(p)) return { path: p, from: 'system' };
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return { path: p, from: 'system' };
    } catch {
      // not on PATH
    }
  }
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return { path: undefined, from: 'playwright' };
  } catch {
    // Playwright's browser not installed
  }
  return undefined;
}
