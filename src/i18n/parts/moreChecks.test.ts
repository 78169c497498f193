import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moreCheckMessages } from './moreChecks';

const en: Record<string, string> = moreCheckMessages.en;
const zh: Record<string, string> = moreCheckMessages['zh-TW'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const MODULES = ['organization', 'crossAccountSetting', 'resourceSupport', 'encryption', 'tagPolicy', 'vaultLock', 'serviceControlPolicies', 'iamRole'];
/** UPPER_SNAKE literals in the modules that are AWS values, not finding codes. */
const NOT_CODES = new Set(['AWS_OWNED_KMS_KEY', 'CUSTOMER_MANAGED_KMS_KEY', 'CONSOLIDATED_BILLING', 'TAG_POLICY', 'SERVICE_CONTROL_POLICY', 'PENDING_DELETION', 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', 'BACKUP_VAULT', 'RESTORE_ACCESS_BACKUP_VAULT']);

function codesIn(module: string): { findings: string[]; fixes: string[] } {
  let text = '';
  try {
    text = readFileSync(new URL(`../../engine/checks/${module}.ts`, import.meta.url), 'utf8');
  } catch {
    return { findings: [], fixes: [] };
  }
  const fixes = [...text.matchAll(/summaryCode:[^,\n]*?'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] as string);
  const more = [...text.matchAll(/summary(?:Code)?\s*\?\s*'([A-Z][A-Z0-9_]+)'\s*:\s*'([A-Z][A-Z0-9_]+)'/g)].flatMap((m) => [m[1] as string, m[2] as string]);
  const all = [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)].map((m) => m[1] as string).filter((c) => !NOT_CODES.has(c));
  const fixSet = new Set([...fixes, ...more, ...[...text.matchAll(/fixCode\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] as string)]);
  return { findings: [...new Set(all.filter((c) => !fixSet.has(c)))], fixes: [...fixSet] };
}

describe('more checks catalog', () => {
  it('has a message for every finding code and fix summary code the checks emit', () => {
    for (const module of MODULES) {
      const { findings, fixes } = codesIn(module);
      for (const code of findings) expect(`finding.${code}` in en || `fix.${code}` in en, `${module}: ${code}`).toBe(true);
      for (const code of fixes) expect(en, `${module}: ${code}`).toHaveProperty(`fix.${code}`);
    }
  });

  it('keeps the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).not.toBe('');
      expect(zh[key]?.trim(), key).not.toBe('');
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    }
  });

  it('writes zh-TW in Traditional Chinese', () => {
    const simplified = /[这们说时为请检査录与发现钥区没让应]/;
    for (const [key, text] of Object.entries(zh)) {
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(text, key).not.toMatch(simplified);
    }
  });
});
