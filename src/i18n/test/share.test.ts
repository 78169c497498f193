import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en_start from '../en/start';
import en_share from '../en/share';

const index = JSON.parse(readFileSync(new URL('../../../public/examples/index.json', import.meta.url), 'utf8')) as {
  examples: { tags?: (string | object)[] }[];
};

describe('walkthrough and gallery words', () => {
  it('has a generic walkthrough text for every step kind that has no check', () => {
    for (const kind of ['start', 'triage', 'facts', 'check', 'results', 'examples'])
      expect(en_start).toHaveProperty(`walkthrough.generic.${kind}`);
  });

  it('names every tag the examples use', () => {
    for (const ex of index.examples)
      for (const tag of ex.tags ?? []) if (typeof tag === 'string') expect(en_share, tag).toHaveProperty(`tag.${tag}`);
  });

  it('has a message for every problem a share link or file can have', () => {
    for (const p of ['empty', 'too-long', 'bad-characters', 'not-compressed', 'too-large', 'not-text', 'not-json', 'invalid', 'size'])
      expect(en_share).toHaveProperty(`share.problem.${p}`);
  });
});
