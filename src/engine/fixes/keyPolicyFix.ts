// The corrected source key policy: a minimal merge into the user's own policy (DESIGN.md, "Rules for corrected
// policies"). Every statement stays, in order, with its Sid; only what the copy is missing is added; a blocking
// Deny is narrowed (never dropped) so that it no longer applies to the destination's AWSServiceRoleForBackup.
import { backupServiceRoleArn } from '../ids';
import {
  GRANT_PATTERNS,
  KEY_GRANT_SID,
  KEY_OWNER_SID,
  KEY_USE_SID,
  USE_PATTERNS,
  accountRootArn,
} from '../policy/requirements';
import type { Node } from 'jsonc-parser';
import { addConditionValue, applyPolicyEdits, asList, listOrString, statementsForAppend, uniqueSid, type Edit } from './merge';

export interface KeyPolicyFixInput {
  /** The policy as a clean JSON text (already unwrapped from a CLI output, repaired if it was damaged). */
  text: string;
  value: Record<string, unknown>;
  /** The parse tree of `text`, when at hand (saves a parse). */
  tree?: Node;
  sourceAccountId: string;
  destinationAccountId: string;
  partition: string;
  /** Patterns from USE_PATTERNS the destination lacks. */
  missingUse: string[];
  /** Patterns from GRANT_PATTERNS the destination lacks. */
  missingGrant: string[];
  /** Indices of Deny statements that block the destination. */
  blockingDenies: number[];
  /** The key's own account could not manage the key after the change: add the owner statement. */
  addOwner: boolean;
}

