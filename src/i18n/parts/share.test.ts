import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeMessages } from './chrome';
import { shareMessages } from './share';
import { uiMessages } from './ui';

const index = JSON.parse(readFileSync(new URL('../../../public/examples/index.json', import.meta.url), 'utf8')) as {
  examples: { tags?: (string | object)[] }[];
};

describe.each([
  ['chrome', chromeMessages],
  ['share', shareMessages],
] as const)('%s catalog', (_name, part) => {
  const en: Record<string, string> = part.en;

  it('never redefines a key of the screens’ catalog', () => {
    for (const key of Object.keys(en)) expect(uiMessages.en, key).not.toHaveProperty(key);
  });

});

describe('walkthrough and gallery words', () => {
  it('has a generic walkthrough text for every step kind that has no check', () => {
    for (const kind of ['start', 'triage', 'facts', 'check', 'results', 'examples'])
      expect(chromeMessages.en).toHaveProperty(`walkthrough.generic.${kind}`);
  });

  it('names every tag the examples use', () => {
    for (const ex of index.examples)
      for (const tag of ex.tags ?? []) if (typeof tag === 'string') expect(shareMessages.en, tag).toHaveProperty(`tag.${tag}`);
  });

  it('has a message for every problem a share link or file can have', () => {
    for (const p of ['empty', 'too-long', 'bad-characters', 'not-compressed', 'too-large', 'not-text', 'not-json', 'invalid', 'size'])
      expect(shareMessages.en).toHaveProperty(`share.problem.${p}`);
  });
});
