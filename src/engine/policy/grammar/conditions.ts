// Condition grammar: operators (misspelled ones with the name meant), condition keys, and each value against its
// operator and key (booleans, numbers, dates, IPs, account and organization IDs, org paths, kms:ViaService, ARNs).

import type { Node } from 'jsonc-parser';
import { isPolicyPlaceholder, POLICY_VARIABLE_RE } from '../../core/placeholders';
import { ORG_ID_RE } from '../../ids';
import type { Params } from '../../types';
import { EVALUATED_OPERATORS } from '../evaluate';
import type { JsonPath } from '../../json/parse';
import { EXPECT_OBJECT, props, shape, type Grammar, type Prop } from './context';
import { accountId, arn } from './principals';
import { closest, shorten } from './text';

/** Every IAM condition operator: the ones the evaluator decides, and the ones it only recognises. */
const CONDITION_OPERATORS = [...EVALUATED_OPERATORS, 'BinaryEquals'] as const;

const ACCOUNT_KEYS = new Set([
  'kms:calleraccount',
  'aws:sourceaccount',
  'aws:principalaccount',
  'aws:resourceaccount',
  'aws:sourceowner',
]);
const ORG_ID_KEYS = new Set(['aws:principalorgid', 'aws:sourceorgid', 'aws:resourceorgid']);
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths', 'aws:resourceorgpaths']);
/** Organization IDs from the AWS documentation: never the user's organization, unless the user says it is. */
export const EXAMPLE_ORG_IDS = ['o-a1b2c3d4e5', 'o-exampleorgid', 'o-1234567890', 'o-abcdefghij'];

export function conditionBlock(g: Grammar, node: Node, path: JsonPath): void {
  if (node.type !== 'object') {
    g.add('ELEMENT_TYPE_INVALID', 'error', node, path, { element: 'Condition', expected: EXPECT_OBJECT });
    return;
  }
  const seen = new Set<string>();
  for (const op of props(node)) {
    if (!op.value) continue;
    const opPath = [...path, op.key];
    const at = op.value;
    if (seen.has(op.key)) g.add('DUPLICATE_KEY', 'error', at, opPath, { key: op.key });
    seen.add(op.key);
    const base = operator(g, op, at, opPath);
    if (op.value.type !== 'object') {
      g.add('CONDITION_BLOCK_INVALID', 'error', op.value, opPath, { operator: shorten(op.key, 60) });
      continue;
    }
    const seenKeys = new Set<string>();
    for (const k of props(op.value)) {
      if (!k.value) continue;
      const keyPath = [...opPath, k.key];
      const kat = k.value;
      if (seenKeys.has(k.key)) g.add('DUPLICATE_KEY', 'error', kat, keyPath, { key: k.key });
      seenKeys.add(k.key);
      if (!/^[A-Za-z0-9-]+:[^\s]+$/.test(k.key)) {
        g.add('CONDITION_KEY_INVALID', 'error', kat, keyPath, { key: shorten(k.key, 60) });
      }
      conditionValues(g, k.value, keyPath, base, op.key, k.key);
    }
  }
}

/** The operator without ForAnyValue:/ForAllValues: and IfExists, or undefined when unknown (reported). */
function operator(g: Grammar, op: Prop, at: Node, path: JsonPath): string | undefined {
  const m = /^(ForAnyValue:|ForAllValues:)?(.*?)(IfExists)?$/.exec(op.key);
  const prefix = m?.[1] ?? '';
  const base = m?.[2] ?? op.key;
  const suffix = m?.[3] ?? '';
  if ((CONDITION_OPERATORS as readonly string[]).includes(base) && !(base === 'Null' && suffix)) return base;
  const guess = closest(base, CONDITION_OPERATORS) ?? closest(op.key.replace(/^for\w+:/i, ''), CONDITION_OPERATORS);
  if (guess) {
    const fixedPrefix = /^foranyvalue:/i.test(op.key) ? 'ForAnyValue:' : /^forallvalues:/i.test(op.key) ? 'ForAllValues:' : prefix;
    const fixedSuffix = guess === 'Null' ? '' : suffix || (/ifexists$/i.test(op.key) ? 'IfExists' : '');
    g.add('CONDITION_OPERATOR_MISSPELLED', 'error', at, path, {
      operator: shorten(op.key, 60),
      suggestion: `${fixedPrefix}${guess}${fixedSuffix}`,
    });
    return guess;
  }
  g.add('CONDITION_OPERATOR_UNKNOWN', 'error', at, path, { operator: shorten(op.key, 60) });
  return undefined;
}

