// Sharing and resuming: share links (with and without pastes, redacted), opened in a fresh browser profile;
// malformed links; session files out and in, damaged ones included. Nothing already entered is ever lost.
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';

const EXAMPLE = 'key-policy-missing-destination.json';
const exampleText = readFileSync(`public/examples/${EXAMPLE}`, 'utf8');
const example = JSON.parse(exampleText) as { facts: Record<string, string>; pastes: Record<string, string> };
const ACCOUNT_IDS = [...new Set(exampleText.match(/(?<!\d)\d{12}(?!\d)/g))];

async function openWithExample(page: Page, hash = '#/step/results') {
  await openFresh(page);
  await page.evaluate((s) => localStorage.setItem('copy-doctor:session:v1', s), exampleText);
  await page.goto(`./${hash}`);
  await page.reload();
}

/** Open the panel, set the options, copy the link; returns the link as shown in the panel. */
async function makeLink(page: Page, opts: { pastes?: boolean; redact?: boolean } = {}) {
  await page.getByRole('button', { name: 'Save or share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save or share' });
  await expect(dialog).toBeVisible();
  if (opts.pastes) await dialog.getByLabel('Include what I pasted (policies and command outputs)').check();
  if (opts.redact) await dialog.getByLabel('Replace account IDs with stand-ins').check();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText(/Share link copied|could not be copied/);
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+\?at=/);
  return link;
}

