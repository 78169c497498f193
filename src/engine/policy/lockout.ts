// Who can still change a key's policy: one analysis, on the evaluator, for the grammar's lockout finding and for the
// key check's fix (which adds the owner back when nobody in the owner account could manage the key any more).
import { evaluate, type Decision } from './evaluate';
import { normalisePolicy } from './model';
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
  const policy = allowsOnly ? withoutDenies(value) : value;
  const ask = (arn: string) =>
    evaluate(policy, {
      principal: { type: 'AWS', arn, account: owner },
      action: 'kms:PutKeyPolicy',
      context: { 'aws:PrincipalAccount': owner, 'kms:CallerAccount': owner, 'aws:PrincipalArn': arn, 'aws:PrincipalIsAWSService': false, 'kms:GrantIsForAWSResource': undefined },
    }).decision;
  const named = new Set<string>();
  for (const st of normalisePolicy(value).statements) {
    for (const p of st.principal?.aws ?? []) {
      const m = /^arn:[^:]+:iam::(\d{12}):(role|user)\//.exec(p.trim());
      if (m && m[1] === owner) named.add(p.trim());
    }
  }
  return { root: ask(accountRootArn(owner, partition)), others: [...named].filter((arn) => ask(arn) === 'allow') };
}

function withoutDenies(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const statement = (value as { Statement?: unknown }).Statement;
  const list = Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
  const isDeny = (s: unknown) => typeof s === 'object' && s !== null && (s as { Effect?: unknown }).Effect === 'Deny';
  return { ...value, Statement: list.filter((s) => !isDeny(s)) };
}

/** Whether the owner account can still manage the key: through its root or a role or user the policy names. */
export function ownerCanManage(value: unknown, owner: string, partition = 'aws'): 'yes' | 'no' | 'denied' | 'unknown' {
  const m = keyManagers(value, owner, partition);
  if (m.root === 'allow' || m.others.length > 0) return 'yes';
  if (m.root === 'explicit-deny') return 'denied';
  if (m.root === 'unknown') return 'unknown';
  return 'no';
}
