import { describe, expect, it } from 'vitest';
import { readPolicyText } from '../../json/policyText';
import { grammarFindings, KEY_POLICY_MAX_BYTES } from '.';
import { AWS_EBS_KEY_POLICY, DEST, findings, KEY_POLICY, OPTS, pretty, SCP, VAULT_POLICY, VAULT_POLICY_ORG } from './testPolicies';

describe('grammarFindings on good policies', () => {
  it('finds nothing in correct key, vault and SCP policies', () => {
    expect(findings(KEY_POLICY, 'key')).toEqual([]);
    expect(findings(VAULT_POLICY, 'vault')).toEqual([]);
    expect(findings(VAULT_POLICY_ORG, 'vault')).toEqual([]);
    expect(findings(SCP, 'scp')).toEqual([]);
    expect(findings([SCP, SCP], 'scp')).toEqual([]);
    expect(findings(AWS_EBS_KEY_POLICY, 'key')).toEqual([]);
  });
});

describe('grammarFindings on the broken policies people paste', () => {
  // Built from the source article's template, pasted through a chat app, with the mistakes of section 4.
  const pasted = [
    '{', //                                                                           line 1
    '  “Version”: “2012-10-17”,', //                                                  2
    '  "Statement": [', //                                                            3
    '    {', //                                                                       4
    '      "Sid": "Enable IAM User Permissions",', //                                 5
    '      "Effect": "Allow",', //                                                    6
    '      "Principal": {"AWS": "arn:aws:iam::SourceAccountID :root"},', //           7
    '      "Action": "kms:*",', //                                                    8
    '      "Resource": "*"', //                                                       9
    '    },', //                                                                      10
    '    {', //                                                                       11
    '      "Sid": "Allow use of the key",', //                                        12
    '      "Effect": "Allow",', //                                                    13
    '      "Princpal": {"AWS": [', //                                                 14
    '        "arn:aws:iam:::111111111111:role/backup",', //                           15
    '        "1234567890123",', //                                                    16
    '        "AROAJQABLZS4A3QDU576Q"', //                                             17
    '      ]},', //                                                                   18
    '      "Action": ["kms:Decrypt", "kms:DescribeKey"],', //                         19
    '      "Resource": "*",', //                                                      20
    '    },', //                                                                      21
    '    {', //                                                                       22
    '      "Sid": "Allow use of the key",', //                                        23
    '      "Effect": "Allow",', //                                                    24
    '      "Principal": {"AWS": "arn:aws:iam::444455556666:root"},', //               25
    '      "Action": "kms:CreateGrant",', //                                          26
    '      "Resource": "*",', //                                                      27
    '      "Conditions": {"Bool": {"kms:GrantIsForAWSResource": "yes"},', //          28
    '        "StringEquals": {"kms:CallerAccount": "arn:aws:iam::444455556666:root"}}', // 29
    '    }', //                                                                       30
    '  ]', //                                                                         31
    '}', //                                                                           32
  ].join('\n');

  it('reports each problem with its line and column in the text as pasted', () => {
    const got = findings(pasted, 'key', {}).map((f) => [f.code, f.severity, f.location?.line, f.location?.column]);
    expect(got).toEqual([
      ['PASTE_DAMAGE_TYPOGRAPHIC_QUOTES', 'warning', 2, 2],
      ['PASTE_DAMAGE_TRAILING_COMMA', 'warning', 20, 21],
      ['PLACEHOLDER_LEFT', 'error', 7, 20],
      ['ARN_HAS_SPACE', 'error', 7, 20],
      ['STATEMENT_ELEMENT_MISSPELLED', 'error', 14, 6],
      ['ARN_EXTRA_COLON', 'error', 15, 8],
      ['ACCOUNT_ID_INVALID', 'error', 16, 8],
      ['PRINCIPAL_UNIQUE_ID', 'warning', 17, 8],
      ['SID_DUPLICATE', 'error', 23, 6],
      ['EXAMPLE_ACCOUNT_ID', 'error', 25, 20],
      ['STATEMENT_ELEMENT_MISSPELLED', 'error', 28, 6],
      ['CONDITION_BOOL_VALUE_INVALID', 'error', 28, 30],
      ['CONDITION_ACCOUNT_IS_ARN', 'error', 29, 25],
    ]);
  });

  it('gives params the messages need', () => {
    const all = findings(pasted, 'key', {});
    const byCode = new Map([...all].reverse().map((f) => [f.code, f])); // the first of each code
    expect(byCode.get('PASTE_DAMAGE_TYPOGRAPHIC_QUOTES')?.params).toEqual({ count: 4, lines: '2' });
    expect(byCode.get('STATEMENT_ELEMENT_MISSPELLED')?.params).toEqual({ element: 'Princpal', suggestion: 'Principal' });
    expect(byCode.get('ACCOUNT_ID_INVALID')?.params).toEqual({ value: '1234567890123', digits: 13 });
    expect(byCode.get('PLACEHOLDER_LEFT')?.params).toEqual({ value: 'arn:aws:iam::SourceAccountID :root' });
    expect(byCode.get('CONDITION_ACCOUNT_IS_ARN')?.location?.path).toEqual([
      'Statement', 2, 'Conditions', 'StringEquals', 'kms:CallerAccount',
    ]);
    for (const f of findings(pasted, 'key', {})) {
      expect(f.message).toBe('');
      expect(f.location?.input).toBe('sourceKeyPolicy');
    }
  });
});

describe('grammarFindings performance', () => {
  // The bench (`npm run bench`) measures the engine alone; here the other test files run beside it on 2 cores, and the
  // process's CPU time also counts its GC threads, so the bound leaves room: 15 ms, about 3 times the bench's figure.
  it('checks a 32 KB key policy in under 15 ms (read, repair, unwrap and grammar)', () => {
    const statements: object[] = [KEY_POLICY.Statement[0]!];
    let text = '';
    for (let i = 0; ; i++) {
      statements.push({ ...KEY_POLICY.Statement[2], Sid: `Grant${i}`, Principal: { AWS: [`arn:aws:iam::${DEST}:root`, 'AROAJQABLZS4A3QDU576Q'] } });
      const next = pretty({ ...KEY_POLICY, Statement: statements });
      if (next.length > KEY_POLICY_MAX_BYTES) break;
      text = next;
    }
    expect(text.length).toBeGreaterThan(31000);
    const output = JSON.stringify({ Policy: text, PolicyName: 'default' }, null, 4);
    for (const input of [text, output]) {
      const times: number[] = [];
      let n = 0;
      for (let warm = 0; warm < 10; warm++) grammarFindings(readPolicyText(input), 'key', OPTS);
      for (let run = 0; run < 21; run++) {
        // CPU time, not wall time: the machine may be busy with other test runs (2 cores), and the best run
        // measures the work itself.
        const t0 = process.cpuUsage();
        n = grammarFindings(readPolicyText(input), 'key', OPTS).length;
        const used = process.cpuUsage(t0);
        times.push((used.user + used.system) / 1000);
      }
      expect(n).toBeGreaterThan(50); // one PRINCIPAL_UNIQUE_ID per statement, plus the size suggestion
      expect(Math.min(...times)).toBeLessThan(15);
    }
  }, 30_000);
});
