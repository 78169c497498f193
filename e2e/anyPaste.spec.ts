// The paste box that takes anything: several outputs at once on the start page, filed and diagnosed; a choice where
// the box cannot tell; a wrong-account paste held until the user decides; keyboard only; both languages.
import type { Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';
import { DESTINATION, OUTPUTS, SOURCE, SOURCE_KEY } from '../src/test-support/outputs';

const PROMPT = '[cloudshell-user@ip-10-130-45-7 ~]$ ';
const THREE =
  `${PROMPT}aws backup describe-copy-job --copy-job-id D2D7E0A6-8E2B-4F1C-9A3E-1B2C3D4E5F60\n${OUTPUTS.describeCopyJob}\n` +
  `${PROMPT}aws kms get-key-policy --key-id ${SOURCE_KEY} --policy-name default\n${OUTPUTS.getKeyPolicy}\n` +
  `${PROMPT}aws backup get-backup-vault-access-policy --backup-vault-name dr-central-vault\n${OUTPUTS.getVaultPolicy}\n${PROMPT}`;

const found = (page: Page) => page.getByRole('list').filter({ has: page.getByText('describe-copy-job output') });

test('three outputs pasted at once on the start page are filed, and the results decide their checks', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await expectStep(page, 'What do you have?');
  await expect(page.getByRole('heading', { level: 2, name: 'Paste anything' })).toBeVisible();
  await page.getByLabel('Outputs to recognise').fill(THREE);

  await expect(page.getByRole('heading', { name: 'Found in what you pasted' })).toBeVisible();
  const items = found(page).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`copy job output (source account ${SOURCE}) · describe-copy-job output`);
  await expect(items.nth(1)).toContainText(`source key policy (source account ${SOURCE}) · get-key-policy output`);
  await expect(items.nth(2)).toContainText(`vault access policy (destination account ${DESTINATION}) · get-backup-vault-access-policy output`);
  await axe('start, three outputs found');

  await page.getByRole('button', { name: 'Add them to the checks' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Added:' });
  await expect(status).toContainText(
    `Added: copy job output (source account ${SOURCE}), source key policy (source account ${SOURCE}), vault access policy (destination account ${DESTINATION}).`,
  );
  await expect(page.getByLabel('Outputs to recognise')).toHaveValue('');
  await axe('start, three outputs added');

  await page.getByRole('link', { name: 'See the results' }).click();
  await expectStep(page, 'Your checklist');
  // The key policy lacks the grant actions: decided. The vault policy allows the source account: decided.
  const toFix = page.getByRole('region', { name: 'To fix, in this order' });
  await expect(toFix.getByRole('heading', { level: 3, name: /Source KMS key policy/ })).toBeVisible();
  const passed = page.getByRole('region', { name: 'Passed and not applicable' });
  await expect(passed.getByRole('heading', { level: 3, name: /Pass .*Destination vault access policy/ })).toBeVisible();
  await axe('results after the paste box');

  // Everything is in the session: reload keeps it, and the key policy step shows what was filed.
  await page.goto('./#/step/check-source-key-policy');
  await expect(page.getByLabel('Source KMS key policy (or get-key-policy output)')).toHaveValue(OUTPUTS.getKeyPolicy);
});

test('on a check step, by keyboard: the box asks which account an organization output is from, and holds a wrong-account paste', async ({ page, gates: _g, axe }) => {
  await openFresh(page, '#/step/check-organization');
  const summary = page.getByText('Paste any output: we recognise it and put it where it belongs');
  await summary.focus();
  await page.keyboard.press('Enter'); // opens the disclosure
  const box = page.getByLabel('Outputs to recognise');
  await expect(box).toBeVisible();
  await box.focus();
  const keyFromDestination = OUTPUTS.keyPolicy
    .replace(`arn:aws:iam::${SOURCE}:root`, 'OWNER')
    .replace(`arn:aws:iam::${DESTINATION}:root`, `arn:aws:iam::${SOURCE}:root`)
    .replace('OWNER', `arn:aws:iam::${DESTINATION}:root`);
  await page.keyboard.insertText(`${OUTPUTS.describeCopyJob}\n${OUTPUTS.organization}\n${keyFromDestination}`);

  const org = page.getByRole('listitem').filter({ hasText: 'describe-organization output' });
  await expect(org).toContainText('prints the same in every account of an organization');
  const key = page.getByRole('listitem').filter({ hasText: 'a key policy' });
  await expect(key).toContainText(`This comes from the destination account (${DESTINATION}), but the source key policy comes from the source account (${SOURCE}).`);
  await axe('organization step, choices asked');

  // Add without choosing: the copy job goes in, the other two wait.
  await page.getByRole('button', { name: 'Add them to the checks' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added:' })).toContainText(`Added: copy job output (source account ${SOURCE}). 2 outputs still need your choice.`);
  await expect(page.getByRole('listitem').filter({ hasText: 'describe-organization output' })).toBeVisible();

  // Choose by keyboard: the organization output is the destination account's; the key policy is not added.
  const where = page.getByRole('listitem').filter({ hasText: 'describe-organization output' }).getByLabel('Where this goes');
  await where.focus();
  await where.selectOption({ label: 'destination organization' });
  await page.getByRole('listitem').filter({ hasText: 'a key policy' }).getByLabel('Where this goes').selectOption({ label: 'Do not add it' });
  await page.getByRole('button', { name: 'Add them to the checks' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added:' })).toHaveText('Added: destination organization.');
  await expect(page.getByLabel('Output of aws organizations describe-organization in the destination account')).toHaveValue(OUTPUTS.organization);
  await expect(page.getByLabel('Output of aws organizations describe-organization in the source account')).toHaveValue('');
  await axe('organization step, filed');
});

test('in Traditional Chinese, a list of copy jobs asks which failed job, the newest first', async ({ page, gates: _g, axe }) => {
  await page.goto('./#/step/start');
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('copy-doctor:lang', 'zh-TW');
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '貼上任何內容' })).toBeVisible();
  await page.getByLabel('要辨識的輸出').fill(`$ aws backup list-copy-jobs --by-state FAILED\n${OUTPUTS.listCopyJobs}`);
  const job = page.getByLabel('哪一個失敗的複製任務');
  await expect(job.locator('option')).toHaveCount(2);
  await expect(job.locator('option').first()).toContainText('6A1B2C3D-0000-4000-8000-000000000003');
  await axe('start in zh-TW, copy job list');
  await job.selectOption({ index: 1 });
  await page.getByRole('button', { name: '加入檢查' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已加入' })).toContainText(`已加入：複製任務輸出（來源帳戶 ${SOURCE}）。`);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1') ?? '{}') as { pastes: Record<string, string> });
  expect(JSON.parse(saved.pastes.copyJob ?? '{}').CopyJobId).toBe('6A1B2C3D-0000-4000-8000-000000000002');
});

test('a file chosen in the box: a saved session is recognised and opened', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  const saved = JSON.stringify({ format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: SOURCE, destinationAccountId: DESTINATION }, answers: {}, pastes: { copyJob: OUTPUTS.describeCopyJob } }, null, 2);
  await page.getByLabel('Or choose files (you can also drop them on the box)').setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByLabel('Outputs to recognise')).toHaveValue(saved);
  const item = page.getByRole('listitem').filter({ hasText: 'a Copy Doctor session' });
  await expect(item).toContainText('A saved Copy Doctor session.');
  await axe('start, a session file chosen');
  await item.getByRole('button', { name: 'Open this session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The session was opened.' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1') ?? '{}') as { facts: Record<string, string> });
  expect(stored.facts.destinationAccountId).toBe(DESTINATION);
});
