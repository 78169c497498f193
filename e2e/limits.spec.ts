// Size caps and the engine worker: paste boxes refuse oversize text (never cut it), the 43 KB link that unpacks to
// 1.9 MB is refused at once, a saved session over the cap is not run on load, the engine runs in a worker under
// the sub-path (and on the main thread without one), and the last verdict stays on screen while a new one computes.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';

const EXAMPLE = 'key-policy-missing-destination.json';
const example = JSON.parse(readFileSync(`public/examples/${EXAMPLE}`, 'utf8')) as {
  format: string;
  version: number;
  facts: Record<string, string>;
  answers?: Record<string, string>;
  pastes: Record<string, string>;
};
const KEY = 'copy-doctor:session:v1';

async function openWith(page: Page, session: unknown, hash: string) {
  await openFresh(page);
  await page.evaluate(([k, s]) => localStorage.setItem(k, s), [KEY, JSON.stringify(session)] as const);
  await page.goto(`./${hash}`);
  await page.reload();
}

const keyBox = (page: Page) => page.getByRole('textbox', { name: /Source KMS key policy/ });

test('a paste over 64 KB is refused whole, with both sizes, and the box keeps what it had', async ({ page, gates: _g, axe }) => {
  await openWith(page, example, '#/step/check-source-key-policy');
  await expectStep(page, 'Source KMS key policy');
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const big = `{"Version":"2012-10-17","Statement":[${'{"Effect":"Allow"},'.repeat(3800)}{}]}`;
  expect(big.length).toBeGreaterThan(70_000);
  await keyBox(page).fill(big);
  const refused = page.getByRole('alert').filter({ hasText: 'Not pasted' });
  await expect(refused).toHaveText(/^Not pasted: this text is 70\.\d KB, and a box takes at most 64 KB \(a KMS key policy is at most 32 KB\)\. The box keeps what it had\./);
  await expect(keyBox(page)).toHaveValue(example.pastes.sourceKeyPolicy!);
  await expect(keyBox(page)).toHaveAttribute('aria-invalid', 'true');
  expect(await keyBox(page).getAttribute('aria-describedby')).toContain('paste-sourceKeyPolicy-refused');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await axe('oversize paste refused');
  // The verdict is still the one for the policy the box holds.
  await expect(page.getByRole('region', { name: /Verdict/ })).toContainText('Fail');
  // An accepted change ends the refusal.
  await keyBox(page).fill('{"Version":"2012-10-17","Statement":[]}');
  await expect(refused).toHaveCount(0);

  await page.getByLabel('Language').selectOption('zh-TW');
  await page.getByRole('textbox', { name: /來源 KMS 金鑰政策/ }).fill(big);
  await expect(page.getByRole('alert').filter({ hasText: '未貼上' })).toContainText('而每個欄位最多只能容納 64 KB');
});

test('a paste that would take the session past 256 KB is refused, saying the session size', async ({ page, gates: _g }) => {
  // Four inputs near their cap: 258 KB, within the session's 256 KiB (262,144 bytes).
  const filler = (c: string) => c.repeat(64_000);
  const heavy = { ...example, pastes: { ...example.pastes, copyJob: filler('a'), tagPolicy: filler('b'), serviceControlPolicies: filler('c'), resourceTags: filler('e') } };
  await openWith(page, heavy, '#/step/check-source-key-policy');
  await expectStep(page, 'Source KMS key policy');
  await keyBox(page).fill('d'.repeat(10_000));
  await expect(page.getByRole('alert').filter({ hasText: 'Not pasted' })).toContainText(/with this text the session would be 2\d\d\.\d KB, and a session holds at most 256 KB/);
  await expect(keyBox(page)).toHaveValue(example.pastes.sourceKeyPolicy!);
});

test('the 43 KB link that unpacks to 1.9 MB is refused at once, and nothing runs', async ({ page, gates: _g, axe }) => {
  // The case that froze the tab for 12 s, on every reload: a grown key policy pasted sixty times over.
  const statement = (i: number) => ({ Sid: `AllowUse${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${400000000000 + (i % 50)}:root` }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' });
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 7000 }, (_, i) => statement(i)) }, null, 2);
  const json = JSON.stringify({ ...example, pastes: { ...example.pastes, sourceKeyPolicy: policy } });
  const data = deflateRawSync(Buffer.from(json)).toString('base64url');
  expect(json.length).toBeGreaterThan(1_900_000);
  expect(data.length).toBeLessThan(44_000);
  await openFresh(page);
  const t0 = Date.now();
  await page.goto(`./#/share/${data}?at=results`);
  await expect(page.getByRole('alert')).toContainText('This share link could not be opened: it unpacks to more than 256 KB, and a session holds at most 256 KB.');
  const ms = Date.now() - t0;
  console.log(`1.9 MB link (${data.length} characters): refused in ${ms} ms`);
  expect(ms).toBeLessThan(3000);
  await expect(page.getByRole('alert')).toContainText('Nothing you entered was changed.');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await axe('oversize link refused');
});

