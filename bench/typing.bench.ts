// Typing benchmark: `npm run bench:typing` (needs a build). Opens the key policy step with a 32 KB policy in the
// paste box, types 60 characters into it, and reports how long each keystroke kept the page busy, from the
// browser's Event Timing API (the measure behind Interaction to Next Paint). Smooth typing: under 50 ms.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/browser.mjs';
import { bigKeyPolicy, session } from './bigPolicy';

const PORT = 4339;
const server = spawn('node', ['scripts/static-server.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found?.path, args: ['--disable-gpu'] });
try {
  const page = await browser.newPage();
  const base = `http://127.0.0.1:${PORT}/docs/tools/copy-doctor/`;
  await page.goto(`${base}#/step/start`);
  await page.evaluate((s) => localStorage.setItem('copy-doctor:session:v1', s), JSON.stringify(session(bigKeyPolicy())));
  await page.goto(`${base}#/step/check-source-key-policy`);
  await page.reload();
  const box = page.getByRole('textbox', { name: /Source KMS key policy/ });
  await box.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __events: { name: string; duration: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__events.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  // Type inside the first statement's Sid, as someone fixing a policy would.
  await box.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('Enable IAM User Permissions') + 6;
    el.focus();
    el.setSelectionRange(at, at);
  });
  const start = Date.now();
  await page.keyboard.type(' abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz 012345', { delay: 30 });
  await page.waitForTimeout(1000);
  const elapsed = Date.now() - start;
  const events = await page.evaluate(() => (window as unknown as { __events: { name: string; duration: number }[] }).__events);
  const keys = events.filter((e) => e.name === 'keydown' || e.name === 'keypress' || e.name === 'input' || e.name === 'keyup');
  const durations = keys.map((e) => e.duration).sort((a, b) => a - b);
  const worst = durations.at(-1) ?? 0;
  console.log(`typed 60 characters into a 32 KB policy in ${elapsed} ms`);
  console.log(`key events over 16 ms: ${durations.length}; worst ${worst.toFixed(0)} ms; median of those ${(durations[Math.floor(durations.length / 2)] ?? 0).toFixed(0)} ms`);
  console.log(worst < 50 ? 'smooth: no keystroke kept the page busy for 50 ms or more' : 'NOT SMOOTH: a keystroke kept the page busy for 50 ms or more');
} finally {
  await browser.close();
  server.kill();
}
