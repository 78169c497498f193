import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineColumn, locate, type ParsedJson } from './parse';
import { readPolicyText } from './policyText';

const POLICY = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::210987654321:root' },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'Allow "copy" from \\ the destination',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::345678901234:root' },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    },
  ],
};
// KMS returns the policy pretty-printed with " : " separators; the CLI prints the output with 4 spaces.
const POLICY_TEXT = JSON.stringify(POLICY, null, 2).replace(/": /g, '" : ');
const GET_KEY_POLICY = JSON.stringify({ Policy: POLICY_TEXT, PolicyName: 'default' }, null, 4);
const GET_VAULT_POLICY = JSON.stringify(
  {
    BackupVaultName: 'central-vault',
    BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault',
    Policy: JSON.stringify(POLICY),
  },
  null,
  4,
);

/** The pasted text a node covers (from its start to its end, through the mapping). */
function pastedSlice(parsed: ParsedJson, node: Node): string {
  const start = parsed.toPasted(node.offset);
  return parsed.pasted.slice(start, parsed.toPasted(node.offset + node.length));
}

function* nodes(node: Node | undefined): Generator<Node> {
  if (!node) return;
  yield node;
  for (const c of node.children ?? []) yield* nodes(c);
}

describe('readPolicyText', () => {
  it('reads a bare policy as it is', () => {
    const pt = readPolicyText(POLICY_TEXT);
    expect(pt.wrapper).toBeUndefined();
    expect(pt.empty).toBe(false);
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.parsed.text).toBe(POLICY_TEXT);
    expect(pt.damage).toEqual([]);
    expect(pt.syntax).toEqual([]);
    expect(locate(pt.parsed, ['Statement', 1, 'Principal', 'AWS'])).toMatchObject({ line: 18, column: 8 });
  });

  it('unwraps aws kms get-key-policy output and maps positions into the pasted text', () => {
    const pt = readPolicyText(GET_KEY_POLICY);
    expect(pt.wrapper).toBe('get-key-policy');
    expect(pt.outer).toEqual({ PolicyName: 'default' });
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.parsed.pasted).toBe(GET_KEY_POLICY);
    // The whole policy is on line 2 of the output, as one escaped string.
    const pos = locate(pt.parsed, ['Statement', 1, 'Principal', 'AWS']);
    const expectedOffset = GET_KEY_POLICY.indexOf('\\"AWS\\" : \\"arn:aws:iam::345678901234:root\\"');
    expect(pos).toEqual({ line: 2, column: expectedOffset - GET_KEY_POLICY.indexOf('    "Policy"'), offset: expectedOffset, length: 44 });
    expect(GET_KEY_POLICY.slice(pos!.offset, pos!.offset + pos!.length)).toBe('\\"AWS\\" : \\"arn:aws:iam::345678901234:root\\"');
    // Through \" and \\ escapes in an earlier value.
    const sid = locate(pt.parsed, ['Statement', 1, 'Sid'])!;
    expect(GET_KEY_POLICY.slice(sid.offset, sid.offset + sid.length)).toBe(
      '\\"Sid\\" : \\"Allow \\\\\\"copy\\\\\\" from \\\\\\\\ the destination\\"',
    );
  });

  it('unwraps aws backup get-backup-vault-access-policy output and keeps the vault fields', () => {
    const pt = readPolicyText(GET_VAULT_POLICY);
    expect(pt.wrapper).toBe('get-backup-vault-access-policy');
    expect(pt.outer).toEqual({
      BackupVaultName: 'central-vault',
      BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault',
    });
    expect(pt.parsed.value).toEqual(POLICY);
    const pos = locate(pt.parsed, ['Statement', 0, 'Action'])!;
    expect(GET_VAULT_POLICY.slice(pos.offset, pos.offset + pos.length)).toBe('\\"Action\\":\\"kms:*\\"');
    expect(pos.line).toBe(4);
  });

  it('reads --query Policy --output text (the bare policy) and --output text with the policy name after it', () => {
    expect(readPolicyText(`${POLICY_TEXT}\n`).parsed.value).toEqual(POLICY);
    const pt = readPolicyText(`${POLICY_TEXT}\tdefault\n`);
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.syntax).toEqual([]);
    expect(pt.extra).toEqual([
      { where: 'after', offset: POLICY_TEXT.length + 1, length: 7, text: 'default', ...lineColumn(pt.parsed.pasted, POLICY_TEXT.length + 1) },
    ]);
  });

  it('reads the vault text output with the ARN and the name before the policy', () => {
    const text = `arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault\tcentral-vault\t${JSON.stringify(POLICY)}\n`;
    const pt = readPolicyText(text);
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.extra[0]).toMatchObject({ where: 'before', offset: 0, line: 1, column: 0 });
    expect(locate(pt.parsed, ['Version'])).toMatchObject({ line: 1, column: text.indexOf('"Version"') });
  });

  it('reads a policy given as one JSON string literal (--query Policy with JSON output)', () => {
    const text = JSON.stringify(POLICY_TEXT);
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('json-string');
    expect(pt.parsed.value).toEqual(POLICY);
    const pos = locate(pt.parsed, ['Statement', 0, 'Effect'])!;
    expect(text.slice(pos.offset, pos.offset + pos.length)).toBe('\\"Effect\\" : \\"Allow\\"');
  });

  it('leaves out a shell prompt, the command and a Markdown fence, and says so', () => {
    const text = '```json\n$ aws kms get-key-policy --key-id 1234abcd --policy-name default --output json\n' + GET_KEY_POLICY + '\n```\n';
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('get-key-policy');
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.extra.map((e) => [e.where, e.line])).toEqual([
      ['before', 1],
      ['after', GET_KEY_POLICY.split('\n').length + 3],
    ]);
    expect(locate(pt.parsed, ['Statement', 1])).toMatchObject({ line: 4 });
  });

  it('leaves out an AWS CloudShell prompt, which starts with a bracket like JSON does', () => {
    const text = '[cloudshell-user@ip-10-130-45-7 ~]$ aws kms get-key-policy --key-id 1234abcd --policy-name default\n' + GET_KEY_POLICY + '\n[cloudshell-user@ip-10-130-45-7 ~]$ ';
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('get-key-policy');
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.extra.map((e) => e.where)).toEqual(['before', 'after']);
  });

  it('does not drop the start of a policy that was cut off', () => {
    const pt = readPolicyText('"Version": "2012-10-17", "Statement": {"Effect": "Allow"}}');
    expect(pt.extra).toEqual([]);
    expect(pt.syntax.length).toBeGreaterThan(0);
  });

  it('repairs damage inside an escaped policy and maps it to the pasted text', () => {
    const inner = '{\n  “Version”: “2012-10-17”,\n  "Statement": [],\n}';
    const text = JSON.stringify({ Policy: inner, PolicyName: 'default' }, null, 4);
    const pt = readPolicyText(text);
    expect(pt.parsed.value).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(pt.syntax).toEqual([]);
    expect(pt.damage.map((d) => [d.kind, d.found, d.line])).toEqual([
      ['TYPOGRAPHIC_QUOTES', '“', 2],
      ['TYPOGRAPHIC_QUOTES', '”', 2],
      ['TYPOGRAPHIC_QUOTES', '“', 2],
      ['TYPOGRAPHIC_QUOTES', '”', 2],
      ['TRAILING_COMMA', ',', 2],
    ]);
    const comma = pt.damage[4]!;
    expect(text[comma.offset]).toBe(',');
    expect(text.slice(comma.offset - 2, comma.offset + 3)).toBe('[],\\n');
  });

  it('repairs the outer text too (a chat paste of the CLI output)', () => {
    const text = GET_VAULT_POLICY.replace(/"(BackupVaultName|BackupVaultArn|Policy)"/g, '“$1”');
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('get-backup-vault-access-policy');
    expect(pt.parsed.value).toEqual(POLICY);
    expect(pt.damage).toHaveLength(6);
    const pos = locate(pt.parsed, ['Statement', 0, 'Action'])!;
    expect(text.slice(pos.offset, pos.offset + pos.length)).toBe('\\"Action\\":\\"kms:*\\"');
  });

  it('maps \\u escapes one character each', () => {
    const text = '{"Policy": "{\\"Sid\\": \\"\\u00e9t\\u00e9\\", \\"Version\\": \\"2012-10-17\\"}", "PolicyName": "default"}';
    const pt = readPolicyText(text);
    expect(pt.parsed.value).toEqual({ Sid: 'été', Version: '2012-10-17' });
    const pos = locate(pt.parsed, ['Version'])!;
    expect(text.slice(pos.offset, pos.offset + pos.length)).toBe('\\"Version\\": \\"2012-10-17\\"');
  });

  it('reads an SCP from aws organizations describe-policy', () => {
    const scp = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'backup:CopyIntoBackupVault', Resource: '*' }] };
    const text = JSON.stringify(
      { Policy: { PolicySummary: { Id: 'p-abcd1234', Name: 'deny-copy' }, Content: JSON.stringify(scp) } },
      null,
      4,
    );
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('describe-policy');
    expect(pt.outer).toEqual({ Id: 'p-abcd1234', Name: 'deny-copy' });
    expect(pt.parsed.value).toEqual(scp);
  });

  it('reads a policy given as an object under "Policy"', () => {
    const text = JSON.stringify({ Policy: POLICY }, null, 2);
    const pt = readPolicyText(text);
    expect(pt.wrapper).toBe('policy-property');
    expect(pt.parsed.value).toEqual(POLICY);
    expect(locate(pt.parsed, ['Version'])).toMatchObject({ line: 3, column: 4 });
  });

  it('recognizes an AWS CLI error pasted instead of the output', () => {
    const text =
      '\nAn error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: Backup vault central-vault does not have a policy\n';
    const pt = readPolicyText(text);
    expect(pt.cliError).toEqual({
      code: 'ResourceNotFoundException',
      operation: 'GetBackupVaultAccessPolicy',
      offset: 1,
      length: 'An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation'.length,
      line: 2,
      column: 0,
    });
  });

  it('says when nothing was pasted', () => {
    for (const text of ['', '   ', '\n\t\n', '\uFEFF', '\u00a0\u200b']) {
      const pt = readPolicyText(text);
      expect(pt.empty).toBe(true);
      expect(pt.syntax).toEqual([]);
    }
  });

  it('reports syntax errors in pasted coordinates, also inside an unwrapped policy', () => {
    const text = JSON.stringify({ Policy: '{\n"Version": "2012-10-17"\n"Statement": []}', PolicyName: 'default' }, null, 4);
    const pt = readPolicyText(text);
    expect(pt.syntax).toHaveLength(1);
    const [e] = pt.syntax;
    expect(e!.code).toBe('CommaExpected');
    expect(text.slice(e!.offset, e!.offset + 13)).toBe('\\"Statement\\"');
    expect(lineColumn(text, e!.offset)).toEqual({ line: e!.line, column: e!.column });
  });
});

