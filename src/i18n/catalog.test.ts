// One test for every catalog: the same keys and {placeholders} in both languages, none empty, zh-TW in Traditional
// Chinese; and words for every finding and fix code the check registry declares.
import { describe, expect, it } from 'vitest';
import { CHECKS, SHARED_CODES } from '../engine/checks/index';
import { catalogs } from './full';

type Part = { en: Record<string, string>; 'zh-TW': Record<string, string> };
const modules = import.meta.glob<Record<string, unknown>>(['./parts/*.ts', '!./parts/*.test.ts'], { eager: true });
const parts: [string, Part][] = Object.entries(modules).flatMap(([file, m]) =>
  Object.entries(m)
    .filter((e): e is [string, Part] => typeof e[1] === 'object' && e[1] !== null && 'en' in e[1] && 'zh-TW' in e[1])
    .map(([name, part]) => [`${file}#${name}`, part] as [string, Part]),
);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Simplified characters (with their Traditional forms in Taiwan) that slip into machine-made text. */
const SIMPLIFIED = /[这们说时为请检査录与发现钥区没让应对该帐账户务档库脚个会从权错误复号码数长键标签组织径资类换输链结带护单点实际]/;

describe('catalogs', () => {
  it('finds every part', () => {
    expect(parts.length).toBeGreaterThanOrEqual(12);
  });

  it.each(parts)('%s: same keys and placeholders in both languages, none empty, zh-TW in Traditional Chinese', (_name, part) => {
    expect(Object.keys(part['zh-TW']).sort()).toEqual(Object.keys(part.en).sort());
    for (const [key, en] of Object.entries(part.en)) {
      const zh = part['zh-TW'][key] ?? '';
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
      if (/[\u4e00-\u9fff]/.test(zh)) expect(zh, key).not.toMatch(SIMPLIFIED);
    }
  });

  it('never defines one key twice with different words', () => {
    const seen = new Map<string, string>();
    for (const [name, part] of parts) {
      for (const [key, en] of Object.entries(part.en)) {
        const before = seen.get(key);
        if (before !== undefined) expect(en, `${key} in ${name}`).toBe(before);
        seen.set(key, en);
      }
    }
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s: every declared finding and fix code has words in both languages', (_id, check) => {
    for (const code of check.codes) for (const lang of ['en', 'zh-TW'] as const) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`finding.${code}`]);
    for (const code of check.fixCodes) for (const lang of ['en', 'zh-TW'] as const) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`fix.${code}`]);
  });

  it('has words for every shared code', () => {
    for (const code of SHARED_CODES) for (const lang of ['en', 'zh-TW'] as const) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`finding.${code}`]);
  });
});
