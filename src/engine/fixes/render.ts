// One corrected document, in the formats people deploy with: the JSON itself, the AWS CLI commands that apply it,
// and for the source key policy and the destination vault policy also Terraform and CloudFormation. Every rendering
// is generated from the same corrected document (`FixDocument.text`), never edited by hand.
import type { CheckResult, FactKey, FactValue, Fix, FixDocument, FixPlace, Params, PasteKey } from '../types';
import { CONTROL_CHARACTERS, validValue } from '../core/formats';
import { isSafeFileName } from '../core/shell';

export type RenderingFormat = 'json' | 'aws-cli' | 'terraform' | 'cloudformation';

export interface Rendering {
  format: RenderingFormat;
  /** The name to download it under. */
  fileName: string;
  text: string;
  language: 'json' | 'shell' | 'hcl' | 'yaml';
  /** The corrected input this rendering deploys (absent for the commands, which may apply several documents). */
  input?: PasteKey;
}

/** Facts as a session gives them (plain strings) or as a diagnosis resolved them (value and origin). */
export type RenderFacts = Partial<Record<FactKey, string | FactValue>>;

export type Translate = (key: string, params?: Params) => string;

/** The English words of the renderings' comments; the catalogs (src/i18n/en/report.ts) hold these keys too. */
export const RENDER_MESSAGES = {
  'render.account.source': 'source account',
  'render.account.destination': 'destination account',
  'render.account.management': 'management account',
  'render.where.account': 'account {accountId}',
  'render.where.region': 'Region {region}',
  'render.where': ' ({parts})',
  'render.where.separator': ', ',
  'render.runIn': 'Run in the {account}{where}.',
  'render.runInPlain': 'Run in the {account}.',
  'render.cli.files': 'Save {files} (the corrected JSON) in the folder you run these commands from.',
  'render.review': 'Review this change before applying it: it narrows a Deny statement.',
  'render.provider': 'Apply with an AWS provider for the {account}{where}.',
  'render.cfn.stackIn': 'Deploy the stack in the {account}{where}.',
  'render.tf.keyPolicy': 'The corrected policy of the source KMS key. aws_kms_key_policy replaces the key’s whole policy with this one.',
  'render.tf.keyResource': 'If an aws_kms_key resource already manages this key, set its policy argument to the same jsonencode(...) instead.',
  'render.tf.keyUnknown': 'The key’s ARN is not known here: pass it in the variable source_key_id when you apply.',
  'render.tf.keyVariable': 'ARN or ID of the source KMS key whose policy is replaced',
  'render.tf.vaultPolicy':
    'The corrected access policy of the destination vault. aws_backup_vault_policy replaces the vault’s whole access policy with this one.',
  'render.tf.vaultUnknown': 'The vault’s name is not known here: pass it in the variable destination_vault_name when you apply.',
  'render.tf.vaultVariable': 'Name of the destination backup vault whose access policy is replaced',
  'render.cfn.keyPolicy': 'The corrected policy of the source KMS key{key}, as the KeyPolicy of the AWS::KMS::Key resource that manages it.',
  'render.cfn.keyReplaces': 'On a stack update KeyPolicy replaces the key’s existing policy: this is the whole policy, not only the change.',
  'render.cfn.vaultPolicy':
    'The corrected access policy of the destination vault, as the AccessPolicy of its AWS::Backup::BackupVault resource. On a stack update it replaces the vault’s existing access policy.',
  'render.cfn.vaultUnknown': 'The vault’s name is not known here: the template takes it as the parameter DestinationVaultName.',
  'render.cfn.vaultParameter': 'Name of the destination backup vault',
  'render.cfn.keepOthers': 'Keep the resource’s other properties as they are in your template.',
} as const;
export type RenderMessageKey = keyof typeof RENDER_MESSAGES;

function fill(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}

function sayer(t: Translate | undefined) {
  return (key: RenderMessageKey, params?: Params): string => {
    const out = t?.(key, params);
    return out !== undefined && out !== key ? out : fill(RENDER_MESSAGES[key], params);
  };
}

