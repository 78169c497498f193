import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('names every message category and place to look', () => {
    for (const c of MESSAGE_CATEGORIES) expect(en).toHaveProperty(`category.${c}`);
    for (const place of LOOK_AT) expect(en).toHaveProperty(`lookAt.${place}`);
    expect(en).toHaveProperty('triage.lookAt');
    expect(en).toHaveProperty('finding.FACT_CONFLICT');
  });

  it('fills a fact conflict with the fact, both values and where each came from', () => {
    expect(placeholders(en['finding.FACT_CONFLICT'] ?? '')).toEqual(['fact', 'given', 'input', 'pasted']);
  });

  it('has every zh-TW text translated, none left in English', () => {
    for (const [key, text] of Object.entries(zh)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells the current story for feature-not-supported: supported now, two hops for older setups', () => {
    expect(en['error.feature-not-supported.explain']).toMatch(/now support/);
    expect(en['error.feature-not-supported.explain']).toMatch(/two hops/);
  });
});