function conditionValues(g: Grammar, node: Node, path: JsonPath, base: string | undefined, operator: string, key: string): void {
  const items: { node: Node; path: JsonPath }[] = [];
  if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => {
      if (child.type === 'string' || child.type === 'number' || child.type === 'boolean') items.push({ node: child, path: [...path, i] });
      else g.add('CONDITION_VALUE_TYPE_INVALID', 'error', child, [...path, i], { key: shorten(key, 60), found: shape(child) });
    });
  } else if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') {
    items.push({ node, path });
  } else {
    g.add('CONDITION_VALUE_TYPE_INVALID', 'error', node, path, { key: shorten(key, 60), found: shape(node) });
    return;
  }
  const lowerKey = key.toLowerCase();
  for (const item of items) {
    const v = item.node.value as string | number | boolean;
    const text = String(v);
    const params = { key: shorten(key, 60), value: shorten(text), operator: shorten(operator, 60) };
    if (base === 'Bool' || base === 'Null') {
      if (!(typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v)))) {
        g.add('CONDITION_BOOL_VALUE_INVALID', 'error', item.node, item.path, params);
      }
      continue;
    }
    if (base?.startsWith('Numeric')) {
      if (!(typeof v === 'number' || /^-?\d+(\.\d+)?$/.test(text))) g.add('CONDITION_VALUE_NOT_NUMBER', 'error', item.node, item.path, params);
      continue;
    }
    if (base?.startsWith('Date')) {
      const ok =
        typeof v === 'number' ||
        /^\d+$/.test(text) ||
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ||
        text.includes('${');
      if (!ok) g.add('CONDITION_VALUE_NOT_DATE', 'error', item.node, item.path, params);
      continue;
    }
    if (base === 'IpAddress' || base === 'NotIpAddress') {
      const ok = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(text) || /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*(\/\d{1,3})?$/.test(text) || text.includes('${');
      if (!ok) g.add('CONDITION_VALUE_NOT_IP', 'error', item.node, item.path, params);
      continue;
    }
    if (typeof v !== 'string') continue;
    conditionString(g, item.node, item.path, v, base, params, lowerKey);
  }
}

function conditionString(
  g: Grammar,
  node: Node,
  path: JsonPath,
  v: string,
  base: string | undefined,
  params: Params,
  lowerKey: string,
): void {
  const hasWildcard = /[*?]/.test(v.replace(POLICY_VARIABLE_RE, ''));
  if ((base === 'StringEquals' || base === 'StringNotEquals' || base === 'StringEqualsIgnoreCase' || base === 'StringNotEqualsIgnoreCase') && hasWildcard) {
    g.add('CONDITION_WILDCARD_NEEDS_LIKE', 'warning', node, path, params);
  }
  if (ACCOUNT_KEYS.has(lowerKey)) {
    if (v.startsWith('arn:')) {
      g.add('CONDITION_ACCOUNT_IS_ARN', 'error', node, path, {
        ...params,
        account: /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(v.replace(/\s+/g, ''))?.[1] ?? '',
      });
      return;
    }
    if (isPolicyPlaceholder(v)) {
      g.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
      return;
    }
    if (!hasWildcard) accountId(g, node, path, v);
    return;
  }
  if (isPolicyPlaceholder(v)) {
    g.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
    return;
  }
  if (ORG_ID_KEYS.has(lowerKey)) {
    if (!hasWildcard && !ORG_ID_RE.test(v.trim())) g.add('ORG_ID_INVALID', 'error', node, path, params);
    else if (EXAMPLE_ORG_IDS.includes(v.trim())) {
      // AWS accepts the text; the statement just never matches the user's organization.
      if (v.trim() === g.opts.organizationId?.trim()) g.add('EXAMPLE_ORG_ID_IS_YOURS', 'warning', node, path, { value: v.trim() });
      else g.add('EXAMPLE_ORG_ID', 'warning', node, path, { value: v.trim() });
    }
    return;
  }
  if (ORG_PATH_KEYS.has(lowerKey)) {
    if (!/^o-[a-z0-9*?]+\/(\*|r-[0-9a-z*?]+(\/.*)?)$/.test(v.trim())) g.add('ORG_PATH_INVALID', 'warning', node, path, params);
    return;
  }
  if (lowerKey === 'kms:viaservice') {
    if (!/^[a-z0-9*?-]+\.[a-z0-9*?-]+\.amazonaws\.com(\.cn)?$/.test(v)) g.add('KMS_VIA_SERVICE_INVALID', 'warning', node, path, params);
    return;
  }
  if (v.startsWith('arn:')) arn(g, node, path, v, 'condition');
}
