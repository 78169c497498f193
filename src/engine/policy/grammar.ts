// Grammar findings for pasted policies, shaped like IAM Access Analyzer's policy validation: a stable code, a severity,
// params, and a location (line 1-based, column 0-based) into the text exactly as pasted, through any unwrapping.
// Messages stay empty here; the i18n catalog (src/i18n/parts/grammar.ts) renders them from the code and params.

import type { Node } from 'jsonc-parser';
import { locateNode, type ParsedJson } from '../json/parse';
import type { PolicyText } from '../json/policyText';
import type { Damage, DamageKind } from '../json/repair';
import { isUniqueId } from './match';
import { isPolicyPlaceholder, POLICY_VARIABLE_RE } from '../core/placeholders';
import { EXAMPLE_ACCOUNT_IDS, ORG_ID_RE, parseArn } from '../ids';
import type { Finding, Location, Params, PasteKey, Severity } from '../types';
import type { JsonPath } from '../json/parse';
import { EVALUATED_OPERATORS } from './evaluate';
import { isKnownAction, knownActions } from './actions';
import { keyManagers } from './lockout';

export type PolicyKind = 'key' | 'vault' | 'scp';

export interface GrammarOptions {
  sourceAccountId?: string;
  destinationAccountId?: string;
  /** The organization ID, when known: the documentation's example org ID is then not flagged if it is the real one. */
  organizationId?: string;
}

/** Every code `grammarFindings` can emit (the catalog test checks each has a message in both languages). */
export const GRAMMAR_CODES = [
  'PASTE_DAMAGE_TYPOGRAPHIC_QUOTES',
  'PASTE_DAMAGE_TRAILING_COMMA',
  'PASTE_DAMAGE_COMMENT',
  'PASTE_DAMAGE_BYTE_ORDER_MARK',
  'PASTE_DAMAGE_NON_BREAKING_SPACE',
  'PASTE_EXTRA_TEXT_BEFORE',
  'PASTE_EXTRA_TEXT_AFTER',
  'CLI_ERROR_PASTED',
  'VAULT_POLICY_NOT_FOUND',
  'WRAPPER_MISMATCH',
  'JSON_SYNTAX_ERROR',
  'JSON_SYNTAX_ERRORS_TRUNCATED',
  'NOT_A_POLICY',
  'POLICY_NOT_OBJECT',
  'DUPLICATE_KEY',
  'POLICY_ELEMENT_MISSPELLED',
  'POLICY_ELEMENT_UNKNOWN',
  'STATEMENT_ELEMENT_MISSPELLED',
  'STATEMENT_ELEMENT_UNKNOWN',
  'ELEMENT_TYPE_INVALID',
  'ELEMENT_EMPTY',
  'VERSION_MISSING',
  'VERSION_OLD',
  'VERSION_INVALID',
  'STATEMENT_MISSING',
  'STATEMENT_TYPE_INVALID',
  'STATEMENT_EMPTY',
  'STATEMENT_NOT_OBJECT',
  'SID_DUPLICATE',
  'EFFECT_MISSING',
  'EFFECT_INVALID',
  'PRINCIPAL_MISSING',
  'PRINCIPAL_AND_NOT_PRINCIPAL',
  'NOT_PRINCIPAL_WITH_ALLOW',
  'SCP_PRINCIPAL_NOT_SUPPORTED',
  'PRINCIPAL_FORMAT_INVALID',
  'PRINCIPAL_TYPE_MISSPELLED',
  'PRINCIPAL_TYPE_UNKNOWN',
  'PRINCIPAL_INVALID',
  'PRINCIPAL_PARTIAL_WILDCARD',
  'PRINCIPAL_UNIQUE_ID',
  'PRINCIPAL_ARN_SERVICE_INVALID',
  'PRINCIPAL_ARN_INVALID',
  'PRINCIPAL_WILDCARD_UNRESTRICTED',
  'SERVICE_PRINCIPAL_INVALID',
  'ACTION_MISSING',
  'ACTION_AND_NOT_ACTION',
  'ACTION_INVALID',
  'ACTION_WRONG_SERVICE',
  'ACTION_UNKNOWN',
  'ACTION_UNKNOWN_NO_SUGGESTION',
  'VAULT_ACTION_WILDCARD',
  'RESOURCE_MISSING',
  'RESOURCE_AND_NOT_RESOURCE',
  'RESOURCE_INVALID',
  'RESOURCE_SERVICE_MISMATCH',
  'ARN_HAS_SPACE',
  'ARN_EXTRA_COLON',
  'ARN_PARTITION_UNKNOWN',
  'ARN_MALFORMED',
  'ACCOUNT_ID_INVALID',
  'EXAMPLE_ACCOUNT_ID',
  'EXAMPLE_ACCOUNT_ID_IS_YOURS',
  'EXAMPLE_ORG_ID',
  'EXAMPLE_ORG_ID_IS_YOURS',
  'PLACEHOLDER_LEFT',
  'CONDITION_OPERATOR_MISSPELLED',
  'CONDITION_OPERATOR_UNKNOWN',
  'CONDITION_BLOCK_INVALID',
  'CONDITION_KEY_INVALID',
  'CONDITION_VALUE_TYPE_INVALID',
  'CONDITION_BOOL_VALUE_INVALID',
  'CONDITION_VALUE_NOT_NUMBER',
  'CONDITION_VALUE_NOT_DATE',
  'CONDITION_VALUE_NOT_IP',
  'CONDITION_WILDCARD_NEEDS_LIKE',
  'CONDITION_ACCOUNT_IS_ARN',
  'ORG_ID_INVALID',
  'ORG_PATH_INVALID',
  'KMS_VIA_SERVICE_INVALID',
  'KEY_POLICY_TOO_LARGE',
  'KEY_POLICY_NEAR_SIZE_LIMIT',
  'KEY_POLICY_LOCKOUT',
  'KEY_POLICY_OWNER_ROOT_MISSING',
  'GRAMMAR_INTERNAL_ERROR',
] as const;
export type GrammarCode = (typeof GRAMMAR_CODES)[number];

