// Turning the evaluator's "unknown" answers into findings that say which statement and which condition, and
// which input would decide it.
import type { ParsedJson } from '../json/parse';
import type { Unknown } from '../policy/evaluate';
import type { Finding, PasteKey } from '../types';
import { finding, policyLocation, statementLabel } from './common';

/** Condition keys whose value a fact or an answer can supply. */
const KEY_NEEDS: Record<string, { code: string; need: string }> = {
  'aws:principalorgid': { code: 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', need: 'organizationId' },
  'kms:viaservice': { code: 'POLICY_CONDITION_NEEDS_REGION', need: 'sourceRegion' },
  'aws:principalorgpaths': { code: 'POLICY_CONDITION_NEEDS_ORG_PATH', need: 'sourceOrganizationPath' },
};

export interface UnknownGroup {
  unknown: Unknown;
  actions: string[];
}

/** Collect the unknowns of several requests, one entry per statement and condition, with the actions affected. */
export function groupUnknowns(items: { action: string; unknowns: Unknown[] }[]): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>();
  for (const { action, unknowns } of items) {
    for (const u of unknowns) {
      const id = `${u.index}|${u.reason}|${u.operator ?? ''}|${u.key ?? ''}|${u.path.join('.')}`;
      const g = groups.get(id);
      if (g) {
        if (!g.actions.includes(action)) g.actions.push(action);
      } else groups.set(id, { unknown: u, actions: [action] });
    }
  }
  return [...groups.values()];
}

export function unknownFindings(
  input: PasteKey,
  parsed: ParsedJson,
  groups: UnknownGroup[],
  resourceNeed: string,
): { findings: Finding[]; needs: string[] } {
  const findings: Finding[] = [];
  const needs: string[] = [];
  for (const { unknown: u, actions } of groups) {
    const path = u.index >= 0 ? ['Statement', u.index, ...u.path] : u.path;
    const location = policyLocation(input, parsed, path);
    const statement = statementLabel(u.index, u.sid);
    const base = { statement, actions: actions.join(', ') };
    switch (u.reason) {
      case 'key-unknown': {
        const known = KEY_NEEDS[(u.key ?? '').toLowerCase()];
        if (known) {
          needs.push(known.need);
          findings.push(finding(known.code, 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        } else {
          findings.push(finding('POLICY_CONDITION_UNDECIDABLE', 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        }
        break;
      }
      case 'unknown-operator':
        findings.push(finding('POLICY_CONDITION_OPERATOR_UNKNOWN', 'warning', { ...base, operator: u.operator ?? '' }, location));
        break;
      case 'bad-value':
      case 'date':
        findings.push(finding('POLICY_CONDITION_UNDECIDABLE', 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        break;
      case 'not-principal-ambiguous':
        findings.push(finding('POLICY_NOT_PRINCIPAL_AMBIGUOUS', 'warning', base, location));
        break;
      case 'resource-unknown':
        needs.push(resourceNeed);
        findings.push(finding('POLICY_RESOURCE_UNDECIDED', 'warning', base, location));
        break;
      case 'not-a-policy':
        findings.push(finding('POLICY_NOT_A_POLICY', 'error', {}, location));
        break;
      default:
        findings.push(finding('POLICY_STATEMENT_UNREADABLE', 'warning', { ...base, element: u.path.join('.') || 'Statement' }, location));
    }
  }
  return { findings, needs };
}