// Property tests -----------------------------------------------------------------------------------------------

const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 4 }), fc.constantFrom('', '"', '\\', '“', ',', '}', '{', '\\"', '\n', '/*', 'x')),
      { maxLength: 8 },
    )
    .map((edits) => {
      let s = base;
      for (const [at, del, ins] of edits) s = s.slice(0, at) + ins + s.slice(at + del);
      return s;
    });

describe('readPolicyText properties', () => {
  it('never throws, and every node maps inside the pasted text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), mutated(GET_KEY_POLICY), mutated(GET_VAULT_POLICY), mutated(POLICY_TEXT)),
        (text) => {
          const pt = readPolicyText(text);
          expect(pt.parsed.pasted).toBe(text);
          for (const node of nodes(pt.parsed.root)) {
            const start = pt.parsed.toPasted(node.offset);
            const end = pt.parsed.toPasted(node.offset + node.length);
            if (!(start >= 0 && start <= end && end <= text.length)) throw new Error(`bad range ${start}..${end}`);
          }
          for (const e of [...pt.syntax, ...pt.damage]) expect(lineColumn(text, e.offset)).toEqual({ line: e.line, column: e.column });
        },
      ),
      { numRuns: 600 },
    );
  }, 30_000);

  it('maps every string of an unwrapped policy to its escaped form in the output', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '"', '\\', '/', '\n', '\t', 'é', '漢', '\u0001', '“', ' ') });
    const policy = fc.record({
      Version: fc.constant('2012-10-17'),
      Statement: fc.array(fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 3 }))), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(policy, fc.constantFrom(0, 2, 4), (p, indent) => {
        const output = JSON.stringify({ Policy: JSON.stringify(p, null, indent), PolicyName: 'default' }, null, 4);
        const pt = readPolicyText(output);
        expect(pt.wrapper).toBe('get-key-policy');
        expect(pt.parsed.value).toEqual(p);
        for (const node of nodes(pt.parsed.root)) {
          if (node.type !== 'string') continue;
          const raw = pt.parsed.text.slice(node.offset, node.offset + node.length);
          expect(pastedSlice(pt.parsed, node)).toBe(JSON.stringify(raw).slice(1, -1));
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
