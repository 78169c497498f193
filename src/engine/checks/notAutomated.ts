// Checks the engine cannot decide yet. They report `unknown` honestly, name what would decide them, and point out
// when the error message the user pasted is about them.
import type { CheckId, CheckResult, Finding } from '../types';
import { fact, finding, paste, result, type CheckInput } from './common';
import { FACT_KEYS, PASTE_KEYS, type FactKey, type PasteKey } from '../types';

export const NOT_AUTOMATED: Partial<Record<CheckId, { needs: string[]; crossAccountOnly?: boolean }>> = {
  'cross-account-setting': { needs: ['globalSettings'], crossAccountOnly: true },
  'resource-support': { needs: ['resourceType', 'sourceRegion', 'destinationRegion'] },
  encryption: { needs: ['sourceKeyMetadata', 'destinationVault', 'destinationKeyMetadata'] },
  'tag-policy': { needs: ['tagPolicy', 'resourceTags'] },
  'vault-lock': { needs: ['destinationVault'] },
  'service-control-policies': { needs: ['serviceControlPolicies'] },
  'iam-role': { needs: ['copyJob'] },
};

export function checkNotAutomated(id: CheckId, input: CheckInput): CheckResult {
  const spec = NOT_AUTOMATED[id] ?? { needs: [] };
  const source = fact(input, 'sourceAccountId');
  const dest = fact(input, 'destinationAccountId');
  if (spec.crossAccountOnly && source && dest && source === dest) return result(id, 'not-applicable', []);
  const findings: Finding[] = [finding('CHECK_NOT_AUTOMATED', 'suggestion', { check: id })];
  for (const m of input.triage) {
    if (m.checks.includes(id)) findings.push(finding('TRIAGE_POINTS_HERE', 'warning', { check: id, messageId: m.messageId }));
  }
  // Only what is still missing: an input already given does not decide a check the engine does not automate.
  const given = (n: string) =>
    ((FACT_KEYS as readonly string[]).includes(n) && fact(input, n as FactKey) !== undefined) ||
    ((PASTE_KEYS as readonly string[]).includes(n) && paste(input, n as PasteKey) !== undefined);
  return result(id, 'unknown', findings, { needs: spec.needs.filter((n) => !given(n)) });
}
