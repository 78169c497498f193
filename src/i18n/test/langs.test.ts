import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, catalogs, inLang, matchLang } from '../index';
import { currentLang, loadLanguage } from '../load';
import en from '../en/start';

describe('languages', () => {
  it('follows the browser’s preferred languages in order, English when none is spoken here', () => {
    expect(matchLang(['zh-TW'])).toBe('zh-TW');
    expect(matchLang(['zh-Hant-HK'])).toBe('zh-TW');
    expect(matchLang(['zh-HK', 'en'])).toBe('zh-TW');
    expect(matchLang(['en-GB', 'zh-TW'])).toBe('en');
    expect(matchLang(['xx-XX', 'zh-MO'])).toBe('zh-TW');
    expect(matchLang(['zh-CN'])).toBe('en');
    expect(matchLang(['zh-TWX'])).toBe('en');
    expect(matchLang([])).toBe('en');
  });

  it('takes data words in the chosen language, English when the data has none in it', () => {
    expect(inLang({ en: 'Key', 'zh-TW': '金鑰' }, 'zh-TW')).toBe('金鑰');
    expect(inLang({ en: 'Key' }, 'zh-TW')).toBe('Key');
  });

  it('loads a language’s words part by part and then speaks it', async () => {
    const zh = catalogs['zh-TW'];
    const saved = { ...zh };
    for (const key of Object.keys(zh)) delete zh[key];
    try {
      await loadLanguage('zh-TW', ['start']);
      expect(currentLang()).toBe('zh-TW');
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      expect(zh['app.language']).not.toBe(en['app.language']);
    } finally {
      Object.assign(zh, saved);
      await loadLanguage('en');
    }
  });
});

/** Every `{ "en": ... }` object of string values in a data file: words the data carries in several languages. */
function localizedTexts(x: unknown, path = '$'): [string, Record<string, string>][] {
  if (Array.isArray(x)) return x.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (typeof x !== 'object' || x === null) return [];
  const o = x as Record<string, unknown>;
  if (typeof o.en === 'string' && Object.values(o).every((v) => typeof v === 'string')) return [[path, o as Record<string, string>]];
  return Object.entries(o).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

describe('data shipped with the app', () => {
  const dir = new URL('../../../public/knowledge/', import.meta.url);
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => new URL(f, dir)),
    new URL('../../../public/examples/index.json', import.meta.url),
  ];
  // A file may not carry a language yet (English stands in), but what it carries it carries everywhere.
  it.each(files.map((f) => [f.pathname.split('/').slice(-2).join('/'), f] as const))('%s has the same languages in every text, all of them spoken here', (_name, file) => {
    const texts = localizedTexts(JSON.parse(readFileSync(file, 'utf8')));
    const langs = Object.keys(texts[0]?.[1] ?? {}).sort();
    for (const lang of langs) expect(LANGS, lang).toContain(lang);
    for (const [path, text] of texts) {
      expect(Object.keys(text).sort(), path).toEqual(langs);
      for (const lang of langs) expect(text[lang]?.trim(), `${path} ${lang}`).toBeTruthy();
    }
  });

  it('finds words in the data at all, in both languages today', () => {
    const texts = files.flatMap((f) => localizedTexts(JSON.parse(readFileSync(f, 'utf8'))));
    expect(texts.length).toBeGreaterThan(50);
    for (const [path, text] of texts) expect(Object.keys(text).sort(), path).toEqual(['en', 'zh-TW']);
  });
});
