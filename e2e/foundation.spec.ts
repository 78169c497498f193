import { readFileSync } from 'node:fs';
import { expect, expectStep, openFresh, test } from './fixtures';

const ORG_MESSAGE = 'Copy job failed. Both source and destination account must be a member of the same organization.';
const COPY_JOB = JSON.stringify(
  {
    CopyJob: {
      AccountId: '210987654321',
      CopyJobId: 'D2D7E0A6-8E2B-4F1C-9A3E-1B2C3D4E5F60',
      SourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault',
      SourceRecoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890',
      DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault',
      ResourceArn: 'arn:aws:ec2:us-east-1:210987654321:volume/vol-0a1b2c3d4e5f67890',
      ResourceType: 'EBS',
      State: 'FAILED',
      StatusMessage: ORG_MESSAGE,
      IamRoleArn: 'arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole',
    },
  },
  null,
  2,
);

test('the start page loads under a sub-path, within the JS budget, and is accessible', async ({ page, gates: _g, axe }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await openFresh(page);
  await expectStep(page, 'What do you have?');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Step 1 of');
  await axe('start');
  // Everything the start page loads is inside the measured budget set.
  const budget = JSON.parse(readFileSync(`${process.env.DIST ?? 'dist'}/.budget.json`, 'utf8')) as { files: string[] };
  const counted = budget.files.map((f) => f.split('/').pop());
  for (const s of scripts) expect(counted).toContain(s);
});

test('Continue is never disabled: a problem shows on submit', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose where to start');
  await axe('start with problem');
});

test('an error message leads to the organization step, with the facts asked for and kept on reload', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.getByLabel(/error message, or describe-copy-job/i).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'What does the copy job say?');
  await expect(page).toHaveURL(/#\/step\/triage$/);
  await axe('triage');
  await page.getByLabel('Error message or describe-copy-job output').fill(`Access denied: ${ORG_MESSAGE}`);
  await expect(page.getByRole('heading', { name: /organization/i, level: 2 }).first()).toBeVisible();
  await axe('triage with result');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectStep(page, 'Which accounts and Regions?');
  await axe('facts');
  // A problem shows while typing, before Continue, and goes when the value is right.
  const org = page.getByLabel(/^Organization ID/);
  await org.fill('o-NOT-AN-ID');
  await expect(page.getByText('An organization ID looks like')).toBeVisible();
  await org.fill('o-7h2kd9x3qa');
  await expect(page.getByText('An organization ID looks like')).toHaveCount(0);
  await page.getByLabel('Source account ID').fill('SourceAccountID');
  await page.getByLabel('Destination account ID').fill('1234567890123');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('placeholder');
  await expect(page.getByRole('alert')).toContainText('exactly 12 digits');
  await axe('facts with problems');
  await page.getByLabel('Source account ID').fill('210987654321');
  await page.getByLabel('Destination account ID').fill('345678901234');
  await page.getByLabel('Source Region').selectOption('us-east-1');
  await page.getByLabel('Destination Region').selectOption('eu-west-1');
  await expect(page.getByText('A cross-account and cross-Region copy')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectStep(page, /organization/i);
  await expect(page).toHaveURL(/#\/step\/check-organization$/);
  await axe('organization');
  await page.reload();
  await expectStep(page, /organization/i);
  await page.getByRole('link', { name: 'Back' }).click();
  await expectStep(page, 'Which accounts and Regions?');
  await expect(page.getByLabel('Source account ID')).toHaveValue('210987654321');
  await page.goBack();
  await expectStep(page, /organization/i);
  await page.goForward();
  await expectStep(page, 'Which accounts and Regions?');
});

test('a describe-copy-job output fills the facts and goes straight to the organization step', async ({ page, gates: _g, axe }) => {
  await openFresh(page, '#/step/triage');
  await page.getByLabel('Error message or describe-copy-job output').fill(COPY_JOB);
  await expect(page.getByText('345678901234').first()).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, /organization/i);
  await expect(page.getByText('210987654321').first()).toBeAttached();
  await axe('organization from copy job');
  // A deep-link reload under the sub-path keeps everything.
  await page.reload();
  await expectStep(page, /organization/i);
  await page.getByText('Accounts and Regions used for this check').click();
  await expect(page.getByText('345678901234').first()).toBeVisible();
  await expect(page.getByText('eu-west-1').first()).toBeVisible();
});

