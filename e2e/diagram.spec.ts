// The copy path picture on the results page: what it shows, its words, its links, both layouts, both themes, both
// languages, print, and walkthrough mode. Screenshots of every combination go to test-results/diagram/ for a look.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectStep, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

type SessionDoc = { facts: Record<string, string>; answers: Record<string, string>; pastes: Record<string, string> };
const example = (f: string) => JSON.parse(readFileSync(`public/examples/${f}`, 'utf8')) as SessionDoc;

/** Three failures: organization, the source key policy, the destination vault policy. */
function threeFailures(): SessionDoc {
  const s = example('key-policy-missing-destination.json');
  s.pastes.destinationVaultPolicy = example('vault-policy-missing.json').pastes.destinationVaultPolicy!;
  s.answers.organization = 'different';
  return s;
}

async function openResults(page: Page, session: SessionDoc, lang = 'en', walkthrough?: unknown) {
  await page.goto('./#/step/start');
  await page.evaluate(
    ([s, l, w]) => {
      localStorage.clear();
      localStorage.setItem('copy-doctor:lang', l!);
      localStorage.setItem('copy-doctor:session:v1', s!);
      if (w) localStorage.setItem('copy-doctor:walkthrough:v1', w);
    },
    [JSON.stringify(session), lang, walkthrough ? JSON.stringify(walkthrough) : ''],
  );
  await page.goto('./#/step/results');
  await page.reload();
}

const WORDS = {
  en: {
    figure: 'The copy path',
    list: 'The copy path in words',
    keyItem:
      'Source KMS key policy: Fail, from Service-linked role AWSServiceRoleForBackup (Destination account 345678901234, eu-central-1) to Source KMS key 0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58 (Source account 210987654321, eu-west-1)',
    keyLink: 'Fail: Source KMS key policy, from Service-linked role to Source KMS key',
    keyStep: 'Source KMS key policy',
    vaultItem: /^Destination vault access policy: Fail, from Source vault prod-ebs-vault/,
  },
  'zh-TW': {
    figure: '複製路徑',
    list: '以文字說明複製路徑',
    keyItem:
      '來源 KMS 金鑰政策：失敗，從服務連結角色 AWSServiceRoleForBackup（目的地帳戶 345678901234, eu-central-1）到來源 KMS 金鑰 0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58（來源帳戶 210987654321, eu-west-1）',
    keyLink: '失敗：來源 KMS 金鑰政策，從服務連結角色到來源 KMS 金鑰',
    keyStep: '來源 KMS 金鑰政策',
    vaultItem: /^目的地保存庫存取政策：失敗，從來源保存庫 prod-ebs-vault/,
  },
} as const;

