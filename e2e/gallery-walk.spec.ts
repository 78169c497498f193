// Every example in the gallery is walkable: from its card, Continue leads step by step to the checklist, with the
// walkthrough box on every step. (walkthrough.spec.ts looks closely at one example; this one walks them all.)
import { readFileSync } from 'node:fs';
import { expect, expectStep, openFresh, test } from './fixtures';

interface Entry {
  id: string;
  title: { en: string };
}
const index = JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { examples: Entry[] };

test('every gallery example walks to the checklist', async ({ page, gates: _g }) => {
  test.setTimeout(30_000 + index.examples.length * 20_000);
  const stuck: string[] = [];
  for (const ex of index.examples) {
    await openFresh(page, '#/step/examples');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ex.title.en, exact: true }) });
    await card.getByRole('button', { name: `Walk through this example: ${ex.title.en}` }).click();
    const box = page.getByRole('complementary', { name: `Walkthrough: ${ex.title.en}` });
    let reached = false;
    for (let i = 0; i < 16; i++) {
      await expect(page).toHaveURL(/#\/step\/[\w-]+$/);
      const stepId = /#\/step\/([\w-]+)$/.exec(page.url())![1]!;
      await expect(box, `${ex.id} at ${stepId}`).toBeVisible();
      if (stepId === 'results') {
        reached = true;
        break;
      }
      const next = page.getByRole('button', { name: 'Continue' });
      if (!(await next.isVisible())) break;
      await next.click();
      try {
        await expect(page).not.toHaveURL(new RegExp(`#/step/${stepId}$`), { timeout: 3000 });
      } catch {
        stuck.push(`${ex.id} stays on ${stepId}: ${(await page.getByRole('alert').allInnerTexts()).join(' | ')}`);
        break;
      }
    }
    if (!reached && !stuck.some((s) => s.startsWith(`${ex.id} `))) stuck.push(`${ex.id} never reached the checklist`);
  }
  expect(stuck).toEqual([]);
  await expectStep(page, 'Your checklist');
});