export const KEY_POLICY_MAX_BYTES = 32768;
const KEY_POLICY_NEAR_BYTES = KEY_POLICY_MAX_BYTES - 1024;
const MAX_SYNTAX_FINDINGS = 25;

const INPUT: Record<PolicyKind, PasteKey> = {
  key: 'sourceKeyPolicy',
  vault: 'destinationVaultPolicy',
  scp: 'serviceControlPolicies',
};

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
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** Every IAM condition operator: the ones the evaluator decides, and the ones it only recognises. */
const CONDITION_OPERATORS = [...EVALUATED_OPERATORS, 'BinaryEquals'] as const;

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


// Small helpers -----------------------------------------------------------------------------------------------------

interface Prop {
  key: string;
  keyNode: Node;
  value?: Node;
}

function props(node: Node): Prop[] {
  const out: Prop[] = [];
  for (const p of node.children ?? []) {
    const keyNode = p.children?.[0];
    if (p.type !== 'property' || !keyNode || typeof keyNode.value !== 'string') continue;
    out.push({ key: keyNode.value, keyNode, value: p.children?.[1] });
  }
  return out;
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The known name a misspelled one was meant to be: same letters in another case, or one or two typos away. */
function closest<K extends string>(name: string, candidates: readonly K[]): K | undefined {
  const lower = name.trim().toLowerCase();
  if (lower.length > 40) return undefined;
  for (const c of candidates) if (c.toLowerCase() === lower) return c;
  if (lower.length < 4) return undefined;
  const max = lower.length >= 8 ? 2 : 1;
  let best: K | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function nodeValue(node: Node | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return node.value;
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const p of props(node)) out[p.key] = nodeValue(p.value);
      return out;
    }
    default:
      return undefined;
  }
}

/** A JSON value's shape, written the same in every language: {…} […] "…" 123 true null. */
function shape(node: Node | undefined): string {
  switch (node?.type) {
    case 'object':
      return '{…}';
    case 'array':
      return '[…]';
    case 'string':
      return '"…"';
    case 'number':
      return '123';
    case 'boolean':
      return 'true/false';
    case 'null':
      return 'null';
    default:
      return '—';
  }
}

const EXPECT_STRING = '"…"';
const EXPECT_STRINGS = '"…" / ["…", "…"]';
const EXPECT_OBJECT = '{…}';

// The walker --------------------------------------------------------------------------------------------------------

interface Item {
  node: Node;
  path: JsonPath;
  value: string;
}

class Grammar {
  readonly findings: Finding[] = [];
  private readonly input: PasteKey;
  private readonly parsed: ParsedJson;
  private readonly knownAccounts: Set<string>;

  constructor(
    private readonly pt: PolicyText,
    private readonly kind: PolicyKind,
    private readonly opts: GrammarOptions,
  ) {
    this.input = INPUT[kind];
    this.parsed = pt.parsed;
    this.knownAccounts = new Set(
      [opts.sourceAccountId, opts.destinationAccountId].filter((s): s is string => !!s).map((s) => s.trim()),
    );
  }

  private add(code: GrammarCode, severity: Severity, node: Node | undefined, path: JsonPath, params?: Params): void {
    const location: Location = { input: this.input, path };
    const target = node ?? this.parsed.root;
    if (target) Object.assign(location, locateNode(this.parsed, target));
    this.findings.push({ code, severity, ...(params ? { params } : {}), message: '', location });
  }

  private addAt(
    code: GrammarCode,
    severity: Severity,
    at: { offset: number; length: number; line: number; column: number },
    params?: Params,
  ): void {
    const { offset, length, line, column } = at;
    this.findings.push({
      code,
      severity,
      ...(params ? { params } : {}),
      message: '',
      location: { input: this.input, path: [], line, column, offset, length },
    });
  }

