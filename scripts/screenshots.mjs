// Screenshots of the main screens, wide and narrow, English and zh-TW: `node scripts/screenshots.mjs [outdir]`.
// Needs a build (npm run build). Writes PNGs for a person to look at; the README image comes from here.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
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
const link = (f) => {
  const s = JSON.parse(example(f));
  const redacted = JSON.stringify(s).replace(/210987654321/g, '100000000001').replace(/345678901234/g, '100000000002');
  return deflateRawSync(Buffer.from(redacted)).toString('base64url');
};
const zh = (lang, en, zhTW) => (lang === 'zh-TW' ? zhTW : en);

const only = process.env.SHOTS?.split(',');
const allShots = [
  { name: 'start', hash: '#/step/start' },
  { name: 'triage', hash: '#/step/triage', session: 'org-mismatch.json' },
  { name: 'facts', hash: '#/step/facts', session: 'key-policy-missing-destination.json' },
  { name: 'key-policy', hash: '#/step/check-source-key-policy', session: 'key-policy-missing-destination.json' },
  { name: 'key-policy-chat', hash: '#/step/check-source-key-policy', session: 'key-policy-pasted-from-chat.json' },
  { name: 'vault-policy', hash: '#/step/check-destination-vault-policy', session: 'vault-policy-wrong-account.json' },
  { name: 'results', hash: '#/step/results', session: 'key-policy-deny.json' },
  { name: 'examples', hash: '#/step/examples' },
  { name: 'iam-role', hash: '#/step/check-iam-role', session: 'copy-role-without-copy-into.json' },
  { name: 'results-role', hash: '#/step/results', session: 'copy-role-without-copy-into.json' },
  { name: 'efs-vault', hash: '#/step/check-iam-role', session: 'efs-automatic-vault-copy.json' },
  // What a share link brings, asked before anything changes (an empty session too).
  { name: 'share-open', hash: `#/share/${link('key-policy-missing-destination.json')}?at=results` },
  { name: 'share-open-over-session', hash: `#/share/${link('key-policy-missing-destination.json')}?at=results`, session: 'org-mismatch.json' },
  {
    name: 'paste-refused',
    hash: '#/step/check-source-key-policy',
    session: 'key-policy-missing-destination.json',
    act: async (page, lang) => {
      await page.getByRole('textbox', { name: zh(lang, /Source KMS key policy/, /來源 KMS 金鑰政策/) }).fill('x'.repeat(70_000));
      await page.getByRole('alert').first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'restore-too-large',
    hash: '#/step/results',
    raw: JSON.stringify({ format: 'copy-doctor/session', version: 1, pastes: { copyJob: 'x'.repeat(300_000) } }),
  },
  {
    name: 'other-tab',
    hash: '#/step/facts',
    session: 'key-policy-missing-destination.json',
    act: async (page) => {
      const other = await page.context().newPage();
      await other.goto(base + '#/step/facts');
      await other.locator('#fact-sourceRegion').selectOption('us-east-2');
      await other.close();
      await page.getByRole('alert').first().waitFor();
    },
  },
  {
    name: 'storage-full',
    hash: '#/step/facts',
    session: 'key-policy-missing-destination.json',
    act: async (page) => {
      await page.locator('#fact-sourceRegion').selectOption('us-east-1');
      await page.evaluate(() => {
        let size = 1 << 20;
        let i = 0;
        while (size >= 1) {
          try {
            localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
          } catch {
            size = Math.floor(size / 2);
          }
        }
      });
      await page.locator('#fact-destinationVaultName').fill('central-backup-vault-for-the-payments-platform');
      await page.getByRole('alert').first().waitFor();
    },
  },
  {
    name: 'file-preview',
    hash: '#/step/start',
    act: async (page, lang) => {
      await page.getByRole('button', { name: zh(lang, 'Save or share', '儲存或分享') }).click();
      await page.locator('#share-import').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(example('vault-policy-wrong-account.json')) });
      await page.getByRole('group').first().waitFor();
    },
  },
];
const shots = only ? allShots.filter((s) => only.includes(s.name)) : allShots;
try {
  for (const lang of ['en', 'zh-TW'])
    for (const [width, label] of [[1280, 'wide'], [390, 'narrow']]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const s of shots) {
        await page.goto(base + '#/step/start');
        await page.evaluate(
          ([lang, session]) => {
            localStorage.clear();
            localStorage.setItem('copy-doctor:lang', lang);
            if (session) localStorage.setItem('copy-doctor:session:v1', session);
          },
          [lang, s.raw ?? (s.session ? example(s.session) : '')],
        );
        await page.goto(base + s.hash);
        await page.reload();
        await page.waitForTimeout(400);
        if (s.act) await s.act(page, lang);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}/${s.name}-${lang}-${label}.png`, fullPage: label === 'wide' });
        await page.evaluate(() => localStorage.clear());
      }
      await context.close();
    }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${out}/`);
