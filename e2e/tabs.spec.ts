// Two tabs on one session, and a full storage quota: a change saved by another tab is noticed and the user chooses
// (never one tab silently overwriting the other); when the browser's storage is full the page says the session
// can no longer be saved and offers the session file.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';

const KEY = 'copy-doctor:session:v1';
const exampleText = readFileSync('public/examples/key-policy-missing-destination.json', 'utf8');
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
const region = (page: Page) => page.getByLabel('Source Region', { exact: true });

test('a change saved in another tab is noticed; this tab stops saving until the user chooses', async ({ page, context, gates: _g, axe }) => {
  await openFresh(page);
  await page.evaluate(([k, s]) => localStorage.setItem(k, s), [KEY, exampleText] as const);
  await page.goto('./#/step/facts');
  await page.reload();
  const other = await context.newPage();
  await other.goto('./#/step/facts');
  await expect(region(other)).toHaveValue('eu-west-1');

  // The other tab changes the Region; this one is told.
  await region(other).selectOption('us-east-2');
  const notice = page.getByRole('alert').filter({ hasText: 'This session was changed in another tab.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('this tab has stopped saving');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(notice).toBeInViewport();
  await axe('another tab changed the session');
  // Editing here now does not overwrite the other tab's session.
  await region(page).selectOption('ap-south-1');
  expect((await stored(page)).facts.sourceRegion).toBe('us-east-2');

  // Load the other tab's session: this tab shows it, and saves again from now on.
  await notice.getByRole('button', { name: 'Load the other tab’s session' }).click();
  await expect(notice).toHaveCount(0);
  await expect(region(page)).toHaveValue('us-east-2');
  await page.getByLabel('Destination Region', { exact: true }).selectOption('eu-north-1');
  await expect.poll(async () => (await stored(page)).facts.destinationRegion).toBe('eu-north-1');

  // The first tab is now the one behind; it keeps its own and overwrites.
  const behind = other.getByRole('alert').filter({ hasText: 'This session was changed in another tab.' });
  await expect(behind).toBeVisible();
  await region(other).selectOption('sa-east-1');
  await behind.getByRole('button', { name: 'Keep mine and overwrite' }).focus();
  await other.keyboard.press('Enter');
  await expect(behind).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).facts).toMatchObject({ sourceRegion: 'sa-east-1', destinationRegion: 'eu-central-1' });
  await expect(page.getByRole('alert').filter({ hasText: 'This session was changed in another tab.' })).toBeVisible();
  await other.close();
});

test('the notice in Traditional Chinese', async ({ page, context, gates: _g, axe }) => {
  await openFresh(page);
  await page.evaluate(([k, s]) => {
    localStorage.setItem(k, s);
    localStorage.setItem('copy-doctor:lang', 'zh-TW');
  }, [KEY, exampleText] as const);
  await page.goto('./#/step/results');
  await page.reload();
  const other = await context.newPage();
  await other.goto('./#/step/start');
  await other.getByRole('button', { name: '重新開始' }).click();
  await other.getByRole('button', { name: '是，全部清除' }).click();
  const notice = page.getByRole('alert').filter({ hasText: '這個工作階段已在另一個分頁中變更。' });
  await expect(notice.getByRole('button', { name: '載入另一個分頁的工作階段' })).toBeVisible();
  await expect(notice.getByRole('button', { name: '保留我的並覆寫' })).toBeVisible();
  await axe('another tab, zh-TW');
  await other.close();
});

test('when storage is full the page says the session can no longer be saved, and offers the file', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.evaluate(([k, s]) => localStorage.setItem(k, s), [KEY, exampleText] as const);
  await page.goto('./#/step/facts');
  await page.reload();
  await expectStep(page, 'Which accounts and Regions?');
  // One save first, so what is stored is the page's own (compact) copy, not the pretty-printed example.
  await region(page).selectOption('us-east-1');
  await expect.poll(async () => (await stored(page)).facts.sourceRegion).toBe('us-east-1');
  // Fill this origin's storage to the brim, as years of other apps on a shared docs host can.
  const filled = await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return i;
  });
  expect(filled).toBeGreaterThan(2);
  // A longer vault name: the session grows by a few dozen bytes, which no longer fit.
  await page.getByLabel('Destination vault name').fill('central-backup-vault-for-the-payments-platform');
  const notice = page.getByRole('alert').filter({ hasText: 'Your session can no longer be saved in this browser: its storage is full.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('To keep your work, download the session file');
  // It stays in view wherever the page is scrolled to (it happened while the user worked further down).
  await page.setViewportSize({ width: 390, height: 700 });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(notice).toBeInViewport();
  await axe('storage full');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download session file' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.facts.destinationVaultName).toBe('central-backup-vault-for-the-payments-platform');
  // Read and dismissed, it stays away while saving keeps failing.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByLabel('Destination vault name').fill('central-backup-vault-for-the-payments-platform-eu');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The page keeps working in memory; once storage has room again, saving resumes.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
  await region(page).selectOption('eu-west-2');
  await expect.poll(async () => (await stored(page)).facts).toMatchObject({ sourceRegion: 'eu-west-2', destinationVaultName: 'central-backup-vault-for-the-payments-platform-eu' });
});
