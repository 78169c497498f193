// Gather bundles in the paste box: three bundles (source, destination, management) pasted at once leave nothing the
// bundles carry as "needs input"; a bundle in a format this page does not read says why; with only the source
// bundle, the results page offers the read-only gather script for the accounts still missing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';

const dir = new URL('../public/examples/bundles/key-policy-missing-destination/', import.meta.url);
const bundle = (role: string) => readFileSync(new URL(`${role}.json`, dir), 'utf8');
const SHOTS = process.env.E2E_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('three bundles pasted at once fill every input they carry', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await expectStep(page, 'What do you have?');
  await page.getByLabel('Outputs to recognise').fill([bundle('source'), bundle('destination'), bundle('management')].join('\n\n'));
  await expect(page.getByRole('heading', { name: 'Found in what you pasted' })).toBeVisible();
  const items = page.getByRole('listitem').filter({ hasText: 'A gather bundle for the' });
  await expect(items).toHaveCount(3);
  await axe('start, three bundles found');
  await page.getByRole('button', { name: 'Add them to the checks' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Read the gather bundles' });
  await expect(status).toContainText('Read the gather bundles: source account, destination account, management account.');
  await expect(status).toContainText('source key policy');
  await expect(page.getByLabel('Outputs to recognise')).toHaveValue('');
  // The destination vault has no access policy: the call's error is the answer, and a note says so.
  await expect(page.getByText('What the scripts found')).toBeVisible();
  await expect(page.getByText(/which itself is the answer/)).toBeVisible();
  await shot(page, 'bundles-added-en');
  await axe('start, bundles added');

  await page.getByRole('link', { name: 'See the results' }).click();
  await expectStep(page, 'Your checklist');
  await expect(page.getByRole('region', { name: 'Needs input' })).toHaveCount(0);
  const gather = page.getByRole('region', { name: 'Still missing, and the script that gets it' });
  await expect(gather).toContainText('Nothing is missing: every check has what it needs.');
  await axe('results after three bundles');

  // Nothing lost on reload: the session holds what the bundles filed.
  await page.reload();
  await expectStep(page, 'Your checklist');
  await expect(page.getByRole('region', { name: 'Needs input' })).toHaveCount(0);
});

test('a bundle in another format version says why it was not read', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  const wrong = JSON.stringify({ ...JSON.parse(bundle('destination')), version: 7 }, null, 2);
  await page.getByLabel('Outputs to recognise').fill(wrong);
  await expect(page.getByText('This bundle cannot be read: This bundle has version 7; this Copy Doctor reads version 1.')).toBeVisible();
  await axe('start, wrong bundle');
  await page.getByRole('button', { name: 'Add them to the checks' }).click();
  await expect(page.getByText(/A bundle could not be read: This bundle has version 7/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No bundle was used.' })).toBeVisible();
});

test('with only the source bundle, the results page offers the read-only scripts for the other accounts', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.getByLabel('Outputs to recognise').fill(bundle('source'));
  await expect(page.getByRole('listitem').filter({ hasText: 'A gather bundle for the' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Add them to the checks' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Read the gather bundles: source account.' })).toBeVisible();
  await page.getByRole('link', { name: 'See the results' }).click();
  await expectStep(page, 'Your checklist');

  const gather = page.getByRole('region', { name: 'Still missing, and the script that gets it' });
  await expect(gather.getByRole('heading', { level: 3, name: 'source account' })).toHaveCount(0);
  const destination = gather.getByRole('region', { name: 'destination account' });
  await expect(destination).toContainText('Read-only: it changes nothing.');
  await expect(destination).toContainText(/Run it in account \d{12}, Region [a-z]+-[a-z]+-\d\./);
  await expect(destination.getByRole('tab', { name: 'Bash (CloudShell)' })).toHaveAttribute('aria-selected', 'true');
  await destination.getByText('Show the Bash (CloudShell) script for the destination account').click();
  const script = destination.locator('pre').first();
  await expect(script).toContainText('Copy Doctor gather script for the DESTINATION account');
  expect((await script.textContent())?.startsWith('#!')).toBe(true);
  await expect(script).toContainText('It changes nothing.');
  await expect(destination.getByRole('button', { name: 'Download copy-doctor-gather-destination.sh' })).toBeVisible();
  await destination.getByRole('tab', { name: 'PowerShell' }).click();
  await expect(destination.getByRole('button', { name: 'Download copy-doctor-gather-destination.ps1' })).toBeVisible();
  await expect(gather.getByRole('region', { name: 'management account' })).toBeVisible();
  await axe('results, scripts offered');
  await shot(page, 'results-scripts-en');

  await page.evaluate(() => localStorage.setItem('copy-doctor:lang', 'zh-TW'));
  await page.reload();
  const zh = page.getByRole('region', { name: '仍然缺少的資料，以及取得它的指令碼' });
  await expect(zh.getByRole('region', { name: '目的地帳戶' })).toContainText('唯讀：它不會變更任何東西。');
  await axe('results, scripts offered, zh-TW');
  await shot(page, 'results-scripts-zh');
});