for (const lang of ['en', 'zh-TW'] as const) {
  test(`${lang}: the picture names the failing checks in words, and its label opens the step`, async ({ page, gates: _g, axe }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1280, height: 900 });
    await openResults(page, threeFailures(), lang);
    const figure = page.getByRole('figure', { name: w.figure });
    await expect(figure).toBeVisible();
    await expect(figure.getByRole('img')).toHaveAttribute('data-layout', 'wide');
    // Above the checklist.
    const figureBox = (await figure.boundingBox())!;
    const firstGroup = (await page.getByRole('heading', { level: 2, name: lang === 'en' ? 'To fix, in this order' : '待修正（依此順序）' }).boundingBox())!;
    expect(figureBox.y + figureBox.height).toBeLessThan(firstGroup.y);

    // The list says every arrow in words, the failing ones with the check's name and its status.
    const list = figure.getByRole('list', { name: w.list });
    await expect(list.getByRole('listitem')).toHaveCount(11);
    await expect(list.getByRole('listitem').filter({ hasText: w.keyItem })).toHaveCount(1);
    await expect(list.getByRole('listitem').filter({ hasText: w.vaultItem })).toHaveCount(1);
    await axe(`picture, ${lang}, light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(`picture, ${lang}, dark`);
    await page.emulateMedia({ colorScheme: 'light' });

    // The label is a link to its step, by mouse and by keyboard.
    const link = figure.getByRole('link', { name: w.keyLink });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#\/step\/check-source-key-policy$/);
    await expectStep(page, w.keyStep);
    await page.goBack();
    await expect(figure).toBeVisible();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/step\/check-source-key-policy$/);
  });
}

test('the labels are in reading order for the keyboard, each visible when focused', async ({ page, gates: _g }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openResults(page, threeFailures());
  const figure = page.getByRole('figure', { name: 'The copy path' });
  const links = figure.getByRole('link');
  await expect(links).toHaveCount(11);
  const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  // Top to bottom, left to right: the management account's rules, the steps into the source vault (and, level with
  // them, the vault key's), the copy between the vaults, then the keys.
  expect(names).toEqual([
    'Fail: Same organization, from Organization to Source and destination accounts',
    'Needs input: Cross-account backup setting, from Cross-account backup setting to Source and destination accounts',
    'Needs input: Service control policies (SCPs), from SCPs and RCPs to Source and destination accounts',
    'Needs input: Tag policies, from Tag policies to Source and destination accounts',
    'Pass: Resource type and Regions, from Resource to Source vault',
    'Pass: IAM role, from Copy job role to Source vault',
    'Needs input: Encryption keys, from Destination vault to Vault key',
    'Fail: Destination vault access policy, from Source vault to Destination vault',
    'Needs input: Vault lock retention, from Source vault to Destination vault',
    'Needs input: Encryption keys, from Source vault to Source KMS key',
    'Fail: Source KMS key policy, from Service-linked role to Source KMS key',
  ]);
  await links.first().focus();
  for (let i = 1; i < 11; i++) {
    await page.keyboard.press('Tab');
    const focused = links.nth(i);
    await expect(focused).toBeFocused();
    // A visible focus outline, not just focus.
    const outline = await focused.evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).toBe('solid');
  }
});

test('below about 640 px the accounts stack; the picture stays axe clean there', async ({ page, gates: _g, axe }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openResults(page, threeFailures());
  const figure = page.getByRole('figure', { name: 'The copy path' });
  const img = figure.getByRole('img');
  await expect(img).toHaveCount(1);
  await expect(img).toHaveAttribute('data-layout', 'narrow');
  // It fits the screen: no sideways scrolling.
  const box = (await img.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await figure.getByRole('link', { name: /^Fail: Destination vault access policy/ }).click();
  await expect(page).toHaveURL(/#\/step\/check-destination-vault-policy$/);
  await page.goBack();
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe('picture, narrow, dark');
});

test('in walkthrough mode the results step explains how to read the picture', async ({ page, gates: _g, axe }) => {
  const walkthrough = { exampleId: 'key-policy-missing-destination', title: { en: 'Key policy', 'zh-TW': '金鑰政策' }, steps: {} };
  await openResults(page, example('key-policy-missing-destination.json'), 'en', walkthrough);
  await expect(page.getByRole('complementary', { name: 'Walkthrough: Key policy' })).toBeVisible();
  const figure = page.getByRole('figure', { name: 'The copy path' });
  await expect(figure.getByText(/^How to read the picture:/)).toBeVisible();
  await expect(figure.getByRole('link', { name: /^Fail: Source KMS key policy/ })).toBeVisible();
  await axe('walkthrough results with the picture');
  await page.getByRole('button', { name: 'Leave walkthrough' }).click();
  await expect(figure.getByText(/^How to read the picture:/)).toHaveCount(0);
  await expect(figure).toBeVisible();
});

test('printed: side by side, in black and white, with the status words', async ({ page, gates: _g }) => {
  // Print width (A4 less the margins) is under the side-by-side width on screen: print still shows that layout.
  await page.setViewportSize({ width: 600, height: 900 });
  await openResults(page, threeFailures());
  const figure = page.getByRole('figure', { name: 'The copy path' });
  await expect(figure.getByRole('img')).toHaveAttribute('data-layout', 'narrow');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const img = figure.getByRole('img');
  await expect(img).toHaveAttribute('data-layout', 'wide');
  const fail = img.locator('g[data-check="source-key-policy"]');
  await expect(fail).toContainText('Fail');
  const colours = await img.evaluate((svg) => {
    const out = new Set<string>();
    for (const el of svg.querySelectorAll('polyline, polygon, text, rect, circle')) {
      const s = getComputedStyle(el);
      for (const c of [s.stroke, s.fill]) if (c && c !== 'none') out.add(c);
    }
    return [...out];
  });
  expect(colours.sort()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // The statuses still differ without colour: the line patterns.
  const patterns = await img.evaluate((svg) => [...svg.querySelectorAll('g[data-status] > polyline')].map((l) => `${l.parentElement!.dataset.status}:${l.getAttribute('stroke-dasharray') ?? 'solid'}`));
  expect(new Set(patterns)).toEqual(new Set(['fail:solid', 'pass:solid', 'unknown:4 4']));
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
});

test('screenshots: en and zh-TW, narrow and wide, light and dark, and print', async ({ page, gates: _g }, info) => {
  test.setTimeout(180_000);
  const dir = `${info.project.outputDir}/diagram`;
  for (const lang of ['en', 'zh-TW'] as const)
    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ media: 'screen', colorScheme: scheme });
        await openResults(page, threeFailures(), lang);
        const figure = page.getByRole('figure', { name: WORDS[lang].figure });
        await expect(figure.getByRole('img')).toHaveAttribute('data-layout', width < 640 ? 'narrow' : 'wide');
        await figure.screenshot({ path: `${dir}/${lang}-${width}-${scheme}.png` });
      }
  for (const lang of ['en', 'zh-TW'] as const) {
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await openResults(page, threeFailures(), lang);
    const figure = page.getByRole('figure', { name: WORDS[lang].figure });
    await figure.screenshot({ path: `${dir}/${lang}-print.png` });
  }
  await page.emulateMedia({ media: 'screen' });
});
