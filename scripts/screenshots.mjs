// Screenshots of the main screens, wide and narrow, English and zh-TW: `node scripts/screenshots.mjs [outdir]`.
// Needs a build (npm run build). Writes PNGs for a person to look at; the README image comes from here.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const port = 4331;
const server = spawn('node', ['scripts/static-server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const base = `http://127.0.0.1:${port}/docs/tools/copy-doctor/`;
const browserInfo = await findBrowser();
const browser = await chromium.launch({ executablePath: browserInfo?.path, args: ['--disable-gpu'] });
const example = (f) => readFileSync(`public/examples/${f}`, 'utf8');

const shots = [
  { name: 'start', hash: '#/step/start' },
  { name: 'triage', hash: '#/step/triage', session: 'org-mismatch.json' },
  { name: 'facts', hash: '#/step/facts', session: 'key-policy-missing-destination.json' },
  { name: 'key-policy', hash: '#/step/check-source-key-policy', session: 'key-policy-missing-destination.json' },
  { name: 'key-policy-chat', hash: '#/step/check-source-key-policy', session: 'key-policy-pasted-from-chat.json' },
  { name: 'vault-policy', hash: '#/step/check-destination-vault-policy', session: 'vault-policy-wrong-account.json' },
  { name: 'results', hash: '#/step/results', session: 'key-policy-deny.json' },
  { name: 'examples', hash: '#/step/examples' },
];
try {
  for (const lang of ['en', 'zh-TW'])
    for (const [width, label] of [[1280, 'wide'], [390, 'narrow']]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const s of shots) {
        await page.goto(base + '#/step/start');
        await page.evaluate(
          ([lang, session]) => {
            localStorage.clear();
            localStorage.setItem('copy-doctor:lang', lang);
            if (session) localStorage.setItem('copy-doctor:session:v1', session);
          },
          [lang, s.session ? example(s.session) : ''],
        );
        await page.goto(base + s.hash);
        await page.reload();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${out}/${s.name}-${lang}-${label}.png`, fullPage: label === 'wide' });
      }
      await page.close();
    }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${out}/`);
