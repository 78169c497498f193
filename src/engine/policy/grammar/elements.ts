// Element grammar: the policy's elements (Version, Id, Statement), each statement's elements (Sid, Effect, Action,
// Resource, ...), misspelled and unknown element names, and the shapes their values must have. Principals,
// conditions and the key-policy rules are read by their own modules.

import type { Node } from 'jsonc-parser';
import { isPolicyPlaceholder } from '../../core/placeholders';
import { isKnownAction, knownActions } from '../actions';
import type { JsonPath } from '../../json/parse';
import type { GrammarCode } from './codes';
import { conditionBlock } from './conditions';
import { EXPECT_STRING, props, shape, strings, type Grammar, type Prop } from './context';
import { keyPolicy } from './keyPolicy';
import { arn, principals } from './principals';
import { closest, shorten } from './text';

const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;
const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

/** The pasted document: a policy, or (for service control policies) a list of them. */
export function policyDocument(g: Grammar, root: Node): void {
  if (g.kind === 'scp' && root.type === 'array') {
    (root.children ?? []).forEach((child, i) => {
      if (child.type === 'object') policy(g, child, [i]);
      else g.add('POLICY_NOT_OBJECT', 'error', child, [i], { found: shape(child) });
    });
  } else if (root.type === 'object') {
    policy(g, root, []);
  } else {
    g.add('POLICY_NOT_OBJECT', 'error', root, [], { found: shape(root) });
  }
}

/** Known elements of an object; reports duplicates, misspellings and unknown elements. */
function elements<K extends string>(
  g: Grammar,
  node: Node,
  path: JsonPath,
  known: readonly K[],
  misspelledCode: GrammarCode,
  unknownCode: GrammarCode,
): Map<K, Prop> {
  const found = new Map<K, Prop>();
  const misspelled = new Map<K, Prop>();
  const seen = new Set<string>();
  for (const p of props(node)) {
    if (!p.value) continue; // a name without a value: the parser reported the syntax error
    const at = p.value;
    if (seen.has(p.key)) g.add('DUPLICATE_KEY', 'error', at, [...path, p.key], { key: p.key });
    seen.add(p.key);
    if ((known as readonly string[]).includes(p.key)) {
      found.set(p.key as K, p); // the last one wins, as in JSON.parse
      continue;
    }
    const suggestion = closest(p.key, known);
    if (suggestion) {
      g.add(misspelledCode, 'error', at, [...path, p.key], { element: p.key, suggestion });
      if (!misspelled.has(suggestion)) misspelled.set(suggestion, p);
    } else {
      g.add(unknownCode, 'error', at, [...path, p.key], { element: shorten(p.key, 60) });
    }
  }
  // Check a misspelled element's content as what it was meant to be: a placeholder inside "Princpal" still matters.
  for (const [k, p] of misspelled) if (!found.has(k)) found.set(k, p);
  return found;
}

function policy(g: Grammar, node: Node, prefix: JsonPath): void {
  const keys = props(node).map((p) => p.key);
  const policyLike = keys.some((k) => closest(k, POLICY_ELEMENTS) !== undefined);
  if (keys.length > 0 && !policyLike) {
    g.add('NOT_A_POLICY', 'error', node, prefix, { keys: shorten(keys.slice(0, 4).join(', '), 80) });
    return;
  }
  const els = elements(g, node, prefix, POLICY_ELEMENTS, 'POLICY_ELEMENT_MISSPELLED', 'POLICY_ELEMENT_UNKNOWN');

  const version = els.get('Version');
  if (!version) {
    g.add('VERSION_MISSING', 'warning', node, prefix);
  } else if (version.value) {
    const v = version.value.value;
    const path = [...prefix, version.key];
    if (v === '2008-10-17') g.add('VERSION_OLD', 'suggestion', version.value, path, { value: v });
    else if (v !== '2012-10-17') {
      g.add('VERSION_INVALID', 'error', version.value, path, { value: typeof v === 'string' ? shorten(v, 40) : shape(version.value) });
    }
  }

  const id = els.get('Id');
  if (id?.value && id.value.type !== 'string') {
    g.add('ELEMENT_TYPE_INVALID', 'error', id.value, [...prefix, id.key], { element: 'Id', expected: EXPECT_STRING });
  }

  const statement = els.get('Statement');
  const sids = new Map<string, Node>();
  if (!statement) {
    g.add('STATEMENT_MISSING', 'error', node, prefix);
  } else if (statement.value) {
    const path = [...prefix, statement.key];
    const st = statement.value;
    if (st.type === 'object') checkStatement(g, st, path, sids);
    else if (st.type === 'array') {
      const children = st.children ?? [];
      if (children.length === 0) g.add('STATEMENT_EMPTY', 'error', st, path);
      children.forEach((child, i) => {
        if (child.type === 'object') checkStatement(g, child, [...path, i], sids);
        else g.add('STATEMENT_NOT_OBJECT', 'error', child, [...path, i], { found: shape(child) });
      });
    } else {
      g.add('STATEMENT_TYPE_INVALID', 'error', st, path, { found: shape(st) });
    }
  }

  if (g.kind === 'key' && prefix.length === 0) keyPolicy(g, node, statement);
}

