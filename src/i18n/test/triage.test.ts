import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../engine/types';
import { LOOK_AT, MESSAGE_CATEGORIES } from '../../engine/knowledge/schema';
import en_triage from '../en/triage';
import zh_triage from '../zh-TW/triage';

const errors = JSON.parse(readFileSync(new URL('../../../public/knowledge/errors.json', import.meta.url), 'utf8')) as { entries: { id: string }[] };
const en: Record<string, string> = en_triage;
const zh: Record<string, string> = zh_triage;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('triage catalog', () => {
  it('has a title and an explanation for every error entry', () => {
    for (const { id } of errors.entries) {
      expect(en, id).toHaveProperty(`error.${id}.title`);
      expect(en, id).toHaveProperty(`error.${id}.explain`);
    }
  });

  it('names every check and every message category', () => {
    for (const id of CHECK_IDS) expect(en).toHaveProperty(`check.${id}.title`);
    for (const c of MESSAGE_CATEGORIES) expect(en).toHaveProperty(`category.${c}`);
    for (const place of LOOK_AT) expect(en).toHaveProperty(`lookAt.${place}`);
    expect(en).toHaveProperty('triage.lookAt');
    expect(en).toHaveProperty('finding.FACT_CONFLICT');
  });

  it('keeps the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).not.toBe('');
      expect(zh[key]?.trim(), key).not.toBe('');
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    }
    expect(placeholders(en['finding.FACT_CONFLICT'] ?? '')).toEqual(['fact', 'given', 'input', 'pasted']);
  });

  it('writes zh-TW in Traditional Chinese', () => {
    const simplified = /[这们说时为请检査录与发现钥区]/;
    for (const [key, text] of Object.entries(zh)) {
      if (key.startsWith('check.') && /^IAM/.test(text)) continue;
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(text, key).not.toMatch(simplified);
    }
  });

  it('tells the current story for feature-not-supported: supported now, two hops for older setups', () => {
    expect(en['error.feature-not-supported.explain']).toMatch(/now support/);
    expect(en['error.feature-not-supported.explain']).toMatch(/two hops/);
  });
});
