// Principal and ARN grammar: Principal/NotPrincipal elements, AWS and service principals, account IDs (the
// documentation's example ones too), ARNs wherever they stand, and whether a condition narrows a "*" principal.

import type { Node } from 'jsonc-parser';
import { isPolicyPlaceholder, POLICY_VARIABLE_RE } from '../../core/placeholders';
import { EXAMPLE_ACCOUNT_IDS, parseArn } from '../../ids';
import { isUniqueId } from '../match';
import type { JsonPath } from '../../json/parse';
import { nodeValue, props, shape, strings, type Grammar, type Item, type Prop } from './context';
import { closest, shorten } from './text';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** Condition keys that tie a `"Principal": "*"` down to an account, organization, principal or network. */
const NARROWING_KEYS = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalservicename',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:userid',
  'aws:username',
  'kms:calleraccount',
]);

export function principals(g: Grammar, node: Node, path: JsonPath, els: Map<string, Prop>, effect: string | undefined): void {
  const principal = els.get('Principal');
  const notPrincipal = els.get('NotPrincipal');
  if (g.kind === 'scp') {
    for (const p of [principal, notPrincipal]) {
      if (p) g.add('SCP_PRINCIPAL_NOT_SUPPORTED', 'error', p.value ?? p.keyNode, [...path, p.key], { element: p.key });
    }
    return;
  }
  if (!principal && !notPrincipal) {
    g.add('PRINCIPAL_MISSING', 'error', node, path);
    return;
  }
  if (principal && notPrincipal) {
    g.add('PRINCIPAL_AND_NOT_PRINCIPAL', 'error', notPrincipal.value ?? notPrincipal.keyNode, [...path, notPrincipal.key]);
  }
  if (notPrincipal && effect === 'Allow') {
    g.add('NOT_PRINCIPAL_WITH_ALLOW', 'security-warning', notPrincipal.value ?? notPrincipal.keyNode, [
      ...path,
      notPrincipal.key,
    ]);
  }
  for (const p of [principal, notPrincipal]) {
    if (!p?.value) continue;
    const wildcard = principalValue(g, p.value, [...path, p.key]);
    if (wildcard && p === principal && effect === 'Allow' && !narrowed(g, els.get('Condition')?.value)) {
      g.add('PRINCIPAL_WILDCARD_UNRESTRICTED', 'security-warning', p.value, [...path, p.key]);
    }
  }
}

/** Checks a Principal or NotPrincipal value; returns true when it is (or includes) `*`. */
function principalValue(g: Grammar, node: Node, path: JsonPath): boolean {
  if (node.type === 'string') {
    if (node.value === '*') return true;
    g.add('PRINCIPAL_FORMAT_INVALID', 'error', node, path, { value: shorten(String(node.value)) });
    return false;
  }
  if (node.type !== 'object') {
    g.add('PRINCIPAL_FORMAT_INVALID', 'error', node, path, { value: shape(node) });
    return false;
  }
  let wildcard = false;
  const seen = new Set<string>();
  for (const p of props(node)) {
    if (!p.value) continue;
    const at = p.value;
    const ppath = [...path, p.key];
    if (seen.has(p.key)) g.add('DUPLICATE_KEY', 'error', at, ppath, { key: p.key });
    seen.add(p.key);
    let type = (PRINCIPAL_TYPES as readonly string[]).includes(p.key) ? p.key : undefined;
    if (!type) {
      type = closest(p.key, PRINCIPAL_TYPES);
      if (type) g.add('PRINCIPAL_TYPE_MISSPELLED', 'error', at, ppath, { type: p.key, suggestion: type });
      else g.add('PRINCIPAL_TYPE_UNKNOWN', 'error', at, ppath, { type: shorten(p.key, 60) });
    }
    const items = strings(g, p.value, ppath, `Principal.${type ?? p.key}`);
    for (const item of items) {
      if (type === 'AWS') wildcard = awsPrincipal(g, item) || wildcard;
      else if (type === 'Service') servicePrincipal(g, item);
      else if (item.value === '*') wildcard = true;
    }
  }
  return wildcard;
}

function awsPrincipal(g: Grammar, { node, path, value }: Item): boolean {
  const v = value;
  if (v === '*') return true;
  if (isPolicyPlaceholder(v)) {
    g.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
    if (/\s/.test(v.trim()) && v.startsWith('arn:')) g.add('ARN_HAS_SPACE', 'error', node, path, { value: shorten(v) });
    return false;
  }
  if (v.trim().startsWith('arn:')) {
    arn(g, node, path, v, 'principal');
    return false;
  }
  if (/[*?]/.test(v)) {
    g.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(v) });
    return false;
  }
  const trimmed = v.trim();
  if (/^\d+$/.test(trimmed) || /^[\d\s-]+$/.test(trimmed)) {
    accountId(g, node, path, trimmed);
    return false;
  }
  if (isUniqueId(trimmed)) {
    // A deleted role or user: AWS itself rewrites the principal to its unique ID and accepts the policy. The
    // statement is dead (it matches nobody), which is worth a look but does not make AWS refuse the policy.
    g.add('PRINCIPAL_UNIQUE_ID', 'warning', node, path, { value: trimmed });
    return false;
  }
  g.add('PRINCIPAL_INVALID', 'error', node, path, { value: shorten(v) });
  return false;
}

