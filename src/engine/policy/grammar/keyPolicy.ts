// Key-policy rules: the 32 KB size limit, and the lockout (policy/lockout.ts) when the owner account is known.

import type { Node } from 'jsonc-parser';
import { utf8Length } from '../../limits';
import { keyManagers } from '../lockout';
import { nodeValue, props, type Grammar, type Prop } from './context';

export const KEY_POLICY_MAX_BYTES = 32768;
const KEY_POLICY_NEAR_BYTES = KEY_POLICY_MAX_BYTES - 1024;

export function keyPolicy(g: Grammar, node: Node, statement: Prop | undefined): void {
  const text = g.parsed.text.slice(node.offset, node.offset + node.length);
  const bytes = utf8Length(text);
  if (bytes > KEY_POLICY_MAX_BYTES) {
    g.add('KEY_POLICY_TOO_LARGE', 'error', node, [], { bytes, limit: KEY_POLICY_MAX_BYTES });
  } else if (bytes > KEY_POLICY_NEAR_BYTES) {
    g.add('KEY_POLICY_NEAR_SIZE_LIMIT', 'suggestion', node, [], { bytes, limit: KEY_POLICY_MAX_BYTES });
  }

  // Lockout: only with a known owner account and a policy that could be read completely. An AWS managed key's
  // policy (Id "auto-ebs-2", ...) never lets the account change it, and cannot be changed anyway.
  const owner = g.opts.sourceAccountId?.trim() ?? '';
  if (!/^\d{12}$/.test(owner) || g.pt.syntax.length > 0) return;
  if (statement?.value?.type !== 'array' && statement?.value?.type !== 'object') return;
  const id = props(node).find((p) => p.key === 'Id')?.value?.value;
  if (typeof id === 'string' && id.startsWith('auto-')) return;
  if (statement.key !== 'Statement') return;
  const managers = keyManagers(nodeValue(node), owner, 'aws', { allowsOnly: true });
  if (managers.root === 'allow' || managers.root === 'unknown') return;
  const path = [statement.key];
  if (managers.others.length > 0) g.add('KEY_POLICY_OWNER_ROOT_MISSING', 'warning', statement.value, path, { account: owner });
  else g.add('KEY_POLICY_LOCKOUT', 'error', statement.value, path, { account: owner });
}
