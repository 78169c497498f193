import { expect, expectStep, openFresh, test } from './fixtures';

const SOURCE = '210987654321';
const DEST = '345678901234';

// The key policy most people start from: only the key owner's statement.
const BROKEN_KEY_POLICY = `{
  "Version": "2012-10-17",
  "Id": "key-default-1",
  "Statement": [
    {
      "Sid": "Enable IAM User Permissions",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::${SOURCE}:root" },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}`;

async function setFacts(page: import('@playwright/test').Page) {
  await openFresh(page, '#/step/facts');
  await page.getByLabel('Source account ID').fill(SOURCE);
  await page.getByLabel('Destination account ID').fill(DEST);
  await page.getByLabel('Source Region').selectOption('us-east-1');
  await page.getByLabel('Destination Region').selectOption('eu-west-1');
}

test('a broken key policy: findings, the corrected policy copied and pasted back passes', async ({ page, context, gates: _g, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setFacts(page);
  await page.goto('./#/step/check-source-key-policy');
  await expectStep(page, /key policy/i);
  await axe('key policy step, empty');
  const box = page.getByRole('textbox', { name: /Source KMS key policy/ });
  await box.fill(BROKEN_KEY_POLICY);
  const verdict = page.getByRole('region', { name: /Verdict/ });
  await expect(verdict).toContainText('Fail');
  await expect(verdict.getByRole('listitem').first()).toBeVisible();
  await axe('key policy step, failing');

  await page.getByRole('button', { name: 'Copy key-policy.json' }).click();
  await expect(page.getByText('Copied.').first()).toBeVisible();
  const corrected = await page.evaluate(() => navigator.clipboard.readText());
  const doc = JSON.parse(corrected) as { Statement: { Sid?: string }[] };
  expect(doc.Statement[0]?.Sid).toBe('Enable IAM User Permissions');
  expect(corrected).toContain(`arn:aws:iam::${DEST}:root`);

  await box.fill(corrected);
  await expect(verdict).toContainText('Pass');
  await axe('key policy step, passing');
});

test('a finding moves the cursor to the problem in the paste', async ({ page, gates: _g }) => {
  await setFacts(page);
  await page.goto('./#/step/check-source-key-policy');
  const box = page.getByRole('textbox', { name: /Source KMS key policy/ });
  await box.fill(BROKEN_KEY_POLICY.replace('"Effect": "Allow"', '"Effect": "Allow",\n      "Principle": "x"'));
  const goTo = page.getByRole('button', { name: /Go to line/ }).first();
  await goTo.click();
  await expect(box).toBeFocused();
  const selStart = await box.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(selStart).toBeGreaterThan(0);
});

test('pasted-from-chat damage is offered as a repair, shown as a diff first', async ({ page, gates: _g, axe }) => {
  await setFacts(page);
  await page.goto('./#/step/check-source-key-policy');
  const damaged = BROKEN_KEY_POLICY.replace(/"Version"/, '“Version”').replace('"Resource": "*"', '"Resource": "*",');
  await page.getByRole('textbox', { name: /Source KMS key policy/ }).fill(damaged);
  await page.getByRole('button', { name: 'Show the repair' }).click();
  await expect(page.getByRole('figure', { name: /Repair/ })).toBeVisible();
  await axe('repair diff');
  await page.getByRole('button', { name: 'Apply the repair' }).click();
  await expect(page.getByRole('textbox', { name: /Source KMS key policy/ })).toHaveValue(BROKEN_KEY_POLICY);
});

test('copy falls back on plain-HTTP hosts, and says when copying failed', async ({ page, gates: _g }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    document.execCommand = () => false;
  });
  await setFacts(page);
  await page.goto('./#/step/check-source-key-policy');
  await page.getByRole('textbox', { name: /Source KMS key policy/ }).fill(BROKEN_KEY_POLICY);
  await page.getByRole('button', { name: 'Copy key-policy.json' }).click();
  await expect(page.getByText(/Copying failed/).first()).toBeVisible();
});

test('the corrected policy downloads as a file', async ({ page, gates: _g }) => {
  await setFacts(page);
  await page.goto('./#/step/check-source-key-policy');
  await page.getByRole('textbox', { name: /Source KMS key policy/ }).fill(BROKEN_KEY_POLICY);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download key-policy.json' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('key-policy.json');
});

test('the vault policy step: load the broken example, then the working one', async ({ page, gates: _g, axe }) => {
  await setFacts(page);
  await page.goto('./#/step/check-destination-vault-policy');
  await expectStep(page, /vault/i);
  await page.getByRole('button', { name: 'Load a broken example' }).click();
  const verdict = page.getByRole('region', { name: /Verdict/ });
  await expect(verdict).not.toContainText('Pass');
  await axe('vault step, broken example');
  await page.getByRole('button', { name: 'Load a working example' }).click();
  await expect(verdict).toContainText('Pass');
});
