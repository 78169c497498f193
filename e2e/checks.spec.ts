// One path per check through the UI: every example session is loaded as a user's saved session, and each
// check step it decides shows the engine's verdict. The same files are the engine's golden tests.
import { readFileSync } from 'node:fs';
import { CHECK_STEPS } from '../src/engine/checks/steps';
import { expect, expectStep, test } from './fixtures';

interface Entry {
  id: string;
  file: string;
  expected: Record<string, string>;
}
const index = JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { examples: Entry[] };
const WORD: Record<string, string> = { pass: 'Pass', fail: 'Fail', warn: 'Warning', unknown: 'Needs input', 'not-applicable': 'Not applicable' };

// Each check, decided (not unknown) by at least one example: the first such example walks it.
const paths = new Map<string, { entry: Entry; status: string }>();
for (const entry of index.examples)
  for (const [check, status] of Object.entries(entry.expected))
    if (status !== 'unknown' && !paths.has(check)) paths.set(check, { entry, status });

test('every check is decided by at least one example', () => {
  expect([...paths.keys()].sort()).toEqual(Object.keys(CHECK_STEPS).sort());
});

for (const [check, { entry, status }] of paths) {
  test(`${check}: the ${entry.id} example shows "${WORD[status]}" on its step`, async ({ page, gates: _g, axe }) => {
    const session = readFileSync(`public/examples/${entry.file}`, 'utf8');
    await page.goto('./#/step/start');
    await page.evaluate((s) => {
      localStorage.clear();
      localStorage.setItem('copy-doctor:session:v1', s);
    }, session);
    await page.goto(`./#/step/check-${check}`);
    await page.reload();
    await expectStep(page, /Step \d+ of \d+/);
    const verdict = page.getByRole('region', { name: /Verdict/ });
    await expect(verdict).toContainText(WORD[status]!);
    await axe(`${check} with ${entry.id}`);
  });
}
