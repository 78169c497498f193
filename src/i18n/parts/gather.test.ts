import { describe, expect, it } from 'vitest';
import { gatherMessages } from './gather';

const en: Record<string, string> = gatherMessages.en;
const zh: Record<string, string> = gatherMessages['zh-TW'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('gather catalog', () => {
  it('keeps the same keys and placeholders in both languages, none empty, zh-TW in Traditional Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const simplified = /[这们说时为请检査录与发现钥区没让应对该帐户务档库脚]/;
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).not.toBe('');
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      expect(zh[key], key).not.toMatch(simplified);
    }
  });
});
