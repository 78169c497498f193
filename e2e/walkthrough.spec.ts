// Walkthrough mode from the examples gallery: a trainer picks an example, and every step explains itself.
import { readFileSync } from 'node:fs';
import { expect, expectStep, openFresh, test } from './fixtures';
import checkWords from '../src/i18n/en/checks';
import startWords from '../src/i18n/en/start';

type Text = { en: string; 'zh-TW': string };
interface Entry {
  id: string;
  file: string;
  title: Text;
  tags?: string[];
  start?: string;
  walkthrough?: Record<string, Text>;
}
const index = JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { examples: Entry[] };
// The first example with walkthrough notes (the gallery's first in learning order).
const ex = index.examples.find((e) => e.walkthrough && Object.keys(e.walkthrough).length > 1) ?? index.examples[0]!;
const ui: Record<string, string> = { ...startWords, ...checkWords };

/** What the box must say on a step: the example's note, else the check's why, else the step kind's text. */
function expected(stepId: string, lang: 'en' | 'zh-TW' = 'en'): string {
  const own = ex.walkthrough?.[stepId]?.[lang];
  if (own) return own;
  if (stepId.startsWith('check-')) return ui[`check.${stepId.slice(6)}.why`]!;
  return ui[`walkthrough.generic.${stepId}`]!;
}

test('walk through an example from the gallery: a marked explanation at every step, then leave', async ({ page, gates: _g, axe }) => {
  test.setTimeout(180_000);
  await openFresh(page, '#/step/examples');
  await expectStep(page, 'Example scenarios');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ex.title.en, exact: true }) });
  if (ex.tags?.length) await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(ex.tags.length);
  await axe('gallery');
  // An empty session: no question asked.
  await card.getByRole('button', { name: `Walk through this example: ${ex.title.en}` }).click();

  await expect(page).not.toHaveURL(/#\/step\/examples$/);
  const box = page.getByRole('complementary', { name: `Walkthrough: ${ex.title.en}` });
  const seen: string[] = [];
  for (let i = 0; i < 14; i++) {
    await expect(page).toHaveURL(/#\/step\/[\w-]+$/);
    const stepId = /#\/step\/([\w-]+)$/.exec(page.url())![1]!;
    if (i === 0) expect(stepId).toBe(ex.start ?? 'results');
    await expect(box).toBeVisible();
    await expect(box).toContainText(expected(stepId));
    seen.push(stepId);
    if (i === 0) await axe(`walkthrough ${stepId}`);
    const next = page.getByRole('button', { name: 'Continue' });
    if (stepId === 'results' || !(await next.isVisible())) break;
    await next.click();
    await expect(page).not.toHaveURL(new RegExp(`#/step/${stepId}$`));
  }
  expect(seen.at(-1)).toBe('results');
  await axe('walkthrough results');

  // It stays on across a reload and a deep link, and speaks the chosen language.
  await page.reload();
  await expect(box).toContainText(expected('results'));
  await page.getByLabel('Language').selectOption('zh-TW');
  const zhBox = page.getByRole('complementary', { name: `導覽：${ex.title['zh-TW']}` });
  await expect(zhBox).toContainText(expected('results', 'zh-TW'));
  await page.getByLabel('語言').selectOption('en');

  await box.getByRole('button', { name: 'Leave walkthrough' }).click();
  await expect(box).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.reload();
  await expectStep(page, 'Your checklist');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  // The example's session stays after leaving.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1')!));
  const file = JSON.parse(readFileSync(`public/examples/${ex.file}`, 'utf8'));
  expect(stored.facts).toEqual(file.facts);
});

test('loading an example over a session in progress asks first; keeping mine changes nothing', async ({ page, gates: _g, axe }) => {
  await openFresh(page, '#/step/triage');
  await page.getByLabel('Error message or describe-copy-job output').fill('Given key ID is not accessible');
  await page.getByLabel('Error message or describe-copy-job output').blur();
  const before = await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'));
  await page.goto('./#/step/examples');
  await expectStep(page, 'Example scenarios');
  const other = index.examples[1]!;
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: other.title.en, exact: true }) });

  await card.getByRole('button', { name: `Walk through this example: ${other.title.en}` }).click();
  await expect(card.getByText(`Loading “${other.title.en}” replaces what you have entered.`)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Replace my session' })).toBeFocused();
  await axe('replace question');
  await card.getByRole('button', { name: 'Keep mine' }).click();
  await expect(card.getByRole('button', { name: `Walk through this example: ${other.title.en}` })).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:session:v1'))).toBe(before);

  await card.getByRole('button', { name: `Load example: ${other.title.en}` }).click();
  await card.getByRole('button', { name: 'Replace my session' }).click();
  await expectStep(page, 'Your checklist');
  // A plain load is not a walkthrough.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('copy-doctor:session:v1')!));
  expect(stored.facts).toEqual(JSON.parse(readFileSync(`public/examples/${other.file}`, 'utf8')).facts);
});

test('the walkthrough in dark mode and Traditional Chinese is axe clean', async ({ page, gates: _g, axe }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page, '#/step/examples');
  await page.getByLabel('Language').selectOption('zh-TW');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ex.title['zh-TW'], exact: true }) });
  await card.getByRole('button', { name: `導覽此範例：${ex.title['zh-TW']}` }).click();
  const box = page.getByRole('complementary', { name: `導覽：${ex.title['zh-TW']}` });
  await expect(box).toContainText(expected(ex.start ?? 'results', 'zh-TW'));
  await axe('walkthrough dark zh-TW');
  await expect(box.getByRole('button', { name: '結束導覽' })).toBeVisible();
});
