import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, REASONS, WARNING_CODES } from '../../engine/inputs/recognize';
import { catalogs } from '../index';
import en_start from '../en/start';
import zh_start from '../zh-TW/start';
import zh_paste from '../zh-TW/paste';

describe('the paste box’s words', () => {
  it('name every format, reason and warning the recognizer gives, in both languages', () => {
    const keys = [...FORMATS.map((f) => `recognize.format.${f}`), ...REASONS.map((r) => `recognize.reason.${r}`), ...WARNING_CODES.map((w) => `recognize.warning.${w}`)];
    for (const lang of ['en', 'zh-TW'] as const) for (const k of keys) expect(catalogs[lang][k], `${lang}: ${k}`).toBeDefined();
  });

  it('cover every key the box uses, the start page’s ones in the start page’s catalog', () => {
    const read = (f: string) => readFileSync(new URL(f, import.meta.url), 'utf8');
    const used = (src: string) => [...src.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1] as string);
    const shell = used(read('../../components/AnyPasteBox.tsx'));
    const found = used(read('../../components/AnyPasteFound.tsx'));
    expect(shell.length).toBeGreaterThan(5);
    expect(found.length).toBeGreaterThan(15);
    // The box on the start page speaks before the recognizer has loaded.
    for (const k of shell) expect(Object.keys(en_start), k).toContain(k);
    for (const k of found) for (const lang of ['en', 'zh-TW'] as const) expect(catalogs[lang][k], `${lang}: ${k}`).toBeDefined();
  });

  it('writes Traditional Chinese with Taiwan’s words', () => {
    const zh = Object.values({ ...zh_start, ...zh_paste }).join('\n');
    // Simplified forms, and mainland terms where Taiwan says 帳戶 / 資訊 / 預設 / 貼上 / 設定.
    for (const s of ['账', '户', '区域', '这', '为', '输', '码', '设置', '信息', '默认', '粘贴']) expect(zh, s).not.toContain(s);
  });
});
