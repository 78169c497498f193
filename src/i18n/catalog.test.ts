// One test for every language folder: the files of `en/`, the same keys and {placeholders} as English, none empty,
// zh-TW in Traditional Chinese; and words for every finding and fix code the check registry declares.
import { describe, expect, it } from 'vitest';
import { CHECKS, SHARED_CODES } from '../engine/checks/index';
import { LANGS, catalogs, type Lang } from './index';
import { PARTS } from './words';

type Words = Record<string, string>;
const modules = import.meta.glob<{ default: Words }>(['./*/*.ts', '!./*/*.test.ts'], { eager: true });
/** [language folder, part, words] for every file of every language folder. */
const files = Object.entries(modules).map(([path, m]) => {
  const [, folder = '', file = ''] = path.split('/');
  return [folder, file.replace(/\.ts$/, ''), m.default] as [string, string, Words];
});
const english = new Map(files.filter(([folder]) => folder === 'en').map(([, part, words]) => [part, words]));
const translations = files.filter(([folder]) => folder !== 'en');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Simplified characters (with their Traditional forms in Taiwan) that slip into machine-made text. */
const SIMPLIFIED = /[这们说时为请检査录与发现钥区没让应对该帐账户务档库脚个会从权错误复号码数长键标签组织径资类换输链结带护单点实际]/;

describe('catalogs', () => {
  it('has a folder with the files of en/ for every language, and a language for every folder', () => {
    const folders = [...new Set(files.map(([folder]) => folder))].sort();
    expect(folders).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(files.filter(([f]) => f === lang).map(([, part]) => part).sort(), lang).toEqual([...PARTS].sort());
  });

  it.each(translations.map(([lang, part, words]) => [`${lang}/${part}`, lang, part, words] as const))(
    '%s: the keys and placeholders of English, none empty',
    (_name, lang, part, words) => {
      const en = english.get(part) ?? {};
      expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = words[key] ?? '';
        expect(text.trim(), key).not.toBe('');
        expect(translated.trim(), key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(text));
        if (lang === 'zh-TW' && /[\u4e00-\u9fff]/.test(translated)) expect(translated, key).not.toMatch(SIMPLIFIED);
      }
    },
  );

  it('never defines one key in two parts', () => {
    const seen = new Map<string, string>();
    for (const [part, words] of english) {
      for (const key of Object.keys(words)) {
        expect(seen.get(key), `${key} in ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s: every declared finding and fix code has words in both languages', (_id, check) => {
    for (const code of check.codes) for (const lang of LANGS as Lang[]) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`finding.${code}`]);
    for (const code of check.fixCodes) for (const lang of LANGS as Lang[]) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`fix.${code}`]);
  });

  it('has words for every shared code', () => {
    for (const code of SHARED_CODES) for (const lang of LANGS as Lang[]) expect(catalogs[lang], `${lang} ${code}`).toHaveProperty([`finding.${code}`]);
  });
});
