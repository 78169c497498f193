// Every rendering of a corrected document parses back to that document: the JSON as is, the CloudFormation YAML
// through the yaml package, the Terraform through a small reader of the HCL subset the renderer writes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { diagnose } from '../diagnose';
import { validateKnowledge } from '../knowledge/schema';
import { readSession } from '../session';
import type { CheckResult, Diagnosis, Fix } from '../types';
import { hclString, renderings, runInLine, type Rendering } from './render';

const root = new URL('../../../public/', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));
const knowledge = validateKnowledge({ errors: readJson('knowledge/errors.json'), regions: readJson('knowledge/regions.json'), resources: readJson('knowledge/resources.json') });
if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
const examples = (readJson('examples/index.json') as { examples: { id: string; file: string }[] }).examples.map((e) => {
  const s = readSession(readJson(`examples/${e.file}`));
  if (!s.ok) throw new Error(`${e.file}: ${s.error}`);
  return { id: e.id, diagnosis: diagnose(s.session, knowledge.pack) };
});

// ---- a reader for the HCL the renderer writes: resource blocks, and jsonencode's argument back to JSON

/** Everything between `jsonencode(` and its matching `)`, skipping strings. */
function jsonencodeArgument(text: string): string {
  // The resource's argument, not a mention in a comment.
  const start = text.search(/= jsonencode\(/) + 2;
  expect(start).toBeGreaterThan(1);
  let depth = 0;
  let inString = false;
  for (let i = start + 'jsonencode'.length; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(start + 'jsonencode('.length, i);
  }
  throw new Error('unbalanced jsonencode(');
}

/** An HCL expression made of object and tuple constructors and literals, as a JS value. Throws on anything else. */
function readHcl(src: string): unknown {
  let i = 0;
  const ws = () => {
    while (i < src.length && /[ \t\r\n]/.test(src[i]!)) i++;
  };
  const str = (): string => {
    if (src[i] !== '"') throw new Error(`expected a string at ${i}: ${src.slice(i, i + 20)}`);
    i++;
    let out = '';
    while (i < src.length && src[i] !== '"') {
      const c = src[i]!;
      if (c === '\n') throw new Error('newline in a quoted string');
      if (c === '\\') {
        const e = src[i + 1]!;
        if (e === 'u' || e === 'U') {
          const n = e === 'u' ? 4 : 8;
          const code = parseInt(src.slice(i + 2, i + 2 + n), 16);
          if (!/^[0-9A-Fa-f]+$/.test(src.slice(i + 2, i + 2 + n))) throw new Error('bad \\u escape');
          out += String.fromCharCode(code);
          i += 2 + n;
          continue;
        }
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (!(e in simple)) throw new Error(`escape \\${e} is not HCL`);
        out += simple[e];
        i += 2;
        continue;
      }
      // Template sequences: $${ and %%{ are the escapes; a bare ${ or %{ would be an interpolation.
      if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
        out += `${c}{`;
        i += 3;
        continue;
      }
      if ((c === '$' || c === '%') && src[i + 1] === '{') throw new Error(`unescaped template sequence ${c}{ at ${i}`);
      out += c;
      i++;
    }
    if (src[i] !== '"') throw new Error('unterminated string');
    i++;
    return out;
  };
  const value = (): unknown => {
    ws();
    const c = src[i];
    if (c === '"') return str();
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      for (;;) {
        ws();
        if (src[i] === '}') {
          i++;
          return o;
        }
        const k = str();
        ws();
        if (src[i] !== '=') throw new Error(`expected = at ${i}`);
        i++;
        Object.defineProperty(o, k, { value: value(), enumerable: true, writable: true, configurable: true });
        // Elements end at a newline (or a comma).
        while (src[i] === ' ') i++;
        if (src[i] === ',') i++;
        else if (src[i] !== '\n' && src[i] !== '}') throw new Error(`expected a newline after an element at ${i}`);
      }
    }
    if (c === '[') {
      i++;
      const a: unknown[] = [];
      for (;;) {
        ws();
        if (src[i] === ']') {
          i++;
          return a;
        }
        a.push(value());
        ws();
        if (src[i] === ',') i++;
        else if (src[i] !== ']') throw new Error(`expected , or ] at ${i}`);
      }
    }
    const m = /^(true|false|null|-?\d+(\.\d+)?([eE][-+]?\d+)?)/.exec(src.slice(i));
    if (!m) throw new Error(`unexpected ${src.slice(i, i + 20)}`);
    i += m[0].length;
    return JSON.parse(m[0]);
  };
  const v = value();
  ws();
  if (i !== src.length) throw new Error(`trailing text at ${i}`);
  return v;
}