test('a saved session over the cap is not run on load: a notice says why, with its size, and offers it as a download', async ({ page, gates: _g, axe }) => {
  const stored = JSON.stringify({ ...example, pastes: { ...example.pastes, copyJob: 'x'.repeat(50_000), tagPolicy: 'y'.repeat(60_000), resourceTags: 'z'.repeat(60_000), serviceControlPolicies: 'w'.repeat(60_000), destinationVault: 'v'.repeat(60_000) } });
  await openWith(page, JSON.parse(stored), '#/step/results');
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved session was not opened.' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  await expect(notice).toContainText(/the session is 28\d\.\d KB; a session holds at most 256 KB\. Nothing in it was checked\./);
  await axe('saved session over the cap');
  // Nothing from it is used: the checklist is of an empty session.
  await page.goto('./#/step/facts');
  await expect(page.getByLabel('Source account ID')).toHaveValue('');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the saved session' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toBe(stored);
  // It stays stored until the user changes something here; then the notice goes with it.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
  await page.getByLabel('Source account ID').fill('210987654321');
  await expect(notice).toHaveCount(0);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).facts.sourceAccountId).toBe('210987654321');
});

test('a saved session with one pasted input over its cap names that input', async ({ page, gates: _g }) => {
  await openWith(page, { ...example, pastes: { ...example.pastes, sourceKeyPolicy: ' '.repeat(70_000) } }, '#/step/results');
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved session was not opened.' })).toContainText(
    '“Source KMS key policy (or get-key-policy output)” is 68.4 KB; a pasted input holds at most 64 KB.',
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the engine runs in a worker loaded from the sub-path', async ({ page, baseURL, gates: _g }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openWith(page, example, '#/step/check-source-key-policy');
  await expect(page.getByRole('region', { name: /Verdict/ })).toContainText('Fail');
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(new RegExp(`^${baseURL}assets/engine\\.worker-[\\w-]+\\.js$`));
});

test('without Worker the engine runs on the page and every verdict is the same', async ({ page, gates: _g }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: a browser, or a host, without workers
    delete window.Worker;
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openWith(page, example, '#/step/check-source-key-policy');
  await expect(page.getByRole('region', { name: /Verdict/ })).toContainText('Fail');
  await page.goto('./#/step/results');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  await expect(page.getByRole('main')).toContainText('Fix 1 · Source KMS key policy');
  expect(workers).toEqual([]);
});

test('while a new verdict computes, the last one stays on screen and the page says it is re-checking', async ({ page, gates: _g, axe }) => {
  // Slow the worker down (the engine takes milliseconds; a slow machine or a big session takes longer).
  await page.route('**/assets/engine.worker-*.js', async (route) => {
    const body = await (await route.fetch()).text();
    const slow = `(() => { let h; Object.defineProperty(self, 'onmessage', { set(f) { h = f; self.addEventListener('message', (e) => { const end = Date.now() + 1500; while (Date.now() < end); h(e); }); }, get() { return h; } }); })();\n`;
    await route.fulfill({ contentType: 'text/javascript', body: slow + body });
  });
  await openWith(page, example, '#/step/check-source-key-policy');
  const verdict = page.getByRole('region', { name: /Verdict/ });
  await expect(verdict).toContainText('Fail', { timeout: 10_000 });
  const rechecking = page.getByRole('status').filter({ hasText: 'Re-checking…' });
  await expect(rechecking).toHaveCount(0);
  // A working policy: its verdict is Pass, but until it arrives the Fail stays, marked as being re-checked.
  const working = JSON.parse(readFileSync('public/examples/key-policy-working.json', 'utf8')).pastes.sourceKeyPolicy as string;
  await keyBox(page).fill(working);
  await expect(rechecking).toBeVisible();
  await expect(verdict).toContainText('Fail');
  await axe('re-checking');
  await expect(rechecking).toHaveCount(0, { timeout: 10_000 });
  await expect(verdict).not.toContainText('Fail');
  // Typing went on while the worker was busy: the box took every keystroke at once.
  await keyBox(page).fill(`${working} `);
  await expect(keyBox(page)).toHaveValue(`${working} `);
});