test('a message no check covers yet says where to look, not "retry"; a service-side one still says retry', async ({ page, gates: _g, axe }) => {
  await openFresh(page, '#/step/triage');
  const box = page.getByLabel('Error message or describe-copy-job output');
  await box.fill('Source AMI ami-0123456789abcdef0 not found in Region.');
  await box.blur();
  await expect(page.getByRole('heading', { name: 'The image is not allowed in the destination' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No check here reads this yet. Look at:' })).toBeVisible();
  await expect(page.getByText(/aws ec2 get-allowed-images-settings/)).toBeVisible();
  await expect(page.getByText(/retry the copy job/)).toHaveCount(0);
  await axe('triage with places to look at');
  await box.fill('Copy job encountered a fatal error.');
  await box.blur();
  await expect(page.getByRole('heading', { name: 'Fatal error inside AWS Backup' })).toBeVisible();
  await expect(page.getByText(/retry the copy job/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No check here reads this yet. Look at:' })).toHaveCount(0);
});

test('the same path in Traditional Chinese, remembered across reloads', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您手上有什麼資料？');
  await axe('start zh-TW');
  await page.getByLabel(/複製任務的錯誤訊息/).check();
  await page.getByRole('button', { name: '繼續' }).click();
  await page.getByLabel('錯誤訊息或 describe-copy-job 的輸出').fill(COPY_JOB);
  await page.getByRole('button', { name: '繼續' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第');
  await expect(page).toHaveURL(/check-organization$/);
  await axe('organization zh-TW');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('組織');
});

test('start over clears everything after a confirmation', async ({ page, gates: _g, axe }) => {
  await openFresh(page, '#/step/triage');
  await page.getByLabel('Error message or describe-copy-job output').fill(ORG_MESSAGE);
  await page.getByLabel('Error message or describe-copy-job output').blur();
  await page.getByRole('button', { name: 'Start over' }).click();
  await axe('start over confirm');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByLabel('Error message or describe-copy-job output')).toHaveValue(ORG_MESSAGE);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expectStep(page, 'What do you have?');
  await page.goto('./#/step/triage');
  await expect(page.getByLabel('Error message or describe-copy-job output')).toHaveValue('');
});

test('a damaged saved session is dropped with a notice', async ({ page, gates: _g, axe }) => {
  await page.goto('./#/step/start');
  await page.evaluate(() => localStorage.setItem('copy-doctor:session:v1', '{"format":"something-else"'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be restored');
  await axe('restore notice');
});

test('an unknown step shows a page-not-found with a way back', async ({ page, gates: _g, axe }) => {
  await page.goto('./#/step/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await axe('not found');
  await page.getByRole('link', { name: 'Go to the first step' }).click();
  await expectStep(page, 'What do you have?');
});

test('a knowledge pack that fails validation gives a clear error page, never silent data', async ({ page, gates: _g, axe }) => {
  await page.route('**/knowledge/errors.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ format: 'copy-doctor/knowledge-errors', version: 1, checkedOn: 'yesterday', entries: [] }) }),
  );
  await page.goto('./#/step/triage');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The knowledge pack could not be used');
  await expect(page.getByText(/errors\.json/).first()).toBeVisible();
  await axe('pack error');
});

test('a language whose words cannot be fetched is not switched to: the page stays and says so', async ({ page, gates, axe }) => {
  await openFresh(page);
  await expectStep(page, 'What do you have?');
  // English is in; the other language's start-page words are not fetched yet. Make fetching them fail.
  await page.route('**/assets/start-*.js', (route) => route.abort());
  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(page.getByRole('alert')).toContainText('That language could not be loaded');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What do you have?');
  await axe('language not loaded');
  // As the alert says: reload, choose again. Nothing was lost: the page is still in English, with the session.
  await page.unroute('**/assets/start-*.js');
  await page.reload();
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您手上有什麼資料？');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The browser reports the aborted fetch; nothing else may be reported.
  const expected = /ERR_FAILED|Failed to fetch dynamically imported module/;
  gates.consoleErrors.splice(0, gates.consoleErrors.length, ...gates.consoleErrors.filter((e) => !expected.test(e)));
});