function factValue(facts: RenderFacts | undefined, key: FactKey): string | undefined {
  const v = facts?.[key];
  const s = typeof v === 'string' ? v : v?.value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

const CONTROLS = new RegExp(CONTROL_CHARACTERS.source, 'g');

/** One line of a comment: no line break or other control character can sneak in from a translated text or a parameter. */
function comment(text: string): string {
  return `# ${text.replace(CONTROLS, ' ')}`;
}

// ---------------------------------------------------------------------------------------------------- where to run

/**
 * Where a fix runs, resolved once: the account's role, and the account ID and Region the fix names, else the ones the
 * facts give for that account. Only an account ID and a Region with their formats are named (they go into comments
 * of scripts and snippets).
 */
export function fixPlace(fix: Fix, facts: RenderFacts | undefined): FixPlace {
  const role = fix.runInAccount;
  const accountId = validValue('accountId', fix.accountId ?? (role === 'source' ? factValue(facts, 'sourceAccountId') : role === 'destination' ? factValue(facts, 'destinationAccountId') : undefined));
  const region = validValue('region', fix.region ?? (role === 'source' ? factValue(facts, 'sourceRegion') : role === 'destination' ? factValue(facts, 'destinationRegion') : undefined));
  return { ...(role ? { account: role } : {}), ...(accountId ? { accountId } : {}), ...(region ? { region } : {}) };
}

function runInParts(fix: Fix, facts: RenderFacts | undefined, say: ReturnType<typeof sayer>) {
  // The place the diagnosis resolved, when the fix comes from one; else resolved here from the facts given.
  const { account: role, accountId, region } = fix.runInPlace ?? fixPlace(fix, facts);
  const account = role ? say(`render.account.${role}`) : fix.runIn;
  const parts = [accountId ? say('render.where.account', { accountId }) : undefined, region ? say('render.where.region', { region }) : undefined].filter(
    (p): p is string => p !== undefined,
  );
  return { account, accountId, region, where: parts.length ? say('render.where', { parts: parts.join(say('render.where.separator')) }) : '' };
}

/** Where a fix runs: the account's role in words, its ID and Region when known, and " (account …, Region …)". */
export function runInPlace(fix: Fix, facts?: RenderFacts, t?: Translate): { account: string; accountId?: string; region?: string; where: string } {
  const p = runInParts(fix, facts, sayer(t));
  return { account: p.account, where: p.where, ...(p.accountId ? { accountId: p.accountId } : {}), ...(p.region ? { region: p.region } : {}) };
}

/** "Run in the source account (account 210987654321, Region eu-west-1)." */
export function runInLine(fix: Fix, facts?: RenderFacts, t?: Translate): string {
  const say = sayer(t);
  const { account, where } = runInParts(fix, facts, say);
  return where ? say('render.runIn', { account, where }) : say('render.runInPlain', { account });
}

// ---------------------------------------------------------------------------------------------------- HCL

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const hex4 = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** A quoted HCL string whose value is exactly `s`: HCL escapes, and template sequences escaped as $${ and %%{. */
export function hclString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) out += hex4(code);
    else out += ch;
  }
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`;
}

function hclNumber(n: number): string {
  return Number.isFinite(n) ? JSON.stringify(n) : 'null';
}

/** A JSON value as an HCL expression (terraform fmt style: `=` keys aligned, tuples one element a line). */
export function hclValue(v: Json, indent = ''): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return hclNumber(v);
  if (typeof v === 'string') return hclString(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${inner}${hclValue(x, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(v).map(([k, x]) => ({ key: hclString(k), value: hclValue(x, inner) }));
  if (entries.length === 0) return '{}';
  // Align `=` within runs of single-line values; a multi-line value closes its run.
  const lines: string[] = [];
  let run: typeof entries = [];
  const flush = () => {
    const width = Math.max(...run.map((e) => [...e.key].length));
    for (const e of run) lines.push(`${inner}${e.key}${' '.repeat(width - [...e.key].length)} = ${e.value}`);
    run = [];
  };
  for (const e of entries) {
    run.push(e);
    if (e.value.includes('\n')) flush();
  }
  if (run.length) flush();
  return `{\n${lines.join('\n')}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------------- YAML

const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A double-quoted YAML scalar: JSON's escapes are YAML's too; characters YAML does not print are escaped. */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(YAML_UNSAFE, (c) => hex4(c.charCodeAt(0)));
}

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
const YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;

function yamlKey(k: string): string {
  return PLAIN_KEY.test(k) && !YAML_WORDS.test(k) ? k : yamlString(k);
}

function yamlScalar(v: Json): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return hclNumber(v);
  if (typeof v === 'string') return yamlString(v);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
  return Object.keys(v).length === 0 ? '{}' : undefined;
}

/** A JSON value as block-style YAML lines at `indent` (a mapping or a sequence; scalars go on the parent's line). */
export function yamlLines(v: Json, indent = ''): string[] {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const item of v) {
      const scalar = yamlScalar(item);
      if (scalar !== undefined) out.push(`${indent}- ${scalar}`);
      else if (Array.isArray(item)) out.push(`${indent}-`, ...yamlLines(item, inner));
      else {
        const lines = yamlLines(item, inner);
        out.push(`${indent}- ${lines[0]!.slice(inner.length)}`, ...lines.slice(1));
      }
    }
    return out;
  }
  if (!isObject(v)) return [`${indent}${yamlScalar(v)}`];
  const out: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    const scalar = yamlScalar(x);
    if (scalar !== undefined) out.push(`${indent}${yamlKey(k)}: ${scalar}`);
    else out.push(`${indent}${yamlKey(k)}:`, ...yamlLines(x, inner));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------- renderings