/** Braces, brackets and parentheses balance outside strings and comments. */
function balanced(text: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === '\n')) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"') inString = true;
    else if ('([{'.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0 && !inString;
}

function terraformPolicy(r: Rendering): unknown {
  expect(balanced(r.text)).toBe(true);
  return readHcl(jsonencodeArgument(r.text));
}

function cloudFormationPolicy(r: Rendering): { policy: unknown; type: string; template: Record<string, unknown> } {
  const template = parseYaml(r.text, { strict: true, prettyErrors: false }) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  const [resource] = Object.values(template.Resources);
  const props = resource!.Properties;
  return { policy: props.KeyPolicy ?? props.AccessPolicy, type: resource!.Type, template: template as unknown as Record<string, unknown> };
}

function checkAll(check: Pick<CheckResult, 'id' | 'fix'>, facts: Diagnosis['facts'] | Record<string, string>) {
  const out = renderings(check, facts);
  const fix = check.fix!;
  for (const doc of fix.documents) {
    const expected = JSON.parse(doc.text);
    const json = out.find((r) => r.format === 'json' && r.input === doc.input);
    expect(json?.text).toBe(doc.text);
    if (doc.input !== 'sourceKeyPolicy' && doc.input !== 'destinationVaultPolicy') {
      expect(out.filter((r) => r.input === doc.input).map((r) => r.format)).toEqual(['json']);
      continue;
    }
    const tf = out.find((r) => r.format === 'terraform' && r.input === doc.input)!;
    const cfn = out.find((r) => r.format === 'cloudformation' && r.input === doc.input)!;
    expect(tf.language).toBe('hcl');
    expect(cfn.language).toBe('yaml');
    expect(terraformPolicy(tf)).toEqual(expected);
    const parsed = cloudFormationPolicy(cfn);
    expect(parsed.policy).toEqual(expected);
    if (doc.input === 'sourceKeyPolicy') {
      expect(tf.text).toMatch(/^resource "aws_kms_key_policy" "copy_doctor" \{\n {2}key_id = (var\.source_key_id|"[^"]+")\n {2}policy = jsonencode\(/m);
      expect(parsed.type).toBe('AWS::KMS::Key');
      expect(cfn.text).toMatch(/^# .*replaces the key’s existing policy/m);
    } else {
      expect(tf.text).toMatch(/^resource "aws_backup_vault_policy" "copy_doctor" \{\n {2}backup_vault_name = (var\.destination_vault_name|"[^"]+")\n {2}policy {12}= jsonencode\(/m);
      expect(parsed.type).toBe('AWS::Backup::BackupVault');
    }
    // A variable is referenced only when it is declared, and declared only when referenced.
    for (const v of ['source_key_id', 'destination_vault_name']) {
      expect(tf.text.includes(`var.${v}`)).toBe(tf.text.includes(`variable "${v}" {`));
    }
  }
  const cli = out.find((r) => r.format === 'aws-cli');
  if (fix.commands.length === 0) expect(cli).toBeUndefined();
  else {
    expect(cli!.language).toBe('shell');
    const lines = cli!.text.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(fix.commands);
    expect(lines[0]).toBe(`# ${runInLine(fix, facts)}`);
  }
  return out;
}

describe('renderings of the examples', () => {
  const withFix = examples.flatMap((e) => e.diagnosis.checks.filter((c) => c.fix).map((c) => ({ example: e.id, check: c, facts: e.diagnosis.facts })));

  it('covers both policies among the examples', () => {
    const inputs = new Set(withFix.flatMap((w) => w.check.fix!.documents.map((d) => d.input)));
    expect(inputs).toContain('sourceKeyPolicy');
    expect(inputs).toContain('destinationVaultPolicy');
  });

  for (const w of withFix) {
    it(`${w.example} / ${w.check.id}: every rendering parses back to the corrected document`, () => {
      checkAll(w.check, w.facts);
    });
  }

  it('names the account and Region in the commands, the key ARN in Terraform', () => {
    const d = examples.find((e) => e.id === 'key-policy-missing-destination')!.diagnosis;
    const out = renderings(d.checks.find((c) => c.id === 'source-key-policy')!, d.facts);
    expect(out.map((r) => [r.format, r.fileName])).toEqual([
      ['json', 'key-policy.json'],
      ['aws-cli', 'source-key-policy.sh'],
      ['terraform', 'key-policy.tf'],
      ['cloudformation', 'key-policy.cloudformation.yaml'],
    ]);
    expect(out[1]!.text.split('\n')[0]).toBe('# Run in the source account (account 210987654321, Region eu-west-1).');
    expect(out[2]!.text).toContain('key_id = "arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58"');
    expect(out[2]!.text).not.toContain('variable "');
  });

  it('takes the vault name from the command when no fact names it', () => {
    const d = examples.find((e) => e.id === 'vault-policy-missing')!.diagnosis;
    const check = d.checks.find((c) => c.id === 'destination-vault-policy')!;
    const facts = { ...d.facts };
    delete facts.destinationVaultName;
    const tf = renderings(check, facts).find((r) => r.format === 'terraform')!;
    expect(tf.text).toContain('backup_vault_name = "central-backup-vault"');
  });

  it('uses variables, never placeholders, when the key or the vault is unknown', () => {
    const d = examples.find((e) => e.id === 'key-policy-pasted-from-chat')!.diagnosis;
    const check = d.checks.find((c) => c.id === 'source-key-policy')!;
    expect(check.fix!.commands).toEqual([]);
    const out = checkAll(check, d.facts);
    expect(out.map((r) => r.format)).toEqual(['json', 'terraform', 'cloudformation']);
    const tf = out[1]!.text;
    expect(tf).toContain('key_id = var.source_key_id');
    expect(tf).toMatch(/^# The key’s ARN is not known here/m);

    const vaultFix: Fix = {
      summary: 's',
      runIn: 'destination account',
      runInAccount: 'destination',
      documents: [{ input: 'destinationVaultPolicy', fileName: 'vault-policy.json', text: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}' }],
      commands: [],
    };
    const vault = checkAll({ id: 'destination-vault-policy', fix: vaultFix }, {});
    expect(vault.find((r) => r.format === 'terraform')!.text).toContain('backup_vault_name = var.destination_vault_name');
    const cfn = vault.find((r) => r.format === 'cloudformation')!;
    const parsed = cloudFormationPolicy(cfn).template as { Parameters: Record<string, unknown>; Resources: { DestinationBackupVault: { Properties: Record<string, unknown> } } };
    expect(parsed.Parameters.DestinationVaultName).toMatchObject({ Type: 'String' });
    expect(parsed.Resources.DestinationBackupVault.Properties.BackupVaultName).toEqual({ Ref: 'DestinationVaultName' });
    for (const r of vault) expect(r.text).not.toMatch(/<[^>\n]+>|REPLACE_ME|YOUR_|123456789012/);
  });

  it('names no account, Region, key or vault that lacks its format, and keeps every comment to one line', () => {
    const d = examples.find((e) => e.id === 'vault-policy-missing')!.diagnosis;
    const check = d.checks.find((c) => c.id === 'destination-vault-policy')!;
    const fix: Fix = { ...check.fix!, commands: [], accountId: undefined, region: undefined };
    const hostile = {
      destinationAccountId: '345678901234\n rm -rf ~',
      destinationRegion: 'eu-central-1\u2028id',
      destinationVaultName: 'central;id',
      sourceKeyArn: 'arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58"} #',
    };
    const out = renderings({ id: check.id, fix }, hostile, (key, params) => `${key} ${JSON.stringify(params ?? {})}\u0085x`);
    for (const r of out) {
      // eslint-disable-next-line no-control-regex -- the point
      for (const line of r.text.split('\n')) expect(line, r.fileName).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(r.text).not.toMatch(/rm -rf|central;id|\} #/);
    }
    expect(out.find((r) => r.format === 'terraform')!.text).toContain('backup_vault_name = var.destination_vault_name');
  });

  it('writes the comments through the translation when one is given', () => {
    const d = examples.find((e) => e.id === 'vault-policy-missing')!.diagnosis;
    const check = d.checks.find((c) => c.id === 'destination-vault-policy')!;
    const t = (key: string) => (key === 'render.tf.vaultPolicy' ? '目的地保存庫的修正後存取政策。' : key);
    const tf = renderings(check, d.facts, t).find((r) => r.format === 'terraform')!;
    expect(tf.text.split('\n')[0]).toBe('# 目的地保存庫的修正後存取政策。');
    expect(terraformPolicy(tf)).toEqual(JSON.parse(check.fix!.documents[0]!.text));
  });
});

describe('hclString', () => {
  it('escapes quotes, backslashes, control characters and template sequences', () => {
    expect(hclString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(hclString('${aws:username}')).toBe('"$${aws:username}"');
    expect(hclString('%{if x}')).toBe('"%%{if x}"');
    expect(hclString('$${x}')).toBe('"$$${x}"');
    expect(hclString('\n\t\u0001\u007f')).toBe('"\\n\\t\\u0001\\u007F"');
    expect(hclString('金鑰 🔑')).toBe('"金鑰 🔑"');
  });
});

// ---- property: generated policies with the characters that break naive renderers

const tricky = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('${aws:username}', '$${x}', '$$${y}', '%{if a}', '%%{b}', '"quoted"', 'back\\slash', 'tab\there', 'line\nbreak', '\u2028', '\u0085', '\u007f', 'yes', 'null', '- item', ': colon', '# hash', '金鑰政策', '🔑', ''),
  fc.array(fc.constantFrom('$', '{', '%', '}', '\\', '"', "'", ':', '#', '\n', 'a', '中'), { maxLength: 12 }).map((a) => a.join('')),
);
const key = tricky.filter((k) => k !== '__proto__');
const leaf: fc.Arbitrary<unknown> = fc.oneof(tricky, fc.boolean(), fc.integer(), fc.constant(null));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).value;
const statement = fc.record({
  Sid: tricky,
  Effect: fc.constantFrom('Allow', 'Deny'),
  Principal: fc.oneof(fc.constant('*'), fc.record({ AWS: fc.oneof(tricky, fc.array(tricky, { maxLength: 3 })) })),
  Action: fc.oneof(tricky, fc.array(tricky, { maxLength: 3 })),
  Resource: fc.oneof(fc.constant('*'), fc.array(tricky, { maxLength: 2 })),
  Condition: fc.dictionary(key, fc.dictionary(key, fc.oneof(tricky, fc.array(tricky, { maxLength: 2 })), { maxKeys: 2 }), { maxKeys: 2 }),
  Extra: jsonValue,
});
const policy = fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.array(statement, { maxLength: 3 }) });

describe('renderings of generated policies', () => {
  it('Terraform and CloudFormation parse back to the same policy', () => {
    fc.assert(
      fc.property(policy, fc.constantFrom('sourceKeyPolicy' as const, 'destinationVaultPolicy' as const), fc.boolean(), (p, input, known) => {
        const text = JSON.stringify(p, null, 2);
        const fix: Fix = {
          summary: 's',
          runIn: input === 'sourceKeyPolicy' ? 'source account' : 'destination account',
          documents: [{ input, fileName: input === 'sourceKeyPolicy' ? 'key-policy.json' : 'vault-policy.json', text }],
          commands: [],
        };
        const facts = known ? { sourceKeyArn: 'arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', destinationVaultName: 'central-vault' } : {};
        checkAll({ id: input === 'sourceKeyPolicy' ? 'source-key-policy' : 'destination-vault-policy', fix }, facts);
      }),
      { numRuns: 200 },
    );
  }, 60000);
});
