// A narrowed Deny stops applying to the copy's principal for every action it lists, not only for the copy's: a
// statement cannot exempt one principal for some actions only. When that would newly allow the copy's principal
// something else (kms:PutKeyPolicy, backup:DeleteBackupVault...) that another statement allows, the corrected policy
// adds a companion Deny that keeps exactly those actions denied to exactly that principal, under the original Deny's
// own principal, resource and conditions. The copy gets what it needs and nothing more (DESIGN.md).
import { evaluate, type Request } from '../policy/evaluate';
import { statementList } from '../policy/model';
import { applyPolicyEdits, uniqueSid, type Edit } from './merge';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface CompanionCondition {
  /** The operator and key that single out the copy's principal (ArnEquals aws:PrincipalArn, StringEquals aws:PrincipalAccount). */
  operator: string;
  key: string;
  value: string;
}

export interface KeptDenial {
  /** The narrowed Deny. */
  index: number;
  sid?: string;
  /** The companion statement's Sid. */
  companionSid: string;
  actions: string[];
}

/** A Deny refuses, or may refuse, the request. */
function deniedByDeny(policy: unknown, r: Request): boolean {
  const d = evaluate(policy, r);
  return d.decision === 'explicit-deny' || (d.decision === 'unknown' && d.deciding.some((x) => x.effect === 'Deny'));
}

/** An Allow gives, or may give, the request, and no Deny refuses it. */
function mayBeAllowed(policy: unknown, r: Request): boolean {
  const d = evaluate(policy, r);
  return d.decision === 'allow' || (d.decision === 'unknown' && d.deciding.every((x) => x.effect === 'Allow'));
}

/**
 * `before` is the policy the Denies were narrowed in (after placeholders were replaced), `afterText` the corrected
 * policy. `others` are the copy principal's requests for actions the copy does not need.
 */
export function keepDenials(
  before: Record<string, unknown>,
  afterText: string,
  narrowed: number[],
  others: Request[],
  only: CompanionCondition,
): { text: string; kept: KeptDenial[] } {
  if (narrowed.length === 0) return { text: afterText, kept: [] };
  const after = JSON.parse(afterText) as Record<string, unknown>;
  const newly = others.filter((r) => deniedByDeny(before, r) && mayBeAllowed(after, r));
  if (newly.length === 0) return { text: afterText, kept: [] };
  const originals = statementList(before);
  const taken = [...statementList(after)];
  const edits: Edit[] = [];
  const kept: KeptDenial[] = [];
  for (const index of narrowed) {
    const d = originals[index];
    if (!isRecord(d)) continue;
    const alone = { Version: '2012-10-17', Statement: [d] };
    const actions = newly.filter((r) => evaluate(alone, r).decision !== 'implicit-deny').map((r) => r.action);
    if (actions.length === 0) continue;
    const cond = isRecord(d.Condition) ? d.Condition : {};
    // The same key under the same operator: the Deny applied to the copy's principal, so one of its values matches it,
    // and "that condition and this principal" is "this principal" (another value would OR in other principals).
    const block = Object.fromEntries(
      Object.entries(isRecord(cond[only.operator]) ? (cond[only.operator] as Record<string, unknown>) : {}).filter(([k]) => k.toLowerCase() !== only.key.toLowerCase()),
    );
    const companion: Record<string, unknown> = {};
    const sid = uniqueSid(taken, `${typeof d.Sid === 'string' && d.Sid ? d.Sid : 'Deny'}KeptForCopyPrincipal`);
    companion.Sid = sid;
    companion.Effect = 'Deny';
    for (const el of ['Principal', 'NotPrincipal']) if (d[el] !== undefined) companion[el] = d[el];
    companion.Action = actions;
    for (const el of ['Resource', 'NotResource']) if (d[el] !== undefined) companion[el] = d[el];
    companion.Condition = { ...cond, [only.operator]: { ...block, [only.key]: only.value } };
    taken.push(companion);
    edits.push({ kind: 'append', path: ['Statement'], value: companion });
    kept.push({ index, ...(typeof d.Sid === 'string' ? { sid: d.Sid } : {}), companionSid: sid, actions });
  }
  if (edits.length === 0) return { text: afterText, kept };
  return { text: applyPolicyEdits(afterText, after, edits), kept };
}
