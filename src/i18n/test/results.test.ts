import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../index';


describe('results catalog', () => {

  it('is loaded with the engine catalogs, and every key the results page and fix panel use exists', () => {
    const sources = ['../../features/results/ResultsStep.tsx', '../../features/results/ResultsActions.tsx', '../../components/FixPanel.tsx']
      .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
      .join('\n');
    const used = [...sources.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    for (const k of used) {
      expect(catalogs.en[k], k).toBeDefined();
      expect(catalogs['zh-TW'][k], k).toBeDefined();
    }
    for (const f of ['json', 'aws-cli', 'terraform', 'cloudformation']) expect(catalogs['zh-TW'][`fix.format.${f}`]).toBeDefined();
    // The summary line speaks the report's words, in both languages.
    for (const s of ['fail', 'warn', 'unknown', 'pass', 'not-applicable'])
      for (const n of ['one', 'other']) expect(catalogs['zh-TW'][`report.count.${s}.${n}`], `${s}.${n}`).toBeDefined();
  });
});
