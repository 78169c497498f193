import { describe, expect, it } from 'vitest';
import { DAMAGE_KINDS } from '../../engine/json/repair';
import { GRAMMAR_CODES } from '../../engine/policy/grammar';
import { grammarMessages } from './grammar';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('grammar catalog', () => {
  const en: Record<string, string> = grammarMessages.en;
  const zh: Record<string, string> = grammarMessages['zh-TW'];

  it('has a message in both languages for every grammar finding code and damage kind', () => {
    for (const code of GRAMMAR_CODES) {
      expect(en[`finding.${code}`], code).toBeTruthy();
      expect(zh[`finding.${code}`], code).toBeTruthy();
    }
    for (const kind of DAMAGE_KINDS) {
      expect(en[`damage.${kind}`], kind).toBeTruthy();
      expect(zh[`damage.${kind}`], kind).toBeTruthy();
    }
  });

  it('has no message for a code the grammar does not emit', () => {
    const codes = new Set<string>(GRAMMAR_CODES);
    for (const key of Object.keys(en).filter((k) => k.startsWith('finding.'))) expect(codes.has(key.slice(8)), key).toBe(true);
  });

  it('uses the same keys and the same {placeholders} in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
  });

  it('writes zh-TW in Traditional Chinese, not Simplified', () => {
    const simplified = /[们这个为说应该请检时会从账户权发错误]/;
    for (const [key, text] of Object.entries(zh)) expect(simplified.test(text), `${key}: ${text}`).toBe(false);
  });
});
