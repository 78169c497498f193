import { describe, expect, it } from 'vitest';
import { base, codes, DEST, findings, KEY_POLICY, pretty, VAULT_POLICY, withStatement } from './testPolicies';

describe('grammarFindings on pasted outputs and broken JSON', () => {
  it('finds nothing in the get-key-policy and get-backup-vault-access-policy outputs of correct policies', () => {
    const key = JSON.stringify({ Policy: pretty(KEY_POLICY), PolicyName: 'default' }, null, 4);
    const vault = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:v', Policy: JSON.stringify(VAULT_POLICY) }, null, 4);
    expect(findings(key, 'key')).toEqual([]);
    expect(findings(vault, 'vault')).toEqual([]);
  });

  it('returns nothing for an empty paste', () => {
    expect(findings('  \n', 'key')).toEqual([]);
  });

  it('points into an unwrapped get-key-policy output', () => {
    const inner = pretty(withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::DestinationAccountID:root' } }));
    const output = JSON.stringify({ Policy: inner, PolicyName: 'default' }, null, 4);
    const [f, ...rest] = findings(output);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('PLACEHOLDER_LEFT');
    const at = output.indexOf('\\"AWS\\": \\"arn:aws:iam::DestinationAccountID:root\\"');
    expect(f?.location).toEqual({
      input: 'sourceKeyPolicy',
      path: ['Statement', 1, 'Principal', 'AWS'],
      line: 2,
      column: at - output.indexOf('\n') - 1,
      offset: at,
      length: '\\"AWS\\": \\"arn:aws:iam::DestinationAccountID:root\\"'.length,
    });
  });

  it('points into an unwrapped vault policy output on its own line', () => {
    const policy = { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: 'backup:*' }] };
    const output = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: `arn:aws:backup:eu-west-1:${DEST}:backup-vault:v`, Policy: JSON.stringify(policy) }, null, 4);
    const [f] = findings(output, 'vault');
    expect(f).toMatchObject({ code: 'VAULT_ACTION_WILDCARD', severity: 'error', params: { action: 'backup:*' } });
    expect(f?.location?.line).toBe(4);
    expect(output.slice(f!.location!.offset!, f!.location!.offset! + f!.location!.length!)).toBe('\\"Action\\":\\"backup:*\\"');
  });

  it('turns syntax errors into findings with their positions', () => {
    const text = '{\n  "Version": "2012-10-17"\n  "Statement": []\n}';
    const fs = findings(text);
    expect(fs[0]).toMatchObject({
      code: 'JSON_SYNTAX_ERROR',
      severity: 'error',
      params: { error: 'CommaExpected' },
      location: { line: 3, column: 2, path: [] },
    });
    expect(fs.map((f) => f.code)).toContain('STATEMENT_EMPTY');
  });

  it('caps a flood of syntax errors', () => {
    const fs = findings('{' + ' x'.repeat(100) + '}');
    expect(fs.filter((f) => f.code === 'JSON_SYNTAX_ERROR')).toHaveLength(25);
    expect(fs.find((f) => f.code === 'JSON_SYNTAX_ERRORS_TRUNCATED')?.params?.count).toBeGreaterThan(0);
  });

  it('reports text left out around the JSON, a CLI error, and an output pasted in the wrong box', () => {
    expect(codes(`$ aws kms get-key-policy --key-id x --query Policy --output text\n${pretty(KEY_POLICY)}`)).toEqual(['PASTE_EXTRA_TEXT_BEFORE']);
    expect(codes(`${pretty(KEY_POLICY)}\tdefault`)).toEqual(['PASTE_EXTRA_TEXT_AFTER']);
    const err = 'An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: no policy';
    expect(findings(err, 'vault')).toMatchObject([{ code: 'VAULT_POLICY_NOT_FOUND', severity: 'error', location: { line: 1, column: 0 } }]);
    expect(codes('An error occurred (AccessDeniedException) when calling the GetKeyPolicy operation: denied', 'key')).toEqual(['CLI_ERROR_PASTED']);
    const vaultOutput = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:v', Policy: JSON.stringify(VAULT_POLICY) });
    expect(codes(vaultOutput, 'key')).toContain('WRAPPER_MISMATCH');
  });
});