  run(): Finding[] {
    const pt = this.pt;
    if (pt.cliError) {
      const notFound = this.kind === 'vault' && /ResourceNotFound/i.test(pt.cliError.code);
      this.addAt(notFound ? 'VAULT_POLICY_NOT_FOUND' : 'CLI_ERROR_PASTED', 'error', pt.cliError, {
        error: pt.cliError.code,
        operation: pt.cliError.operation,
      });
      return this.findings;
    }
    if (pt.empty) return this.findings;

    this.damage(pt.damage);
    for (const e of pt.extra) {
      this.addAt(e.where === 'before' ? 'PASTE_EXTRA_TEXT_BEFORE' : 'PASTE_EXTRA_TEXT_AFTER', 'warning', e, {
        text: shorten(e.text.replace(/\s+/g, ' ')),
      });
    }
    const wrongWrapper =
      (this.kind === 'key' && pt.wrapper === 'get-backup-vault-access-policy') ||
      (this.kind === 'vault' && pt.wrapper === 'get-key-policy') ||
      (this.kind !== 'scp' && pt.wrapper === 'describe-policy');
    if (wrongWrapper && pt.parsed.root) {
      this.add('WRAPPER_MISMATCH', 'warning', pt.parsed.root, [], { wrapper: pt.wrapper ?? '' });
    }

    const seenSyntax = new Set<string>();
    const syntax = pt.syntax.filter((e) => {
      const k = `${e.code}@${e.offset}`;
      return seenSyntax.has(k) ? false : (seenSyntax.add(k), true);
    });
    syntax.slice(0, MAX_SYNTAX_FINDINGS).forEach((e) => this.addAt('JSON_SYNTAX_ERROR', 'error', e, { error: e.code }));
    if (syntax.length > MAX_SYNTAX_FINDINGS) {
      const next = syntax[MAX_SYNTAX_FINDINGS] as (typeof syntax)[number];
      this.addAt('JSON_SYNTAX_ERRORS_TRUNCATED', 'error', next, { count: syntax.length - MAX_SYNTAX_FINDINGS });
    }

    const root = pt.parsed.root;
    if (!root) return this.findings;
    const first = this.findings.length;
    if (this.kind === 'scp' && root.type === 'array') {
      (root.children ?? []).forEach((child, i) => {
        if (child.type === 'object') this.policy(child, [i]);
        else this.add('POLICY_NOT_OBJECT', 'error', child, [i], { found: shape(child) });
      });
    } else if (root.type === 'object') {
      this.policy(root, []);
    } else {
      this.add('POLICY_NOT_OBJECT', 'error', root, [], { found: shape(root) });
    }
    // Paste and syntax findings first, then the policy's own in the order of the text (stable).
    const own = this.findings.splice(first);
    own.sort((a, b) => (a.location?.offset ?? 0) - (b.location?.offset ?? 0));
    this.findings.push(...own);
    return this.findings;
  }

