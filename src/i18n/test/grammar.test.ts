import { describe, expect, it } from 'vitest';
import { DAMAGE_KINDS } from '../../engine/json/repair';
import { GRAMMAR_CODES } from '../../engine/policy/grammar';
import en_grammar from '../en/grammar';
import zh_grammar from '../zh-TW/grammar';


describe('grammar catalog', () => {
  const en: Record<string, string> = en_grammar;
  const zh: Record<string, string> = zh_grammar;

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

});