/** The file name a rendering is saved under: the document's own when it is a plain name, else the check's. */
function baseName(fileName: string, fallback: string): string {
  return isSafeFileName(fileName) ? fileName.replace(/\.json$/i, '') : fallback;
}

/**
 * The source key's ARN (or ID) when the facts or the fix's own command name it. Only a valid key ARN or key ID: the
 * value goes into HCL and YAML (escaped there too) and into comments.
 */
function sourceKeyId(fix: Fix, facts: RenderFacts | undefined): string | undefined {
  const fromFacts = validValue('kmsKey', factValue(facts, 'sourceKeyArn'));
  if (fromFacts) return fromFacts;
  for (const c of fix.commands) {
    const m = validValue('kmsKey', /^aws kms put-key-policy\b.*?--key-id (\S+)/.exec(c)?.[1]);
    if (m) return m;
  }
  return undefined;
}

/** The destination vault's name when the facts or the fix's own command name it (only a valid vault name). */
function vaultName(fix: Fix, facts: RenderFacts | undefined): string | undefined {
  const fromFacts = validValue('vaultName', factValue(facts, 'destinationVaultName'));
  if (fromFacts) return fromFacts;
  for (const c of fix.commands) {
    const m = validValue('vaultName', /^aws backup put-backup-vault-access-policy\b.*?--backup-vault-name (\S+)/.exec(c)?.[1]);
    if (m) return m;
  }
  return undefined;
}

interface Context {
  /** The check's id, for file names. */
  id: string;
  fix: Fix;
  facts: RenderFacts | undefined;
  say: ReturnType<typeof sayer>;
}

function providerLine(ctx: Context, key: 'render.provider' | 'render.cfn.stackIn' = 'render.provider'): string {
  const { account, where } = runInParts(ctx.fix, ctx.facts, ctx.say);
  return comment(ctx.say(key, { account, where }));
}

function terraformKey(doc: FixDocument, policy: Json, ctx: Context): Rendering {
  const keyId = sourceKeyId(ctx.fix, ctx.facts);
  const lines = [comment(ctx.say('render.tf.keyPolicy')), comment(ctx.say('render.tf.keyResource')), providerLine(ctx)];
  if (ctx.fix.needsReview) lines.push(comment(ctx.say('render.review')));
  if (!keyId) {
    lines.push(
      comment(ctx.say('render.tf.keyUnknown')),
      '',
      'variable "source_key_id" {',
      `  description = ${hclString(ctx.say('render.tf.keyVariable'))}`,
      '  type        = string',
      '}',
    );
  }
  lines.push(
    '',
    'resource "aws_kms_key_policy" "copy_doctor" {',
    `  key_id = ${keyId ? hclString(keyId) : 'var.source_key_id'}`,
    `  policy = jsonencode(${hclValue(policy, '  ')})`,
    '}',
  );
  return { format: 'terraform', fileName: `${baseName(doc.fileName, ctx.id)}.tf`, text: `${lines.join('\n')}\n`, language: 'hcl', input: doc.input };
}

function terraformVault(doc: FixDocument, policy: Json, ctx: Context): Rendering {
  const name = vaultName(ctx.fix, ctx.facts);
  const lines = [comment(ctx.say('render.tf.vaultPolicy')), providerLine(ctx)];
  if (ctx.fix.needsReview) lines.push(comment(ctx.say('render.review')));
  if (!name) {
    lines.push(
      comment(ctx.say('render.tf.vaultUnknown')),
      '',
      'variable "destination_vault_name" {',
      `  description = ${hclString(ctx.say('render.tf.vaultVariable'))}`,
      '  type        = string',
      '}',
    );
  }
  lines.push(
    '',
    'resource "aws_backup_vault_policy" "copy_doctor" {',
    `  backup_vault_name = ${name ? hclString(name) : 'var.destination_vault_name'}`,
    `  policy            = jsonencode(${hclValue(policy, '  ')})`,
    '}',
  );
  return { format: 'terraform', fileName: `${baseName(doc.fileName, ctx.id)}.tf`, text: `${lines.join('\n')}\n`, language: 'hcl', input: doc.input };
}

