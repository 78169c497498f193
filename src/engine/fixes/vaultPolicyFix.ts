// The corrected destination vault access policy: a minimal merge into the user's policy, or a complete new policy
// when the vault has none. Only `backup:CopyIntoBackupVault`, only for the source account.
import { VAULT_ACTION, VAULT_SID, accountRootArn } from '../policy/requirements';
import { addConditionValue, applyPolicyEdits, asList, listOrString, statementsForAppend, uniqueSid, type Edit } from './merge';

export interface VaultPolicyFixInput {
  /** The current policy as clean JSON text and value; undefined when the vault has no policy. */
  text?: string;
  value?: Record<string, unknown>;
  sourceAccountId: string;
  partition: string;
  /** The source account is not allowed by any Allow. */
  missingAllow: boolean;
  blockingDenies: number[];
}

export type VaultPolicyChange =
  | { kind: 'policy-created'; sid: string }
  | { kind: 'statement-added'; sid: string }
  | { kind: 'statement-extended'; sid: string; index: number }
  | { kind: 'deny-narrowed'; index: number; sid?: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function statementFor(sid: string, source: string, partition: string) {
  return { Sid: sid, Effect: 'Allow', Principal: { AWS: accountRootArn(source, partition) }, Action: VAULT_ACTION, Resource: '*' };
}

function extendable(st: unknown): st is Record<string, unknown> {
  if (!isRecord(st)) return false;
  for (const k of Object.keys(st)) if (!['Sid', 'Effect', 'Principal', 'Action', 'Resource'].includes(k)) return false;
  if (st.Effect !== 'Allow' || !isRecord(st.Principal) || Object.keys(st.Principal).some((k) => k !== 'AWS')) return false;
  const principals = st.Principal.AWS;
  if (!(typeof principals === 'string' || (Array.isArray(principals) && principals.every((p) => typeof p === 'string')))) return false;
  if (asList(principals).some((p) => p.trim() === '*')) return false;
  const actions = asList(st.Action);
  return actions.length > 0 && actions.every((a) => a.toLowerCase() === VAULT_ACTION.toLowerCase());
}

export function buildVaultPolicyFix(input: VaultPolicyFixInput): { text: string; changes: VaultPolicyChange[] } {
  const { sourceAccountId: source, partition } = input;
  if (!input.value || input.text === undefined) {
    const policy = { Version: '2012-10-17', Statement: [statementFor(VAULT_SID, source, partition)] };
    return { text: JSON.stringify(policy, null, 2) + '\n', changes: [{ kind: 'policy-created', sid: VAULT_SID }] };
  }
  const value = input.value;
  const { edits: normalise, statements } = statementsForAppend(value);
  const edits: Edit[] = [...normalise];
  const changes: VaultPolicyChange[] = [];

  for (const index of input.blockingDenies) {
    const st = statements[index];
    if (!isRecord(st)) continue;
    edits.push(addConditionValue(st, index, 'StringNotEquals', 'aws:PrincipalAccount', source));
    changes.push({ kind: 'deny-narrowed', index, ...(typeof st.Sid === 'string' ? { sid: st.Sid } : {}) });
  }

  if (input.missingAllow) {
    const index = statements.findIndex((s) => isRecord(s) && s.Sid === VAULT_SID);
    const existing = index >= 0 ? statements[index] : undefined;
    if (existing !== undefined && extendable(existing)) {
      const principals = asList((existing.Principal as Record<string, unknown>).AWS);
      edits.push({ kind: 'set', path: ['Statement', index, 'Principal', 'AWS'], value: listOrString([...principals, accountRootArn(source, partition)]) });
      changes.push({ kind: 'statement-extended', sid: VAULT_SID, index });
    } else {
      const sid = uniqueSid(statements, VAULT_SID);
      edits.push({ kind: 'append', path: ['Statement'], value: statementFor(sid, source, partition) });
      changes.push({ kind: 'statement-added', sid });
    }
  }
  return { text: applyPolicyEdits(input.text, value, edits), changes };
}