export type KeyPolicyChange =
  | { kind: 'owner-added'; sid: string }
  | { kind: 'statement-added'; sid: string; actions: string[] }
  | { kind: 'statement-extended'; sid: string; index: number; actions: string[]; principalAdded: boolean }
  | { kind: 'deny-narrowed'; index: number; sid?: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const GRANT_CONDITION = { Bool: { 'kms:GrantIsForAWSResource': 'true' } };

function isGrantCondition(c: unknown): boolean {
  if (!isRecord(c)) return false;
  const keys = Object.keys(c);
  if (keys.length !== 1 || keys[0] !== 'Bool' || !isRecord(c.Bool)) return false;
  const inner = Object.entries(c.Bool);
  return inner.length === 1 && inner[0]![0].toLowerCase() === 'kms:grantisforawsresource' && String(inner[0]![1]).toLowerCase() === 'true';
}

/**
 * Can the statement with our Sid be extended? Only when it is exactly the kind of statement we would add: an Allow
 * for AWS principals, on "*", with actions among the allowed set and no condition other than the grant one.
 */
function extendable(st: unknown, allowed: readonly string[], grant: boolean): st is Record<string, unknown> {
  if (!isRecord(st)) return false;
  const keys = new Set(Object.keys(st));
  for (const k of keys) if (!['Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition'].includes(k)) return false;
  if (st.Effect !== 'Allow') return false;
  if (!isRecord(st.Principal) || Object.keys(st.Principal).some((k) => k !== 'AWS')) return false;
  const principals = st.Principal.AWS;
  if (!(typeof principals === 'string' || (Array.isArray(principals) && principals.every((p) => typeof p === 'string')))) return false;
  if (asList(principals).some((p) => p.trim() === '*')) return false;
  const actions = st.Action;
  if (!(typeof actions === 'string' || (Array.isArray(actions) && actions.every((a) => typeof a === 'string')))) return false;
  const lowerAllowed = allowed.map((a) => a.toLowerCase());
  if (!asList(actions).every((a) => lowerAllowed.includes(a.toLowerCase()))) return false;
  if (st.Resource !== '*' && !(Array.isArray(st.Resource) && st.Resource.length === 1 && st.Resource[0] === '*')) return false;
  if (grant ? !isGrantCondition(st.Condition) : keys.has('Condition')) return false;
  return true;
}

function coversDestination(principals: string[], dest: string): boolean {
  return principals.some((p) => {
    const v = p.trim();
    return v === dest || /^arn:[^:]+:iam::(\d{12}):root$/.exec(v)?.[1] === dest;
  });
}

export function buildKeyPolicyFix(input: KeyPolicyFixInput): { text: string; changes: KeyPolicyChange[] } {
  const { value, destinationAccountId: dest, sourceAccountId: source, partition } = input;
  const destRoot = accountRootArn(dest, partition);
  const slr = backupServiceRoleArn(dest, partition);
  const { edits: normalise, statements } = statementsForAppend(value);
  const edits: Edit[] = [...normalise];
  const changes: KeyPolicyChange[] = [];
  const appended: Record<string, unknown>[] = [];

  // 1. Narrow each blocking Deny: it keeps applying to everyone else, only the service-linked role is exempt.
  for (const index of input.blockingDenies) {
    const st = statements[index];
    if (!isRecord(st)) continue;
    edits.push(addConditionValue(st, index, 'ArnNotEquals', 'aws:PrincipalArn', slr));
    changes.push({ kind: 'deny-narrowed', index, ...(typeof st.Sid === 'string' ? { sid: st.Sid } : {}) });
  }

  // 2. Key use and grants: extend our own statement if the policy already has it, otherwise append one.
  const addOrExtend = (baseSid: string, missing: string[], allowed: readonly string[], grant: boolean) => {
    if (missing.length === 0) return;
    const index = statements.findIndex((s) => isRecord(s) && s.Sid === baseSid);
    const existing = index >= 0 ? statements[index] : undefined;
    if (existing !== undefined && extendable(existing, allowed, grant)) {
      const actions = asList(existing.Action);
      const principals = asList((existing.Principal as Record<string, unknown>).AWS);
      // Only the patterns the statement does not already list (a listed pattern may be missing because the
      // statement did not name the destination).
      const add = missing.filter((m) => !actions.some((a) => a.toLowerCase() === m.toLowerCase()));
      const principalAdded = !coversDestination(principals, dest);
      if (add.length) edits.push({ kind: 'set', path: ['Statement', index, 'Action'], value: [...actions, ...add] });
      if (principalAdded) edits.push({ kind: 'set', path: ['Statement', index, 'Principal', 'AWS'], value: listOrString([...principals, destRoot]) });
      changes.push({ kind: 'statement-extended', sid: baseSid, index, actions: add, principalAdded });
      return;
    }
    const sid = uniqueSid([...statements, ...appended], baseSid);
    const st: Record<string, unknown> = {
      Sid: sid,
      Effect: 'Allow',
      Principal: { AWS: destRoot },
      Action: missing,
      Resource: '*',
      ...(grant ? { Condition: GRANT_CONDITION } : {}),
    };
    appended.push(st);
    edits.push({ kind: 'append', path: ['Statement'], value: st });
    changes.push({ kind: 'statement-added', sid, actions: missing });
  };
  addOrExtend(KEY_USE_SID, USE_PATTERNS.filter((p) => input.missingUse.includes(p)), USE_PATTERNS, false);
  addOrExtend(KEY_GRANT_SID, GRANT_PATTERNS.filter((p) => input.missingGrant.includes(p)), GRANT_PATTERNS, true);

  // 3. No lockout: the key's account keeps kms:* (the statement AWS puts in every default key policy).
  if (input.addOwner) {
    const sid = uniqueSid([...statements, ...appended], KEY_OWNER_SID);
    const st = { Sid: sid, Effect: 'Allow', Principal: { AWS: accountRootArn(source, partition) }, Action: 'kms:*', Resource: '*' };
    appended.push(st);
    edits.push({ kind: 'append', path: ['Statement'], value: st });
    changes.push({ kind: 'owner-added', sid });
  }

  return { text: applyPolicyEdits(input.text, value, edits, input.tree), changes };
}