function servicePrincipal(g: Grammar, { node, path, value }: Item): void {
  if (value === '*') return;
  if (isPolicyPlaceholder(value)) {
    g.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(value) });
    return;
  }
  if (!/^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/.test(value)) {
    g.add('SERVICE_PRINCIPAL_INVALID', 'error', node, path, { value: shorten(value) });
  }
}

/** A bare account ID (principal or condition value). */
export function accountId(g: Grammar, node: Node, path: JsonPath, raw: string): void {
  const s = raw.trim();
  if (!/^\d{12}$/.test(s)) {
    const digits = s.replace(/\D/g, '').length;
    g.add('ACCOUNT_ID_INVALID', 'error', node, path, { value: shorten(s, 40), digits });
    return;
  }
  exampleAccount(g, node, path, s);
}

function exampleAccount(g: Grammar, node: Node, path: JsonPath, account: string): void {
  if (!EXAMPLE_ACCOUNT_IDS.includes(account)) return;
  // The user's own account can be one of the documentation's IDs only by mistake or in a lab: say so, never refuse.
  if (g.knownAccounts.has(account)) g.add('EXAMPLE_ACCOUNT_ID_IS_YOURS', 'warning', node, path, { value: account });
  else g.add('EXAMPLE_ACCOUNT_ID', 'error', node, path, { value: account });
}

/**
 * An ARN in a principal, a resource or a condition value. `expected` is the service a resource ARN should belong
 * to. Reports at most one problem of form, then the role-specific ones.
 */
export function arn(g: Grammar, node: Node, path: JsonPath, raw: string, role: 'principal' | 'resource' | 'condition', expected?: string): void {
  // Policy variables (${aws:PrincipalAccount}) stand for any value outside principals.
  let v = role === 'principal' ? raw : raw.replace(POLICY_VARIABLE_RE, '*');
  if (/\s/.test(v)) {
    g.add('ARN_HAS_SPACE', 'error', node, path, { value: shorten(raw) });
    v = v.replace(/\s+/g, '');
  }
  const { arn, problem } = parseArn(v);
  if (problem === 'extra-colon') {
    g.add('ARN_EXTRA_COLON', 'error', node, path, { value: shorten(raw) });
    return;
  }
  if (!arn || problem === 'not-arn') {
    g.add('ARN_MALFORMED', 'error', node, path, { value: shorten(raw) });
    return;
  }
  if (problem === 'unknown-partition') {
    g.add('ARN_PARTITION_UNKNOWN', 'error', node, path, { value: shorten(raw), partition: shorten(arn.partition, 30) });
    return;
  }
  if (problem === 'bad-account') {
    if (role === 'principal' && /[*?]/.test(arn.account)) {
      g.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(raw) });
    } else if (!(role !== 'principal' && /[*?]/.test(arn.account))) {
      const digits = arn.account.replace(/\D/g, '').length;
      g.add('ACCOUNT_ID_INVALID', 'error', node, path, { value: shorten(arn.account, 40), digits });
    }
    return;
  }
  if (role === 'principal') {
    if (arn.service !== 'iam' && arn.service !== 'sts') {
      g.add('PRINCIPAL_ARN_SERVICE_INVALID', 'error', node, path, { value: shorten(raw), service: shorten(arn.service, 30) });
      return;
    }
    if (/[*?]/.test(v)) {
      g.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(raw) });
      return;
    }
    const resourceOk =
      arn.service === 'iam'
        ? /^(root|user\/.+|role\/.+|federated-user\/.+)$/.test(arn.resource)
        : /^(assumed-role\/[^/]+\/.+|federated-user\/.+)$/.test(arn.resource);
    if (arn.region !== '' || !/^\d{12}$/.test(arn.account) || !resourceOk) {
      g.add('PRINCIPAL_ARN_INVALID', 'error', node, path, { value: shorten(raw) });
      return;
    }
  } else if (expected && arn.service !== expected && arn.service !== '*') {
    g.add('RESOURCE_SERVICE_MISMATCH', 'warning', node, path, { value: shorten(raw), expected });
  }
  if (/^\d{12}$/.test(arn.account)) exampleAccount(g, node, path, arn.account);
}

function narrowed(g: Grammar, condition: Node | undefined): boolean {
  if (condition?.type !== 'object') return false;
  for (const op of props(condition)) {
    const operator = op.key.replace(/^(ForAnyValue|ForAllValues):/, '');
    if (/Not|^Null/.test(operator) || op.value?.type !== 'object') continue;
    for (const k of props(op.value)) {
      if (!NARROWING_KEYS.has(k.key.toLowerCase())) continue;
      const values = nodeValue(k.value);
      const list = Array.isArray(values) ? values : [values];
      if (list.some((x) => typeof x === 'string' && x !== '' && x !== '*')) return true;
    }
  }
  return false;
}
