// Typing benchmark: `npm run bench:typing` (needs a build; DIST=<folder> measures another build). Opens the key
// policy step with a 32 KB policy in the paste box, types 61 characters into it 40 ms apart, and reports the main
// thread's busy time per keystroke and any long task (50 ms or more, what a typist feels as lag). Smooth typing: no
// long task. Then opens a 1.9 MB share link (about 43 KB of link) and reports how long until the page answers.
import { spawn } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { findBrowser } from '../scripts/browser.mjs';
import { bigKeyPolicy, session } from './bigPolicy';

/** Start collecting long tasks (50 ms or more) in the page. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __long: number[] }).__long);

const PORT = 4339;
const server = spawn('node', ['scripts/static-server.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found?.path, args: ['--disable-gpu'] });
try {
  const page = await browser.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const base = `http://127.0.0.1:${PORT}/docs/tools/copy-doctor/`;
  await page.goto(`${base}#/step/start`);
  await page.evaluate((s) => localStorage.setItem('copy-doctor:session:v1', s), JSON.stringify(session(bigKeyPolicy())));
  await page.goto(`${base}#/step/check-source-key-policy`);
  await page.reload();
  const box = page.getByRole('textbox', { name: /Source KMS key policy/ });
  await box.waitFor();
  // Long tasks (50 ms or more) are what a typist feels as lag; Chrome's metrics give the main thread's busy time.
  await watchLongTasks(page);
  // Type inside the first statement's Sid, as someone fixing a policy would.
  await box.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('Enable IAM User Permissions') + 6;
    el.focus();
    el.setSelectionRange(at, at);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  const before = await metrics();
  const text = ' abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz 012345';
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(1000);
  const after = await metrics();
  const long = await longTasks(page);
  const busy = ((after.TaskDuration! - before.TaskDuration!) * 1000) / text.length;
  const script = ((after.ScriptDuration! - before.ScriptDuration!) * 1000) / text.length;
  const worst = Math.max(0, ...long);
  console.log(`typed ${text.length} characters into a 32 KB key policy, 40 ms apart`);
  console.log(`main thread busy per keystroke: ${busy.toFixed(1)} ms (script ${script.toFixed(1)} ms), engine runs included`);
  console.log(`long tasks (>= 50 ms): ${long.length}${long.length ? `, longest ${worst.toFixed(0)} ms` : ''}`);
  console.log(long.length === 0 ? 'smooth: no keystroke waited on a long task' : 'NOT SMOOTH: typing met long tasks');
  console.log(workers.length ? `the engine ran in a worker (${workers.map((u) => u.replace(base, '')).join(', ')})` : 'the engine ran on the main thread (no worker)');

  // The link that froze the page: a grown key policy pasted over and over, 1.9 MB unpacked.
  const statement = (i: number) => ({ Sid: `AllowUse${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${400000000000 + (i % 150)}:root` }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' });
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 7000 }, (_, i) => statement(i)) }, null, 2);
  const json = JSON.stringify({ ...session(bigKeyPolicy()), pastes: { sourceKeyPolicy: policy } });
  const data = deflateRawSync(Buffer.from(json)).toString('base64url');
  const fresh = await browser.newPage();
  await fresh.goto(`${base}#/step/start`);
  await fresh.getByRole('heading', { level: 1 }).waitFor();
  await watchLongTasks(fresh);
  const t0 = Date.now();
  await fresh.goto(`${base}#/share/${data}?at=results`);
  // Whichever comes first: the refusal, or (an older build) the question or the checklist.
  const answer = fresh.getByRole('alert').or(fresh.getByRole('button', { name: 'Open the shared session' })).or(fresh.getByRole('heading', { name: /Your checklist/ }));
  await answer.first().waitFor({ timeout: 120_000 });
  const answered = Date.now() - t0;
  const what = (await fresh.getByRole('alert').count()) ? 'refused' : 'opened';
  // Give an older build the time to diagnose it, as it would on every reload.
  await fresh.waitForTimeout(1000);
  const openLong = await longTasks(fresh);
  console.log(
    `a ${(data.length / 1024).toFixed(0)} KB link that unpacks to ${(json.length / 1024 / 1024).toFixed(1)} MB: ${what} ${answered} ms after navigating; ` +
      `long tasks ${openLong.length}${openLong.length ? `, longest ${Math.max(...openLong).toFixed(0)} ms` : ''}`,
  );
} finally {
  await browser.close();
  server.kill();
}
