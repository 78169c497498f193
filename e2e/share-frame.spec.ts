// A share link opened inside a page framed on another site: the frame starts with no session of its own (its
// storage is partitioned or blocked), and the link must still show what it brings and ask before it applies.
// Confirming applies it, cancelling changes nothing. Session files opened in the frame ask the same way.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from '@playwright/test';
import { expect, openFresh, test } from './fixtures';

const EXAMPLE = 'key-policy-missing-destination.json';

// The host is another origin (and site): a second server, reached as localhost, while the app is served from
// 127.0.0.1. (A real server, not a routed response: Chromium's local network checks block a frame of 127.0.0.1
// inside a page with no address.) The page it serves frames whatever `?src=` names.
let server: Server;
let hostOrigin: string;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(src.replace(/[<>"]/g, '')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

const hostPage = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Runbook</title></head>
<body><main><h1>Backup runbook</h1>
<iframe id="doctor" title="Copy Doctor" src="${src}" style="width:100%;height:1400px;border:0"></iframe>
</main></body></html>`;

/** Make a share link in the app's own page, in its own profile (pastes included, account IDs replaced by stand-ins). */
async function makeLink(browser: Browser, baseURL: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await openFresh(page);
  await page.evaluate(async (name) => {
    const res = await fetch(`examples/${name}`);
    localStorage.setItem('copy-doctor:session:v1', await res.text());
  }, EXAMPLE);
  await page.goto('./#/step/results');
  await page.reload();
  await page.getByRole('button', { name: 'Save or share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save or share' });
  await dialog.getByLabel('Include what I pasted (policies and command outputs)').check();
  await dialog.getByLabel('Replace account IDs with stand-ins').check();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  await context.close();
  return link;
}

/** Open the host page on the other origin, framing `src`, and wait for the framed app. */
async function host(page: Page, src: string): Promise<Frame> {
  await page.goto(`${hostOrigin}/runbook.html?src=${encodeURIComponent(src)}`);
  await expect.poll(() => page.frames().map((f) => f.url()), { message: 'the framed app' }).toContainEqual(expect.stringContaining('/docs/tools/copy-doctor/'));
  const frame = page.frame({ url: (u) => u.href.includes('/docs/tools/copy-doctor/') });
  await expect(frame!.getByRole('heading', { level: 1 })).toBeVisible();
  return frame!;
}

/** The frame's saved session: none, or no storage at all (a frame on another site may be refused it). */
const frameSession = (frame: Frame) =>
  frame.evaluate(() => {
    try {
      return localStorage.getItem('copy-doctor:session:v1');
    } catch {
      return 'storage blocked';
    }
  });

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${hostOrigin}/`) && !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to ${u}`);
  });
  return problems;
}

test('a share link in a frame on another site shows what it brings and asks; cancel changes nothing, open applies it', async ({ page, browser, baseURL, axe }) => {
  const link = await makeLink(browser, baseURL!);
  const frameUrl = link.replace(/\/(index\.html)?#/, '/index.html?embed=1#');
  expect(frameUrl).toContain('/copy-doctor/index.html?embed=1#/share/');

  const problems = watch(page);
  const frame = await host(page, frameUrl);
  expect(await frame.evaluate(() => window.location.origin)).not.toBe(await page.evaluate(() => window.location.origin));
  expect([null, 'storage blocked']).toContain(await frameSession(frame));

  // Nothing applied yet: the question, with what the link brings.
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Open a shared session');
  const brings = frame.getByRole('group', { name: 'What this link brings' });
  await expect(brings).toBeVisible();
  await expect(brings).toContainText('Source: 100000000001 (stand-in)');
  await expect(brings).toContainText('Destination: 100000000002 (stand-in)');
  await expect(brings).toContainText('Source: eu-west-1');
  await expect(brings).toContainText('Destination: eu-central-1');
  await expect(brings).toContainText('EBS');
  await expect(brings).toContainText('Source KMS key policy (or get-key-policy output)');
  await expect(brings).toContainText('Output of aws backup describe-copy-job');
  await expect(frame.getByText('The account IDs are stand-ins')).toBeVisible();
  await expect(frame.getByText('Open this session here?')).toBeVisible();
  await axe('framed share link, asking');
  expect([null, 'storage blocked']).toContain(await frameSession(frame));

  await frame.getByRole('button', { name: 'Cancel' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('What do you have?');
  expect([null, 'storage blocked']).toContain(await frameSession(frame));
  await frame.goto(`${frameUrl.replace(/#.*/, '')}#/step/facts`);
  await expect(frame.getByLabel(/Source account ID/)).toHaveValue('');

  // Again, and open it this time.
  await frame.goto(frameUrl);
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Open a shared session');
  await frame.getByRole('button', { name: 'Open the shared session' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  await frame.goto(`${frameUrl.replace(/#.*/, '')}#/step/facts`);
  await expect(frame.getByLabel(/Source account ID/)).toHaveValue('100000000001');
  expect(problems).toEqual([]);
});

test('a session file opened in a frame on another site is shown first too, and opens only when confirmed', async ({ page, baseURL, axe }) => {
  const problems = watch(page);
  const frame = await host(page, `${baseURL}index.html?embed=1#/step/start`);
  await frame.getByRole('button', { name: 'Save or share' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Save or share' });
  const file = { format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: '222233334444', destinationAccountId: '555566667777', sourceRegion: 'us-west-2' }, answers: { organization: 'same' }, pastes: { errorMessage: 'Access denied' } };
  await dialog.getByLabel('Session file (.json)').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(dialog.getByText('Open the session in “colleague.json” here?')).toBeVisible();
  const holds = dialog.getByRole('group', { name: 'What “colleague.json” holds' });
  await expect(holds).toContainText('Source: 222233334444');
  await expect(holds).toContainText('Destination: 555566667777');
  await expect(holds).toContainText('Error message or describe-copy-job output');
  await expect(holds).not.toContainText('stand-in');
  await expect(dialog.getByRole('button', { name: 'Open this session' })).toBeFocused();
  await axe('framed session file, asking');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Nothing was opened.' })).toBeVisible();
  expect([null, 'storage blocked']).toContain(await frameSession(frame));

  await dialog.getByLabel('Session file (.json)').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await dialog.getByRole('button', { name: 'Open this session' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  expect(problems).toEqual([]);
});