function decodeLink(link: string): { facts: Record<string, string>; answers: Record<string, string>; pastes: Record<string, string> } {
  const data = /#\/share\/([A-Za-z0-9_-]+)/.exec(link)![1]!;
  return JSON.parse(inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8'));
}

/**
 * A fresh browser profile: nothing in local storage, as a colleague opening the link would be. The link still
 * asks first, listing what it brings; this opens it.
 */
async function openInFreshProfile(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Open a shared session');
  await expect(page.getByText('Open this session here?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my session first' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the shared session' }).click();
  return { context, page, errors };
}

test('a share link without pastes: facts and answers only, opened in a fresh profile', async ({ page, browser, context, gates: _g, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithExample(page);
  await expectStep(page, 'Your checklist');
  await page.getByRole('button', { name: 'Save or share' }).click();
  await axe('save or share dialog');
  await page.getByRole('button', { name: 'Close' }).click();
  const link = await makeLink(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toContain('?at=results');
  const shared = decodeLink(link);
  expect(shared.pastes).toEqual({});
  expect(shared.facts).toEqual(example.facts);
  expect(link).not.toContain('embed');

  const fresh = await openInFreshProfile(browser, link);
  await expect(fresh.page.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  await expect(fresh.page).toHaveURL(/#\/step\/results$/);
  const stored = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1')!));
  expect(stored.facts).toEqual(example.facts);
  expect(stored.pastes).toEqual({});
  await fresh.page.goto(link.replace(/#.*/, '#/step/check-source-key-policy'));
  await expect(fresh.page.getByRole('textbox', { name: /Source KMS key policy/ })).toHaveValue('');
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('a share link with pastes carries them, and the recipient sees the same verdicts', async ({ page, browser, gates: _g }) => {
  await openWithExample(page, '#/step/check-source-key-policy');
  const link = await makeLink(page, { pastes: true });
  expect(link).toContain('?at=check-source-key-policy');
  expect(decodeLink(link).pastes).toEqual(example.pastes);

  const fresh = await openInFreshProfile(browser, link);
  await expect(fresh.page).toHaveURL(/#\/step\/check-source-key-policy$/);
  await expect(fresh.page.getByRole('textbox', { name: /Source KMS key policy/ })).toHaveValue(example.pastes.sourceKeyPolicy!);
  await expect(fresh.page.getByRole('region', { name: /Verdict/ })).toContainText('Fail');
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('redaction: no original account ID anywhere in the link, the same stand-in for the same ID', async ({ page, browser, gates: _g, axe }) => {
  await openWithExample(page);
  const link = await makeLink(page, { pastes: true, redact: true });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`${ACCOUNT_IDS.length} account IDs were replaced by stand-ins.`)).toBeVisible();
  await axe('share dialog with redaction');
  const text = JSON.stringify(decodeLink(link));
  for (const id of ACCOUNT_IDS) {
    expect(text).not.toContain(id);
    expect(link).not.toContain(id);
  }
  const shared = decodeLink(link);
  expect(shared.facts.sourceAccountId).toBe('100000000001');
  expect(shared.facts.destinationAccountId).toBe('100000000002');
  expect(shared.pastes.copyJob).toContain('arn:aws:backup:eu-central-1:100000000002:backup-vault');
  expect(shared.facts.sourceKeyArn).toContain(':100000000001:key/');

  const fresh = await openInFreshProfile(browser, link);
  await expect(fresh.page.getByRole('heading', { level: 1 })).toContainText('Your checklist');
  const html = await fresh.page.content();
  for (const id of ACCOUNT_IDS) expect(html).not.toContain(id);
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('opening a link over a session in progress asks first; keeping mine changes nothing', async ({ page, gates: _g, axe }) => {
  await openWithExample(page);
  const link = await makeLink(page, { redact: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save or share' })).toBeFocused();
  const before = await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'));

  await page.goto(link);
  await expectStep(page, 'Open a shared session');
  await expect(page.getByText('You have a session in progress')).toBeVisible();
  await axe('open shared session, confirm');
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expectStep(page, 'What do you have?');
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'))).toBe(before);

  await page.goto(link);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my session first' }).click();
  expect((await download).suggestedFilename()).toMatch(/^copy-doctor-session-\d{4}-\d\d-\d\d\.json$/);
  await page.getByRole('button', { name: 'Open the shared session' }).click();
  await expectStep(page, 'Your checklist');
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1')!));
  expect(after.facts.sourceAccountId).toBe('100000000001');
  expect(after.pastes).toEqual({});
});

test('a malformed or cut link says what is wrong and loses nothing', async ({ page, gates: _g, axe }) => {
  await openWithExample(page);
  const link = await makeLink(page, { pastes: true });
  const before = await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'));
  await page.keyboard.press('Escape');

  await page.goto('./#/share/not$a*link');
  await expectStep(page, 'Open a shared session');
  await expect(page.getByRole('alert')).toContainText('This share link could not be opened');
  await expect(page.getByRole('alert')).toContainText('Nothing you entered was changed');
  await axe('malformed share link');

  // Cut in the middle, as a chat tool might.
  await page.goto(link.slice(0, Math.floor(link.indexOf('?at=') * 0.7)));
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  // Compressed fine, but not a session.
  const notSession = deflateRawSync(Buffer.from(JSON.stringify({ format: 'something-else' }))).toString('base64url');
  await page.goto(`./#/share/${notSession}`);
  await expect(page.getByRole('alert')).toContainText('it is not a Copy Doctor session ("format" must be');
  await page.goto(`./#/share/${'A'.repeat(360_004)}`);
  await expect(page.getByRole('alert')).toContainText('it is too long (360,004 characters; at most 360,000 are read)');
  await page.getByRole('link', { name: 'Back to my session' }).click();
  await expectStep(page, 'What do you have?');
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'))).toBe(before);
});

test('session files: download, a damaged file is refused with a message, a good one replaces after asking', async ({ page, gates: _g, axe }) => {
  await openWithExample(page, '#/step/facts');
  const before = await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'));
  // Keyboard only: the panel opens from the header and holds focus.
  await page.getByRole('button', { name: 'Save or share' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Save or share' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download session file' }).click();
  const file = await download;
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(saved).toEqual(JSON.parse(before!));

  await dialog.getByLabel('Session file (.json)').setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"copy-doctor/session","version":1,"facts":{'),
  });
  await expect(dialog.getByRole('alert')).toContainText('“damaged.json” could not be opened');
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
  await expect(dialog.getByRole('alert')).toContainText('Nothing you entered was changed');
  await axe('damaged file');
  await dialog.getByLabel('Session file (.json)').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'copy-doctor/session', version: 2 })),
  });
  await expect(dialog.getByRole('alert')).toContainText('"version" must be 1');
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'))).toBe(before);

  const other = { format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: '222233334444', sourceRegion: 'us-west-2' }, answers: {}, pastes: {} };
  await dialog.getByLabel('Session file (.json)').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(dialog.getByText('Replace what you have entered with the session in “colleague.json”?')).toBeVisible();
  const holds = dialog.getByRole('definition');
  await expect(holds.filter({ hasText: 'Source: 222233334444' })).toBeVisible();
  await expect(holds.filter({ hasText: 'Source: us-west-2' })).toBeVisible();
  await axe('session file preview');
  await expect(dialog.getByRole('button', { name: 'Replace my session' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'))).toBe(before);
  await dialog.getByLabel('Session file (.json)').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await dialog.getByRole('button', { name: 'Replace my session' }).click();
  await expect(dialog).toBeHidden();
  await expectStep(page, 'Your checklist');
  const now = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1')!));
  expect(now.facts).toEqual(other.facts);
});

test('the save-or-share panel in Traditional Chinese', async ({ page, gates: _g, axe }) => {
  await openWithExample(page, '#/step/start');
  await page.getByLabel('Language').selectOption('zh-TW');
  await page.getByRole('button', { name: '儲存或分享' }).click();
  const dialog = page.getByRole('dialog', { name: '儲存或分享' });
  await expect(dialog.getByLabel('包含我貼上的內容（政策與指令輸出）')).not.toBeChecked();
  await dialog.getByRole('button', { name: '複製分享連結' }).click();
  await expect(dialog.getByRole('textbox', { name: '分享連結' })).toHaveValue(/#\/share\//);
  await axe('share dialog zh-TW');
  await dialog.getByRole('button', { name: '關閉' }).click();
  await expect(page.getByRole('button', { name: '儲存或分享' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您手上有什麼資料？');
});

test('on a plain-HTTP host the link is still copied, and when copying fails it is selected for the user', async ({ page, context, gates: _g }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    // Record what the old copy command copies: the selected text of the focused field. (Headless Chromium's
    // clipboard does not always show execCommand copies to navigator.clipboard.readText.)
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const original = document.execCommand.bind(document);
    document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
      const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
      if (command === 'copy' && el && 'selectionStart' in el) w.__copied.push(el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
      return original(command, ...rest);
    };
  });
  await openWithExample(page);
  const link = await makeLink(page);
  await expect(page.getByRole('dialog').getByRole('status').first()).toHaveText('Share link copied.');
  expect(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1))).toBe(link);

  await page.evaluate(() => {
    document.execCommand = () => false;
  });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('dialog').getByRole('status').first()).toContainText('could not be copied automatically');
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(link.length);
});