function cloudFormationKey(doc: FixDocument, policy: Json, ctx: Context): Rendering {
  const keyId = sourceKeyId(ctx.fix, ctx.facts);
  const lines = [
    comment(ctx.say('render.cfn.keyPolicy', { key: keyId ? ` ${keyId}` : '' })),
    comment(ctx.say('render.cfn.keyReplaces')),
    comment(ctx.say('render.cfn.keepOthers')),
    providerLine(ctx, 'render.cfn.stackIn'),
  ];
  if (ctx.fix.needsReview) lines.push(comment(ctx.say('render.review')));
  lines.push('Resources:', '  SourceKey:', '    Type: "AWS::KMS::Key"', '    Properties:');
  const scalar = yamlScalar(policy);
  if (scalar !== undefined) lines.push(`      KeyPolicy: ${scalar}`);
  else lines.push('      KeyPolicy:', ...yamlLines(policy, '        '));
  return { format: 'cloudformation', fileName: `${baseName(doc.fileName, ctx.id)}.cloudformation.yaml`, text: `${lines.join('\n')}\n`, language: 'yaml', input: doc.input };
}

function cloudFormationVault(doc: FixDocument, policy: Json, ctx: Context): Rendering {
  const name = vaultName(ctx.fix, ctx.facts);
  const lines = [comment(ctx.say('render.cfn.vaultPolicy')), comment(ctx.say('render.cfn.keepOthers')), providerLine(ctx, 'render.cfn.stackIn')];
  if (ctx.fix.needsReview) lines.push(comment(ctx.say('render.review')));
  if (!name) {
    lines.push(
      comment(ctx.say('render.cfn.vaultUnknown')),
      'Parameters:',
      '  DestinationVaultName:',
      '    Type: String',
      `    Description: ${yamlString(ctx.say('render.cfn.vaultParameter'))}`,
    );
  }
  lines.push('Resources:', '  DestinationBackupVault:', '    Type: "AWS::Backup::BackupVault"', '    Properties:');
  if (name) lines.push(`      BackupVaultName: ${yamlString(name)}`);
  else lines.push('      BackupVaultName:', '        Ref: DestinationVaultName');
  const scalar = yamlScalar(policy);
  if (scalar !== undefined) lines.push(`      AccessPolicy: ${scalar}`);
  else lines.push('      AccessPolicy:', ...yamlLines(policy, '        '));
  return { format: 'cloudformation', fileName: `${baseName(doc.fileName, ctx.id)}.cloudformation.yaml`, text: `${lines.join('\n')}\n`, language: 'yaml', input: doc.input };
}

function parsePolicy(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The AWS CLI rendering alone: the fix's commands under a comment naming the account and Region to run them in. */
export function cliRendering(check: Pick<CheckResult, 'id' | 'fix'>, facts?: RenderFacts, t?: Translate): Rendering | undefined {
  const fix = check.fix;
  if (!fix || fix.commands.length === 0) return undefined;
  const say = sayer(t);
  const lines = [comment(runInLine(fix, facts, t))];
  const files = fix.documents.map((d) => d.fileName).filter((f) => fix.commands.some((c) => c.includes(`file://${f}`)));
  if (files.length) lines.push(comment(say('render.cli.files', { files: files.join(', ') })));
  if (fix.needsReview) lines.push(comment(say('render.review')));
  lines.push(...fix.commands);
  return { format: 'aws-cli', fileName: `${check.id}.sh`, text: `${lines.join('\n')}\n`, language: 'shell' };
}

/**
 * Every rendering of a check's fix: each corrected document as JSON, the AWS CLI commands, and for the source key
 * policy and the destination vault policy also Terraform and CloudFormation. Empty when the check has no fix.
 */
export function renderings(check: Pick<CheckResult, 'id' | 'fix'>, facts?: RenderFacts, t?: Translate): Rendering[] {
  const fix = check.fix;
  if (!fix) return [];
  const ctx: Context = { id: check.id, fix, facts, say: sayer(t) };
  const out: Rendering[] = fix.documents.map((doc) => ({
    format: 'json',
    fileName: isSafeFileName(doc.fileName) ? doc.fileName : `${check.id}.json`,
    text: doc.text,
    language: 'json',
    input: doc.input,
  }));
  const cli = cliRendering(check, facts, t);
  if (cli) out.push(cli);
  for (const doc of fix.documents) {
    if (doc.input !== 'sourceKeyPolicy' && doc.input !== 'destinationVaultPolicy') continue;
    const policy = parsePolicy(doc.text);
    if (policy === undefined) continue;
    if (doc.input === 'sourceKeyPolicy') out.push(terraformKey(doc, policy, ctx), cloudFormationKey(doc, policy, ctx));
    else out.push(terraformVault(doc, policy, ctx), cloudFormationVault(doc, policy, ctx));
  }
  return out;
}