function checkStatement(g: Grammar, node: Node, path: JsonPath, sids: Map<string, Node>): void {
  const els = elements(g, node, path, STATEMENT_ELEMENTS, 'STATEMENT_ELEMENT_MISSPELLED', 'STATEMENT_ELEMENT_UNKNOWN');
  const at = (p: Prop) => [...path, p.key];

  const sid = els.get('Sid');
  if (sid?.value) {
    if (sid.value.type !== 'string') {
      g.add('ELEMENT_TYPE_INVALID', 'error', sid.value, at(sid), { element: 'Sid', expected: EXPECT_STRING });
    } else if (sid.value.value !== '') {
      const s = sid.value.value as string;
      if (sids.has(s)) g.add('SID_DUPLICATE', 'error', sid.value, at(sid), { sid: shorten(s, 60) });
      else sids.set(s, sid.value);
    }
  }

  const effect = els.get('Effect');
  let effectValue: string | undefined;
  if (!effect) g.add('EFFECT_MISSING', 'error', node, path);
  else if (effect.value) {
    const v = effect.value.value;
    if (v === 'Allow' || v === 'Deny') effectValue = v;
    else {
      const suggestion = typeof v === 'string' ? (closest(v, ['Allow', 'Deny']) ?? '') : '';
      if (suggestion !== '' && effect.key === 'Effect') effectValue = suggestion;
      g.add('EFFECT_INVALID', 'error', effect.value, at(effect), {
        value: typeof v === 'string' ? shorten(v, 60) : shape(effect.value),
      });
    }
  }

  principals(g, node, path, els, effectValue);
  actions(g, node, path, els);
  resources(g, node, path, els);
  const condition = els.get('Condition');
  if (condition?.value) conditionBlock(g, condition.value, at(condition));
}

function actions(g: Grammar, node: Node, path: JsonPath, els: Map<string, Prop>): void {
  const action = els.get('Action');
  const notAction = els.get('NotAction');
  if (!action && !notAction) {
    g.add('ACTION_MISSING', 'error', node, path);
    return;
  }
  if (action && notAction) g.add('ACTION_AND_NOT_ACTION', 'error', notAction.value ?? notAction.keyNode, [...path, notAction.key]);
  const expected = g.kind === 'key' ? 'kms' : g.kind === 'vault' ? 'backup' : undefined;
  for (const p of [action, notAction]) {
    if (!p?.value) continue;
    for (const item of strings(g, p.value, [...path, p.key], p === action ? 'Action' : 'NotAction')) {
      const a = item.value;
      if (a !== '*' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(a)) {
        g.add('ACTION_INVALID', 'error', item.node, item.path, { action: shorten(a, 60) });
        continue;
      }
      if (g.kind === 'vault' && p === action && a.includes('*')) {
        g.add('VAULT_ACTION_WILDCARD', 'error', item.node, item.path, { action: a });
        continue;
      }
      const service = a.split(':')[0]?.toLowerCase();
      if (expected && a !== '*' && service !== expected) {
        g.add('ACTION_WRONG_SERVICE', 'warning', item.node, item.path, { action: a, expected });
        continue;
      }
      // An action its service does not have (kms:ListGrant for kms:ListGrants): AWS accepts the policy, and the
      // statement grants or denies nothing for it. Said with the nearest real name when there is one.
      if (a !== '*' && isKnownAction(a) === false) {
        const [prefix = '', name = ''] = a.split(':');
        const suggestion = a.includes('*') || a.includes('?') ? undefined : closest(name, knownActions(prefix) ?? []);
        if (suggestion) g.add('ACTION_UNKNOWN', 'warning', item.node, item.path, { action: a, suggestion: `${prefix}:${suggestion}` });
        else g.add('ACTION_UNKNOWN_NO_SUGGESTION', 'warning', item.node, item.path, { action: shorten(a, 60) });
      }
    }
  }
}

function resources(g: Grammar, node: Node, path: JsonPath, els: Map<string, Prop>): void {
  const resource = els.get('Resource');
  const notResource = els.get('NotResource');
  if (!resource && !notResource) {
    g.add('RESOURCE_MISSING', 'warning', node, path);
    return;
  }
  if (resource && notResource) {
    g.add('RESOURCE_AND_NOT_RESOURCE', 'error', notResource.value ?? notResource.keyNode, [...path, notResource.key]);
  }
  const expected = g.kind === 'key' ? 'kms' : g.kind === 'vault' ? 'backup' : undefined;
  for (const p of [resource, notResource]) {
    if (!p?.value) continue;
    for (const item of strings(g, p.value, [...path, p.key], p === resource ? 'Resource' : 'NotResource')) {
      const r = item.value;
      if (r === '*') continue;
      if (isPolicyPlaceholder(r)) {
        g.add('PLACEHOLDER_LEFT', 'error', item.node, item.path, { value: shorten(r) });
        if (/\s/.test(r.trim()) && r.startsWith('arn:')) g.add('ARN_HAS_SPACE', 'error', item.node, item.path, { value: shorten(r) });
      } else if (r.trim().startsWith('arn:')) arn(g, item.node, item.path, r, 'resource', expected);
      else g.add('RESOURCE_INVALID', 'error', item.node, item.path, { value: shorten(r) });
    }
  }
}
