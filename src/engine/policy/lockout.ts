// Who can still change a key's policy: one analysis, on the evaluator, for the grammar's lockout finding and for the
// key check's fix (which adds the owner back when nobody in the owner account could manage the key any more).
import { evaluate, type Decision } from './evaluate';
import { actionMatches } from './match';
import { normalisePolicy, type NormalStatement } from './model';

const PUT = 'kms:PutKeyPolicy';
import { accountRootArn } from './requirements';

export interface KeyManagers {
  /** What the policy decides for the owner account's root asking for kms:PutKeyPolicy. */
  root: Decision['decision'];
  /** Roles and users of the owner account, named in the policy, that it lets call kms:PutKeyPolicy. */
  others: string[];
}

/**
 * `allowsOnly`: judge the Allow statements alone (the grammar's question: does any statement still give the owner
 * the key? A Deny that takes it away is the key check's finding, with the Deny named).
 */
export function keyManagers(value: unknown, owner: string, partition = 'aws', { allowsOnly = false } = {}): KeyManagers {
  const policy = aboutPutKeyPolicy(value, allowsOnly);
  const ask = (arn: string) =>
    evaluate(policy, {
      principal: { type: 'AWS', arn, account: owner },
      action: PUT,
      context: { 'aws:PrincipalAccount': owner, 'kms:CallerAccount': owner, 'aws:PrincipalArn': arn, 'aws:PrincipalIsAWSService': false, 'kms:GrantIsForAWSResource': undefined },
    }).decision;
  const named = new Set<string>();
  for (const st of normalisePolicy(policy).statements) {
    for (const p of st.principal?.aws ?? []) {
      const m = /^arn:[^:]+:iam::(\d{12}):(role|user)\//.exec(p.trim());
      if (m && m[1] === owner) named.add(p.trim());
    }
  }
  return { root: ask(accountRootArn(owner, partition)), others: [...named].filter((arn) => ask(arn) === 'allow') };
}

/**
 * The policy with only the statements that can decide kms:PutKeyPolicy (and, with `allowsOnly`, only its Allows):
 * the same answer as the whole policy, asked of a few statements instead of a 32 KB policy's sixty.
 */
function aboutPutKeyPolicy(value: unknown, allowsOnly: boolean): unknown {
  const model = normalisePolicy(value);
  if (model.problem) return value;
  const covers = (st: NormalStatement) =>
    st.action ? st.action.some((a) => actionMatches(a, PUT)) : st.notAction ? !st.notAction.some((a) => actionMatches(a, PUT)) : false;
  const kept = model.statements.filter((st) => st.effect !== undefined && (!allowsOnly || st.effect === 'Allow') && covers(st)).map((st) => st.raw);
  return { ...(value as object), Statement: kept };
}

/** Whether the owner account can still manage the key: through its root or a role or user the policy names. */
export function ownerCanManage(value: unknown, owner: string, partition = 'aws'): 'yes' | 'no' | 'denied' | 'unknown' {
  const m = keyManagers(value, owner, partition);
  if (m.root === 'allow' || m.others.length > 0) return 'yes';
  if (m.root === 'explicit-deny') return 'denied';
  if (m.root === 'unknown') return 'unknown';
  return 'no';
}