  private damage(damage: readonly Damage[]): void {
    const byKind = new Map<DamageKind, Damage[]>();
    for (const d of damage) {
      const list = byKind.get(d.kind) ?? [];
      list.push(d);
      byKind.set(d.kind, list);
    }
    for (const [kind, list] of byKind) {
      const first = list[0] as Damage;
      const lines = [...new Set(list.map((d) => d.line))];
      // Not in the policy AWS holds: added on the way to the paste box. The policy is read after the repair, and the
      // finding warns that the text as pasted would be refused (ADR 5).
      this.addAt(`PASTE_DAMAGE_${kind}` as GrammarCode, 'warning', first, {
        count: list.length,
        lines: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : ''),
      });
    }
  }

  /** Known elements of an object; reports duplicates, misspellings and unknown elements. */
  private elements<K extends string>(
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
      if (seen.has(p.key)) this.add('DUPLICATE_KEY', 'error', at, [...path, p.key], { key: p.key });
      seen.add(p.key);
      if ((known as readonly string[]).includes(p.key)) {
        found.set(p.key as K, p); // the last one wins, as in JSON.parse
        continue;
      }
      const suggestion = closest(p.key, known);
      if (suggestion) {
        this.add(misspelledCode, 'error', at, [...path, p.key], { element: p.key, suggestion });
        if (!misspelled.has(suggestion)) misspelled.set(suggestion, p);
      } else {
        this.add(unknownCode, 'error', at, [...path, p.key], { element: shorten(p.key, 60) });
      }
    }
    // Check a misspelled element's content as what it was meant to be: a placeholder inside "Princpal" still matters.
    for (const [k, p] of misspelled) if (!found.has(k)) found.set(k, p);
    return found;
  }

  // Policy --------------------------------------------------------------------------------------------------------

  private policy(node: Node, prefix: JsonPath): void {
    const keys = props(node).map((p) => p.key);
    const policyLike = keys.some((k) => closest(k, POLICY_ELEMENTS) !== undefined);
    if (keys.length > 0 && !policyLike) {
      this.add('NOT_A_POLICY', 'error', node, prefix, { keys: shorten(keys.slice(0, 4).join(', '), 80) });
      return;
    }
    const els = this.elements(node, prefix, POLICY_ELEMENTS, 'POLICY_ELEMENT_MISSPELLED', 'POLICY_ELEMENT_UNKNOWN');

    const version = els.get('Version');
    if (!version) {
      this.add('VERSION_MISSING', 'warning', node, prefix);
    } else if (version.value) {
      const v = version.value.value;
      const path = [...prefix, version.key];
      if (v === '2008-10-17') this.add('VERSION_OLD', 'suggestion', version.value, path, { value: v });
      else if (v !== '2012-10-17') {
        this.add('VERSION_INVALID', 'error', version.value, path, { value: typeof v === 'string' ? shorten(v, 40) : shape(version.value) });
      }
    }

    const id = els.get('Id');
    if (id?.value && id.value.type !== 'string') {
      this.add('ELEMENT_TYPE_INVALID', 'error', id.value, [...prefix, id.key], { element: 'Id', expected: EXPECT_STRING });
    }

    const statement = els.get('Statement');
    const sids = new Map<string, Node>();
    if (!statement) {
      this.add('STATEMENT_MISSING', 'error', node, prefix);
    } else if (statement.value) {
      const path = [...prefix, statement.key];
      const st = statement.value;
      if (st.type === 'object') this.statement(st, path, sids);
      else if (st.type === 'array') {
        const children = st.children ?? [];
        if (children.length === 0) this.add('STATEMENT_EMPTY', 'error', st, path);
        children.forEach((child, i) => {
          if (child.type === 'object') this.statement(child, [...path, i], sids);
          else this.add('STATEMENT_NOT_OBJECT', 'error', child, [...path, i], { found: shape(child) });
        });
      } else {
        this.add('STATEMENT_TYPE_INVALID', 'error', st, path, { found: shape(st) });
      }
    }

    if (this.kind === 'key' && prefix.length === 0) this.keyPolicy(node, statement);
  }

  private keyPolicy(node: Node, statement: Prop | undefined): void {
    const text = this.parsed.text.slice(node.offset, node.offset + node.length);
    const bytes = utf8Length(text);
    if (bytes > KEY_POLICY_MAX_BYTES) {
      this.add('KEY_POLICY_TOO_LARGE', 'error', node, [], { bytes, limit: KEY_POLICY_MAX_BYTES });
    } else if (bytes > KEY_POLICY_NEAR_BYTES) {
      this.add('KEY_POLICY_NEAR_SIZE_LIMIT', 'suggestion', node, [], { bytes, limit: KEY_POLICY_MAX_BYTES });
    }

    // Lockout: only with a known owner account and a policy that could be read completely. An AWS managed key's
    // policy (Id "auto-ebs-2", ...) never lets the account change it, and cannot be changed anyway.
    const owner = this.opts.sourceAccountId?.trim() ?? '';
    if (!/^\d{12}$/.test(owner) || this.pt.syntax.length > 0) return;
    if (statement?.value?.type !== 'array' && statement?.value?.type !== 'object') return;
    const id = props(node).find((p) => p.key === 'Id')?.value?.value;
    if (typeof id === 'string' && id.startsWith('auto-')) return;
    if (statement.key !== 'Statement') return;
    const managers = keyManagers(nodeValue(node), owner, 'aws', { allowsOnly: true });
    if (managers.root === 'allow' || managers.root === 'unknown') return;
    const path = [statement.key];
    if (managers.others.length > 0) this.add('KEY_POLICY_OWNER_ROOT_MISSING', 'warning', statement.value, path, { account: owner });
    else this.add('KEY_POLICY_LOCKOUT', 'error', statement.value, path, { account: owner });
  }

  // Statement -----------------------------------------------------------------------------------------------------

  private statement(node: Node, path: JsonPath, sids: Map<string, Node>): void {
    const els = this.elements(node, path, STATEMENT_ELEMENTS, 'STATEMENT_ELEMENT_MISSPELLED', 'STATEMENT_ELEMENT_UNKNOWN');
    const at = (p: Prop) => [...path, p.key];

    const sid = els.get('Sid');
    if (sid?.value) {
      if (sid.value.type !== 'string') {
        this.add('ELEMENT_TYPE_INVALID', 'error', sid.value, at(sid), { element: 'Sid', expected: EXPECT_STRING });
      } else if (sid.value.value !== '') {
        const s = sid.value.value as string;
        if (sids.has(s)) this.add('SID_DUPLICATE', 'error', sid.value, at(sid), { sid: shorten(s, 60) });
        else sids.set(s, sid.value);
      }
    }

    const effect = els.get('Effect');
    let effectValue: string | undefined;
    if (!effect) this.add('EFFECT_MISSING', 'error', node, path);
    else if (effect.value) {
      const v = effect.value.value;
      if (v === 'Allow' || v === 'Deny') effectValue = v;
      else {
        const suggestion = typeof v === 'string' ? (closest(v, ['Allow', 'Deny']) ?? '') : '';
        if (suggestion !== '' && effect.key === 'Effect') effectValue = suggestion;
        this.add('EFFECT_INVALID', 'error', effect.value, at(effect), {
          value: typeof v === 'string' ? shorten(v, 60) : shape(effect.value),
        });
      }
    }

    this.principals(node, path, els, effectValue);
    this.actions(node, path, els);
    this.resources(node, path, els);
    const condition = els.get('Condition');
    if (condition?.value) this.condition(condition.value, at(condition));
  }

  // Principal -----------------------------------------------------------------------------------------------------

  private principals(node: Node, path: JsonPath, els: Map<string, Prop>, effect: string | undefined): void {
    const principal = els.get('Principal');
    const notPrincipal = els.get('NotPrincipal');
    if (this.kind === 'scp') {
      for (const p of [principal, notPrincipal]) {
        if (p) this.add('SCP_PRINCIPAL_NOT_SUPPORTED', 'error', p.value ?? p.keyNode, [...path, p.key], { element: p.key });
      }
      return;
    }
    if (!principal && !notPrincipal) {
      this.add('PRINCIPAL_MISSING', 'error', node, path);
      return;
    }
    if (principal && notPrincipal) {
      this.add('PRINCIPAL_AND_NOT_PRINCIPAL', 'error', notPrincipal.value ?? notPrincipal.keyNode, [...path, notPrincipal.key]);
    }
    if (notPrincipal && effect === 'Allow') {
      this.add('NOT_PRINCIPAL_WITH_ALLOW', 'security-warning', notPrincipal.value ?? notPrincipal.keyNode, [
        ...path,
        notPrincipal.key,
      ]);
    }
    for (const p of [principal, notPrincipal]) {
      if (!p?.value) continue;
      const wildcard = this.principal(p.value, [...path, p.key]);
      if (wildcard && p === principal && effect === 'Allow' && !this.narrowed(els.get('Condition')?.value)) {
        this.add('PRINCIPAL_WILDCARD_UNRESTRICTED', 'security-warning', p.value, [...path, p.key]);
      }
    }
  }

  /** Checks a Principal or NotPrincipal value; returns true when it is (or includes) `*`. */
  private principal(node: Node, path: JsonPath): boolean {
    if (node.type === 'string') {
      if (node.value === '*') return true;
      this.add('PRINCIPAL_FORMAT_INVALID', 'error', node, path, { value: shorten(String(node.value)) });
      return false;
    }
    if (node.type !== 'object') {
      this.add('PRINCIPAL_FORMAT_INVALID', 'error', node, path, { value: shape(node) });
      return false;
    }
    let wildcard = false;
    const seen = new Set<string>();
    for (const p of props(node)) {
      if (!p.value) continue;
      const at = p.value;
      const ppath = [...path, p.key];
      if (seen.has(p.key)) this.add('DUPLICATE_KEY', 'error', at, ppath, { key: p.key });
      seen.add(p.key);
      let type = (PRINCIPAL_TYPES as readonly string[]).includes(p.key) ? p.key : undefined;
      if (!type) {
        type = closest(p.key, PRINCIPAL_TYPES);
        if (type) this.add('PRINCIPAL_TYPE_MISSPELLED', 'error', at, ppath, { type: p.key, suggestion: type });
        else this.add('PRINCIPAL_TYPE_UNKNOWN', 'error', at, ppath, { type: shorten(p.key, 60) });
      }
      const items = this.strings(p.value, ppath, `Principal.${type ?? p.key}`);
      for (const item of items) {
        if (type === 'AWS') wildcard = this.awsPrincipal(item) || wildcard;
        else if (type === 'Service') this.servicePrincipal(item);
        else if (item.value === '*') wildcard = true;
      }
    }
    return wildcard;
  }

  /** A string or a list of strings; anything else is reported. */
  private strings(node: Node, path: JsonPath, element: string): Item[] {
    if (node.type === 'string') return [{ node, path, value: node.value as string }];
    if (node.type === 'array') {
      const children = node.children ?? [];
      if (children.length === 0) this.add('ELEMENT_EMPTY', 'warning', node, path, { element });
      const out: Item[] = [];
      children.forEach((child, i) => {
        if (child.type === 'string') out.push({ node: child, path: [...path, i], value: child.value as string });
        else this.add('ELEMENT_TYPE_INVALID', 'error', child, [...path, i], { element, expected: EXPECT_STRING });
      });
      return out;
    }
    this.add('ELEMENT_TYPE_INVALID', 'error', node, path, { element, expected: EXPECT_STRINGS });
    return [];
  }

  private awsPrincipal({ node, path, value }: Item): boolean {
    const v = value;
    if (v === '*') return true;
    if (isPolicyPlaceholder(v)) {
      this.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
      if (/\s/.test(v.trim()) && v.startsWith('arn:')) this.add('ARN_HAS_SPACE', 'error', node, path, { value: shorten(v) });
      return false;
    }
    if (v.trim().startsWith('arn:')) {
      this.arn(node, path, v, 'principal');
      return false;
    }
    if (/[*?]/.test(v)) {
      this.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(v) });
      return false;
    }
    const trimmed = v.trim();
    if (/^\d+$/.test(trimmed) || /^[\d\s-]+$/.test(trimmed)) {
      this.accountId(node, path, trimmed);
      return false;
    }
    if (isUniqueId(trimmed)) {
      // A deleted role or user: AWS itself rewrites the principal to its unique ID and accepts the policy. The
      // statement is dead (it matches nobody), which is worth a look but does not make AWS refuse the policy.
      this.add('PRINCIPAL_UNIQUE_ID', 'warning', node, path, { value: trimmed });
      return false;
    }
    this.add('PRINCIPAL_INVALID', 'error', node, path, { value: shorten(v) });
    return false;
  }

  private servicePrincipal({ node, path, value }: Item): void {
    if (value === '*') return;
    if (isPolicyPlaceholder(value)) {
      this.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(value) });
      return;
    }
    if (!/^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/.test(value)) {
      this.add('SERVICE_PRINCIPAL_INVALID', 'error', node, path, { value: shorten(value) });
    }
  }

  /** A bare account ID (principal or condition value). */
  private accountId(node: Node, path: JsonPath, raw: string): void {
    const s = raw.trim();
    if (!/^\d{12}$/.test(s)) {
      const digits = s.replace(/\D/g, '').length;
      this.add('ACCOUNT_ID_INVALID', 'error', node, path, { value: shorten(s, 40), digits });
      return;
    }
    this.exampleAccount(node, path, s);
  }

  private exampleAccount(node: Node, path: JsonPath, account: string): void {
    if (!EXAMPLE_ACCOUNT_IDS.includes(account)) return;
    // The user's own account can be one of the documentation's IDs only by mistake or in a lab: say so, never refuse.
    if (this.knownAccounts.has(account)) this.add('EXAMPLE_ACCOUNT_ID_IS_YOURS', 'warning', node, path, { value: account });
    else this.add('EXAMPLE_ACCOUNT_ID', 'error', node, path, { value: account });
  }

  /**
   * An ARN in a principal, a resource or a condition value. `expected` is the service a resource ARN should belong
   * to. Reports at most one problem of form, then the role-specific ones.
   */
  private arn(node: Node, path: JsonPath, raw: string, role: 'principal' | 'resource' | 'condition', expected?: string): void {
    // Policy variables (${aws:PrincipalAccount}) stand for any value outside principals.
    let v = role === 'principal' ? raw : raw.replace(POLICY_VARIABLE_RE, '*');
    if (/\s/.test(v)) {
      this.add('ARN_HAS_SPACE', 'error', node, path, { value: shorten(raw) });
      v = v.replace(/\s+/g, '');
    }
    const { arn, problem } = parseArn(v);
    if (problem === 'extra-colon') {
      this.add('ARN_EXTRA_COLON', 'error', node, path, { value: shorten(raw) });
      return;
    }
    if (!arn || problem === 'not-arn') {
      this.add('ARN_MALFORMED', 'error', node, path, { value: shorten(raw) });
      return;
    }
    if (problem === 'unknown-partition') {
      this.add('ARN_PARTITION_UNKNOWN', 'error', node, path, { value: shorten(raw), partition: shorten(arn.partition, 30) });
      return;
    }
    if (problem === 'bad-account') {
      if (role === 'principal' && /[*?]/.test(arn.account)) {
        this.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(raw) });
      } else if (!(role !== 'principal' && /[*?]/.test(arn.account))) {
        const digits = arn.account.replace(/\D/g, '').length;
        this.add('ACCOUNT_ID_INVALID', 'error', node, path, { value: shorten(arn.account, 40), digits });
      }
      return;
    }
    if (role === 'principal') {
      if (arn.service !== 'iam' && arn.service !== 'sts') {
        this.add('PRINCIPAL_ARN_SERVICE_INVALID', 'error', node, path, { value: shorten(raw), service: shorten(arn.service, 30) });
        return;
      }
      if (/[*?]/.test(v)) {
        this.add('PRINCIPAL_PARTIAL_WILDCARD', 'error', node, path, { value: shorten(raw) });
        return;
      }
      const resourceOk =
        arn.service === 'iam'
          ? /^(root|user\/.+|role\/.+|federated-user\/.+)$/.test(arn.resource)
          : /^(assumed-role\/[^/]+\/.+|federated-user\/.+)$/.test(arn.resource);
      if (arn.region !== '' || !/^\d{12}$/.test(arn.account) || !resourceOk) {
        this.add('PRINCIPAL_ARN_INVALID', 'error', node, path, { value: shorten(raw) });
        return;
      }
    } else if (expected && arn.service !== expected && arn.service !== '*') {
      this.add('RESOURCE_SERVICE_MISMATCH', 'warning', node, path, { value: shorten(raw), expected });
    }
    if (/^\d{12}$/.test(arn.account)) this.exampleAccount(node, path, arn.account);
  }

  private narrowed(condition: Node | undefined): boolean {
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

  // Action and Resource -------------------------------------------------------------------------------------------

  private actions(node: Node, path: JsonPath, els: Map<string, Prop>): void {
    const action = els.get('Action');
    const notAction = els.get('NotAction');
    if (!action && !notAction) {
      this.add('ACTION_MISSING', 'error', node, path);
      return;
    }
    if (action && notAction) this.add('ACTION_AND_NOT_ACTION', 'error', notAction.value ?? notAction.keyNode, [...path, notAction.key]);
    const expected = this.kind === 'key' ? 'kms' : this.kind === 'vault' ? 'backup' : undefined;
    for (const p of [action, notAction]) {
      if (!p?.value) continue;
      for (const item of this.strings(p.value, [...path, p.key], p === action ? 'Action' : 'NotAction')) {
        const a = item.value;
        if (a !== '*' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(a)) {
          this.add('ACTION_INVALID', 'error', item.node, item.path, { action: shorten(a, 60) });
          continue;
        }
        if (this.kind === 'vault' && p === action && a.includes('*')) {
          this.add('VAULT_ACTION_WILDCARD', 'error', item.node, item.path, { action: a });
          continue;
        }
        const service = a.split(':')[0]?.toLowerCase();
        if (expected && a !== '*' && service !== expected) {
          this.add('ACTION_WRONG_SERVICE', 'warning', item.node, item.path, { action: a, expected });
          continue;
        }
        // An action its service does not have (kms:ListGrant for kms:ListGrants): AWS accepts the policy, and the
        // statement grants or denies nothing for it. Said with the nearest real name when there is one.
        if (a !== '*' && isKnownAction(a) === false) {
          const [prefix = '', name = ''] = a.split(':');
          const suggestion = a.includes('*') || a.includes('?') ? undefined : closest(name, knownActions(prefix) ?? []);
          if (suggestion) this.add('ACTION_UNKNOWN', 'warning', item.node, item.path, { action: a, suggestion: `${prefix}:${suggestion}` });
          else this.add('ACTION_UNKNOWN_NO_SUGGESTION', 'warning', item.node, item.path, { action: shorten(a, 60) });
        }
      }
    }
  }

  private resources(node: Node, path: JsonPath, els: Map<string, Prop>): void {
    const resource = els.get('Resource');
    const notResource = els.get('NotResource');
    if (!resource && !notResource) {
      this.add('RESOURCE_MISSING', 'warning', node, path);
      return;
    }
    if (resource && notResource) {
      this.add('RESOURCE_AND_NOT_RESOURCE', 'error', notResource.value ?? notResource.keyNode, [...path, notResource.key]);
    }
    const expected = this.kind === 'key' ? 'kms' : this.kind === 'vault' ? 'backup' : undefined;
    for (const p of [resource, notResource]) {
      if (!p?.value) continue;
      for (const item of this.strings(p.value, [...path, p.key], p === resource ? 'Resource' : 'NotResource')) {
        const r = item.value;
        if (r === '*') continue;
        if (isPolicyPlaceholder(r)) {
          this.add('PLACEHOLDER_LEFT', 'error', item.node, item.path, { value: shorten(r) });
          if (/\s/.test(r.trim()) && r.startsWith('arn:')) this.add('ARN_HAS_SPACE', 'error', item.node, item.path, { value: shorten(r) });
        } else if (r.trim().startsWith('arn:')) this.arn(item.node, item.path, r, 'resource', expected);
        else this.add('RESOURCE_INVALID', 'error', item.node, item.path, { value: shorten(r) });
      }
    }
  }

  // Condition -----------------------------------------------------------------------------------------------------

  private condition(node: Node, path: JsonPath): void {
    if (node.type !== 'object') {
      this.add('ELEMENT_TYPE_INVALID', 'error', node, path, { element: 'Condition', expected: EXPECT_OBJECT });
      return;
    }
    const seen = new Set<string>();
    for (const op of props(node)) {
      if (!op.value) continue;
      const opPath = [...path, op.key];
      const at = op.value;
      if (seen.has(op.key)) this.add('DUPLICATE_KEY', 'error', at, opPath, { key: op.key });
      seen.add(op.key);
      const base = this.operator(op, at, opPath);
      if (op.value.type !== 'object') {
        this.add('CONDITION_BLOCK_INVALID', 'error', op.value, opPath, { operator: shorten(op.key, 60) });
        continue;
      }
      const seenKeys = new Set<string>();
      for (const k of props(op.value)) {
        if (!k.value) continue;
        const keyPath = [...opPath, k.key];
        const kat = k.value;
        if (seenKeys.has(k.key)) this.add('DUPLICATE_KEY', 'error', kat, keyPath, { key: k.key });
        seenKeys.add(k.key);
        if (!/^[A-Za-z0-9-]+:[^\s]+$/.test(k.key)) {
          this.add('CONDITION_KEY_INVALID', 'error', kat, keyPath, { key: shorten(k.key, 60) });
        }
        this.conditionValues(k.value, keyPath, base, op.key, k.key);
      }
    }
  }

  /** The operator without ForAnyValue:/ForAllValues: and IfExists, or undefined when unknown (reported). */
  private operator(op: Prop, at: Node, path: JsonPath): string | undefined {
    const m = /^(ForAnyValue:|ForAllValues:)?(.*?)(IfExists)?$/.exec(op.key);
    const prefix = m?.[1] ?? '';
    const base = m?.[2] ?? op.key;
    const suffix = m?.[3] ?? '';
    if ((CONDITION_OPERATORS as readonly string[]).includes(base) && !(base === 'Null' && suffix)) return base;
    const guess = closest(base, CONDITION_OPERATORS) ?? closest(op.key.replace(/^for\w+:/i, ''), CONDITION_OPERATORS);
    if (guess) {
      const fixedPrefix = /^foranyvalue:/i.test(op.key) ? 'ForAnyValue:' : /^forallvalues:/i.test(op.key) ? 'ForAllValues:' : prefix;
      const fixedSuffix = guess === 'Null' ? '' : suffix || (/ifexists$/i.test(op.key) ? 'IfExists' : '');
      this.add('CONDITION_OPERATOR_MISSPELLED', 'error', at, path, {
        operator: shorten(op.key, 60),
        suggestion: `${fixedPrefix}${guess}${fixedSuffix}`,
      });
      return guess;
    }
    this.add('CONDITION_OPERATOR_UNKNOWN', 'error', at, path, { operator: shorten(op.key, 60) });
    return undefined;
  }

  private conditionValues(node: Node, path: JsonPath, base: string | undefined, operator: string, key: string): void {
    const items: { node: Node; path: JsonPath }[] = [];
    if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => {
        if (child.type === 'string' || child.type === 'number' || child.type === 'boolean') items.push({ node: child, path: [...path, i] });
        else this.add('CONDITION_VALUE_TYPE_INVALID', 'error', child, [...path, i], { key: shorten(key, 60), found: shape(child) });
      });
    } else if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') {
      items.push({ node, path });
    } else {
      this.add('CONDITION_VALUE_TYPE_INVALID', 'error', node, path, { key: shorten(key, 60), found: shape(node) });
      return;
    }
    const lowerKey = key.toLowerCase();
    for (const item of items) {
      const v = item.node.value as string | number | boolean;
      const text = String(v);
      const params = { key: shorten(key, 60), value: shorten(text), operator: shorten(operator, 60) };
      if (base === 'Bool' || base === 'Null') {
        if (!(typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v)))) {
          this.add('CONDITION_BOOL_VALUE_INVALID', 'error', item.node, item.path, params);
        }
        continue;
      }
      if (base?.startsWith('Numeric')) {
        if (!(typeof v === 'number' || /^-?\d+(\.\d+)?$/.test(text))) this.add('CONDITION_VALUE_NOT_NUMBER', 'error', item.node, item.path, params);
        continue;
      }
      if (base?.startsWith('Date')) {
        const ok =
          typeof v === 'number' ||
          /^\d+$/.test(text) ||
          /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ||
          text.includes('${');
        if (!ok) this.add('CONDITION_VALUE_NOT_DATE', 'error', item.node, item.path, params);
        continue;
      }
      if (base === 'IpAddress' || base === 'NotIpAddress') {
        const ok = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(text) || /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*(\/\d{1,3})?$/.test(text) || text.includes('${');
        if (!ok) this.add('CONDITION_VALUE_NOT_IP', 'error', item.node, item.path, params);
        continue;
      }
      if (typeof v !== 'string') continue;
      this.conditionString(item.node, item.path, v, base, params, lowerKey);
    }
  }

  private conditionString(
    node: Node,
    path: JsonPath,
    v: string,
    base: string | undefined,
    params: Params,
    lowerKey: string,
  ): void {
    const hasWildcard = /[*?]/.test(v.replace(POLICY_VARIABLE_RE, ''));
    if ((base === 'StringEquals' || base === 'StringNotEquals' || base === 'StringEqualsIgnoreCase' || base === 'StringNotEqualsIgnoreCase') && hasWildcard) {
      this.add('CONDITION_WILDCARD_NEEDS_LIKE', 'warning', node, path, params);
    }
    if (ACCOUNT_KEYS.has(lowerKey)) {
      if (v.startsWith('arn:')) {
        this.add('CONDITION_ACCOUNT_IS_ARN', 'error', node, path, {
          ...params,
          account: /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(v.replace(/\s+/g, ''))?.[1] ?? '',
        });
        return;
      }
      if (isPolicyPlaceholder(v)) {
        this.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
        return;
      }
      if (!hasWildcard) this.accountId(node, path, v);
      return;
    }
    if (isPolicyPlaceholder(v)) {
      this.add('PLACEHOLDER_LEFT', 'error', node, path, { value: shorten(v) });
      return;
    }
    if (ORG_ID_KEYS.has(lowerKey)) {
      if (!hasWildcard && !ORG_ID_RE.test(v.trim())) this.add('ORG_ID_INVALID', 'error', node, path, params);
      else if (EXAMPLE_ORG_IDS.includes(v.trim())) {
        // AWS accepts the text; the statement just never matches the user's organization.
        if (v.trim() === this.opts.organizationId?.trim()) this.add('EXAMPLE_ORG_ID_IS_YOURS', 'warning', node, path, { value: v.trim() });
        else this.add('EXAMPLE_ORG_ID', 'warning', node, path, { value: v.trim() });
      }
      return;
    }
    if (ORG_PATH_KEYS.has(lowerKey)) {
      if (!/^o-[a-z0-9*?]+\/(\*|r-[0-9a-z*?]+(\/.*)?)$/.test(v.trim())) this.add('ORG_PATH_INVALID', 'warning', node, path, params);
      return;
    }
    if (lowerKey === 'kms:viaservice') {
      if (!/^[a-z0-9*?-]+\.[a-z0-9*?-]+\.amazonaws\.com(\.cn)?$/.test(v)) this.add('KMS_VIA_SERVICE_INVALID', 'warning', node, path, params);
      return;
    }
    if (v.startsWith('arn:')) this.arn(node, path, v, 'condition');
  }
}

/**
 * Grammar findings for a pasted policy (`kind` says which input it is). Never throws: an unexpected failure inside
 * becomes one `GRAMMAR_INTERNAL_ERROR` finding after whatever was found before it.
 */
export function grammarFindings(pt: PolicyText, kind: PolicyKind, opts: GrammarOptions = {}): Finding[] {
  const g = new Grammar(pt, kind, opts ?? {});
  try {
    return g.run();
  } catch {
    return [
      ...g.findings,
      { code: 'GRAMMAR_INTERNAL_ERROR', severity: 'warning', message: '', location: { input: INPUT[kind] ?? 'sourceKeyPolicy', path: [] } },
    ];
  }
}
