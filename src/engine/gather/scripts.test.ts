import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isReadOnly, requireTools, runBash, type Answer } from '../../test-support/gather';
import { diagnose } from '../diagnose';
import { GATHER_ROLES, mergeBundles, parseBundleText, type GatherRole } from './bundle';
import { hasControl, posixQuote, psQuote } from './quote';
import { gatherFacts, gatherScript, type GatherFacts, type Shell } from './scripts';

const SRC = '210987654321';
const DEST = '345678901234';
const KEY = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
const FULL: GatherFacts = {
  sourceAccountId: SRC,
  destinationAccountId: DEST,
  managementAccountId: '456789012345',
  sourceRegion: 'eu-west-1',
  destinationRegion: 'eu-central-1',
  destinationVaultName: 'central-backup-vault',
  sourceKeyArn: KEY,
  destinationVaultKeyArn: `arn:aws:kms:eu-central-1:${DEST}:key/6d2e8b41-3f7a-4c95-a0d3-9b1c5e7f2a64`,
  copyJobId: '5c1f7a2e-84d3-4b6a-9e0f-3d2a1b7c8e94',
  sourceVaultName: 'prod-ebs-vault',
  sourceRecoveryPointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-0a4f2c9e7b1d35e68',
  resourceArn: `arn:aws:ec2:eu-west-1:${SRC}:volume/vol-07c3e9a1f5b24d860`,
  copyRoleArn: `arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`,
};
const SHELLS: Shell[] = ['bash', 'powershell'];
const FACT_SETS: GatherFacts[] = [FULL, {}, { sourceAccountId: SRC, sourceRegion: 'eu-west-1' }, { ...FULL, copyJobId: undefined, sourceKeyArn: undefined }];

// ---- reading the scripts' calls back out of their text

interface Call {
  id: string;
  service: string;
  operation: string;
}

/** Every `cd_call ID PARAMS SERVICE OPERATION` in a bash script; throws if one cannot be read. */
function bashCalls(text: string): Call[] {
  const code = text.split('\n').filter((l) => !/^\s*#/.test(l));
  const uses = code.filter((l) => /\bcd_call\s/.test(l) && !/^cd_call\(\)/.test(l));
  const re = /\bcd_call\s+([a-z-]+)\s+(?:'\{\}'|"\$\(cd_params [^)]*\)")\s+([a-z0-9-]+)\s+([a-z0-9-]+)(?=[\s;]|$)/g;
  const calls = uses.flatMap((l) => [...l.matchAll(re)].map((m) => ({ id: m[1]!, service: m[2]!, operation: m[3]! })));
  const count = uses.reduce((n, l) => n + [...l.matchAll(/\bcd_call\s/g)].length, 0);
  if (calls.length !== count) throw new Error(`could not read ${count - calls.length} cd_call line(s)`);
  return calls;
}

function psCalls(text: string): Call[] {
  const code = text.split('\n').filter((l) => !/^\s*#/.test(l));
  const re = /Invoke-CdCall -Id '([a-z-]+)'(?: -Params @\{[^}]*\})? -Arguments @\('([a-z0-9-]+)', '([a-z0-9-]+)'/g;
  const calls = code.flatMap((l) => [...l.matchAll(re)].map((m) => ({ id: m[1]!, service: m[2]!, operation: m[3]! })));
  const count = code.reduce((n, l) => n + [...l.matchAll(/Invoke-CdCall -Id/g)].length, 0);
  if (calls.length !== count) throw new Error(`could not read ${count - calls.length} Invoke-CdCall line(s)`);
  return calls;
}

/** The lines (outside comments) that run the aws command itself. */
function directAwsLines(text: string, shell: Shell): string[] {
  const code = text.split('\n').filter((l) => !/^\s*#/.test(l));
  return shell === 'bash' ? code.filter((l) => /(^|[\s;&|(`])aws(\s|$)/.test(l.replace(/'[^']*'|"aws [^"]*"|command -v aws/g, ''))) : code.filter((l) => /&\s*aws\b|Start-Process|Invoke-Expression|\biex\b/i.test(l));
}

/** A PowerShell single-quoted string at the start of `s`: its value and where it ends. The test's own reader. */
function readPsString(s: string): { value: string; end: number } {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  if (!quote.test(s[0] ?? '')) throw new Error('not a single-quoted string');
  let value = '';
  let i = 1;
  for (;;) {
    if (i >= s.length) throw new Error('unterminated string');
    const c = s[i]!;
    if (quote.test(c)) {
      if (quote.test(s[i + 1] ?? '')) {
        value += c;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
}

/** The values block of a PowerShell script: `$NAME = '...'` lines, read with the test's reader. */
function psValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (const line of lines.slice(0, lines.indexOf("$ErrorActionPreference = 'Continue'"))) {
    const m = /^\$([A-Z_]+) = (.*)$/.exec(line);
    if (!m) continue;
    const { value, end } = readPsString(m[2]!);
    expect(m[2]!.slice(end), line).toBe('');
    out[m[1]!] = value;
  }
  return out;
}

describe('every call in every script reads', () => {
  for (const role of GATHER_ROLES) {
    for (const shell of SHELLS) {
      it(`${role}, ${shell}`, () => {
        for (const facts of FACT_SETS) {
          const { text } = gatherScript(facts, role, shell);
          const calls = shell === 'bash' ? bashCalls(text) : psCalls(text);
          expect(calls.length).toBeGreaterThan(3);
          for (const c of calls) expect(isReadOnly(c.service, c.operation), `${c.service} ${c.operation}`).toBe(true);
          // The aws command runs in one place only: inside the recording helper.
          const direct = directAwsLines(text, shell);
          expect(direct, direct.join('\n')).toHaveLength(1);
          expect(direct[0]).toMatch(shell === 'bash' ? /^\s*aws "\$@" --region "\$REGION" --output json / : /& aws @Arguments --region \$REGION --output json /);
          expect(text).toMatch(/It changes nothing\. Every AWS call in it reads/);
        }
      });
    }
  }

  it('bash and PowerShell make the same calls, and the ones each account needs', () => {
    const want: Record<GatherRole, string[]> = {
      source: ['sts get-caller-identity', 'backup describe-copy-job', 'backup list-copy-jobs', 'backup describe-recovery-point', 'kms describe-key', 'kms get-key-policy', 'backup describe-backup-vault', 'backup get-backup-vault-access-policy', 'backup describe-region-settings', 'organizations describe-organization', 'resourcegroupstaggingapi get-resources', 'iam get-role', 'iam list-attached-role-policies', 'iam list-role-policies', 'iam get-role-policy', 'iam get-policy', 'iam get-policy-version'],
      destination: ['sts get-caller-identity', 'backup describe-backup-vault', 'backup get-backup-vault-access-policy', 'kms describe-key', 'ec2 get-allowed-images-settings', 'organizations describe-organization', 'iam get-role'],
      management: ['sts get-caller-identity', 'organizations describe-organization', 'backup describe-global-settings', 'organizations list-parents', 'organizations list-policies-for-target', 'organizations describe-policy', 'organizations describe-effective-policy'],
    };
    for (const role of GATHER_ROLES) {
      const names = (calls: Call[]) => [...new Set(calls.map((c) => `${c.id}|${c.service} ${c.operation}`))].sort();
      const bash = bashCalls(gatherScript(FULL, role, 'bash').text);
      expect(names(psCalls(gatherScript(FULL, role, 'powershell').text))).toEqual(names(bash));
      expect([...new Set(bash.map((c) => `${c.service} ${c.operation}`))].sort()).toEqual([...want[role]].sort());
    }
  });
});

describe('values from the session', () => {
  const hostile = ["x'; touch PWNED; '", 'a\nb', '$(touch PWNED)', '`touch PWNED`', 'vault;rm -rf ~', "O'Brien", '"quoted"', 'a b'];

  it('every fact is validated: a bad one is left out and named, never written', () => {
    for (const bad of hostile) {
      const facts: GatherFacts = Object.fromEntries(Object.keys(FULL).map((k) => [k, bad]));
      for (const role of GATHER_ROLES) {
        for (const shell of SHELLS) {
          const s = gatherScript(facts, role, shell);
          expect(s.text).not.toContain(bad);
          expect(s.rejected.length, `${role} ${shell} ${bad}`).toBeGreaterThan(0);
          for (const r of s.rejected) expect(s.needs).toContain(r.fact);
        }
      }
    }
  });

  it('names the facts a complete gather still needs', () => {
    expect(gatherScript({}, 'source', 'bash').needs).toEqual(['sourceAccountId', 'sourceRegion']);
    expect(gatherScript({}, 'destination', 'powershell').needs).toEqual(['destinationAccountId', 'destinationRegion', 'destinationVaultName']);
    expect(gatherScript({ sourceRegion: 'eu-west-1' }, 'management', 'bash').needs).toEqual(['sourceAccountId', 'destinationAccountId']);
    expect(gatherScript(FULL, 'source', 'bash')).toMatchObject({ needs: [], rejected: [], accountId: SRC, region: 'eu-west-1', fileName: 'copy-doctor-gather-source.sh' });
    expect(gatherScript({ ...FULL, sourceKeyArn: 'alias/aws/ebs' }, 'source', 'bash').rejected).toEqual([{ fact: 'sourceKeyArn', problem: 'bad-format' }]);
  });

  it('PowerShell: every value reads back exactly, through the test’s own reader of single-quoted strings', () => {
    const tricky: GatherFacts = { ...FULL, sourceVaultName: 'aws/efs/automatic-backup-vault', copyRoleArn: `arn:aws:iam::${SRC}:role/team+ops/backup=copy,role.v2@x-y` };
    const values = psValues(gatherScript(tricky, 'source', 'powershell').text);
    expect(values).toMatchObject({ EXPECTED_ACCOUNT: SRC, REGION: 'eu-west-1', SOURCE_VAULT_NAME: 'aws/efs/automatic-backup-vault', COPY_ROLE_ARN: tricky.copyRoleArn, SOURCE_KEY: KEY });
  });

  it('gatherFacts takes the IDs a pasted copy job names', () => {
    const job = readFileSync(new URL('../../../public/examples/key-policy-missing-destination.json', import.meta.url), 'utf8');
    const session = JSON.parse(job);
    expect(gatherFacts(session)).toMatchObject({ copyJobId: FULL.copyJobId, sourceVaultName: 'prod-ebs-vault', copyRoleArn: FULL.copyRoleArn, sourceRecoveryPointArn: FULL.sourceRecoveryPointArn, sourceAccountId: SRC });
  });
});

describe('quoting', () => {
  const special = fc.constantFrom("'", '"', '$', '`', '\\', ';', '|', '&', ' ', '(', ')', '*', '?', '!', '’', '‘', '‚', '‛', '{', '}', '~', '#', 'a', '漢', '💥');
  const text = fc
    .oneof(fc.string({ unit: special, maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 30 }))
    .filter((s) => !hasControl(s));

  it('POSIX: bash reads every quoted word back as exactly the value (500 generated strings)', () => {
    const samples = fc.sample(text, { numRuns: 500, seed: 20261202 });
    samples.push("'", "''", "a'b'c", '$(id)', '`id`', '\\', '"\'"', '💥\'x');
    const script = `printf '%s\\0' ${samples.map(posixQuote).join(' ')}`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\0').slice(0, -1)).toEqual(samples);
  });

  it('PowerShell: every quoted string reads back exactly and ends at its last quote', () => {
    fc.assert(
      fc.property(text, (s) => {
        const quoted = psQuote(s);
        const read = readPsString(`${quoted} + 'next'`);
        return read.value === s && read.end === quoted.length;
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses control characters instead of quoting them', () => {
    for (const bad of ['a\nb', 'a\rb', 'a\u0000b', 'a\u2028b']) {
      expect(() => posixQuote(bad)).toThrow();
      expect(() => psQuote(bad)).toThrow();
    }
  });
});

describe('the bash script, run for real against a stand-in AWS CLI', { timeout: 120000 }, () => {
  beforeAll(requireTools);

  const denied: Answer = { error: { code: 'AccessDeniedException', message: `User: arn:aws:sts::${SRC}:assumed-role/ReadOnly/dana is not authorized to perform: kms:GetKeyPolicy` } };
  const source: Record<string, Answer> = {
    'sts get-caller-identity': { output: { UserId: 'AROAEXAMPLE:dana', Account: SRC, Arn: `arn:aws:sts::${SRC}:assumed-role/ReadOnly/dana` } },
    'backup describe-copy-job': { output: { CopyJob: { CopyJobId: FULL.copyJobId, State: 'FAILED', StatusMessage: 'Given key ID is not accessible', SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod-ebs-vault`, DestinationBackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`, ResourceType: 'EBS' } } },
    'kms describe-key': { output: { KeyMetadata: { Arn: KEY, KeyId: '0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', KeyManager: 'CUSTOMER', KeyState: 'Enabled', Enabled: true } } },
    'kms get-key-policy': denied,
    'iam list-role-policies': { output: { PolicyNames: ['inline one', 'second'] } },
    'iam list-attached-role-policies': { output: { AttachedPolicies: [] } },
    'iam get-role-policy': { output: { RoleName: 'x', PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [] } } },
    '*': { output: {} },
  };

  it('records a failed call and goes on; prints one bundle that the reader takes and the merge files', () => {
    const run = runBash(gatherScript(FULL, 'source', 'bash').text, source);
    expect(run.code, run.stderr).toBe(0);
    const read = parseBundleText(run.stdout);
    if (!read.ok) throw new Error(JSON.stringify(read));
    const b = read.bundle;
    expect(b).toMatchObject({ role: 'source', accountId: SRC, expectedAccountId: SRC, region: 'eu-west-1' });
    const policy = b.calls.find((c) => c.id === 'source-key-policy');
    expect(policy).toMatchObject({ ok: false, exitCode: 254, error: { code: 'AccessDeniedException', message: denied.error.message } });
    // Calls after the failure still ran, each argument exactly as meant (a name with a space stays one argument).
    expect(run.argv).toContainEqual(['iam', 'get-role-policy', '--role-name', 'AWSBackupDefaultServiceRole', '--policy-name', 'inline one', '--region', 'eu-west-1', '--output', 'json']);
    for (const argv of run.argv) expect(isReadOnly(argv[0]!, argv[1]!), argv.join(' ')).toBe(true);
    expect(b.calls.map((c) => c.id)).toEqual(['caller-identity', 'copy-job', 'source-key', 'source-key-policy', 'source-vault', 'source-vault-policy', 'region-settings', 'organization', 'resource-tags', 'copy-role', 'copy-role-attached-policies', 'copy-role-inline-policies', 'copy-role-inline-policy', 'copy-role-inline-policy']);
    const session = { format: 'copy-doctor/session' as const, version: 1 as const, facts: {}, answers: {}, pastes: {} };
    const merged = mergeBundles(session, [b]);
    expect(merged.session.pastes.copyJob).toContain('Given key ID is not accessible');
    expect(merged.session.pastes.sourceKeyPolicy).toBeUndefined();
    expect(merged.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_CALL_DENIED', input: 'sourceKeyPolicy' }));
    const d = diagnose(merged.session, undefined);
    expect(d.facts.sourceAccountId?.value).toBe(SRC);
    expect(d.checks.find((c) => c.id === 'source-key-policy')?.needs).toContain('sourceKeyPolicy');
  });

  it('finds what it is not told from earlier calls: the failed job, its recovery point, the key, the role', () => {
    const facts: GatherFacts = { sourceAccountId: SRC, sourceRegion: 'eu-west-1', destinationAccountId: DEST, destinationRegion: 'eu-central-1', destinationVaultName: 'central-backup-vault' };
    const vaultArn = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`;
    const run = runBash(gatherScript(facts, 'source', 'bash').text, {
      ...source,
      'backup list-copy-jobs': { output: { CopyJobs: [{ CopyJobId: 'j1', State: 'FAILED', SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:aws/efs/automatic-backup-vault`, SourceRecoveryPointArn: `arn:aws:backup:eu-west-1:${SRC}:recovery-point:abc`, ResourceArn: `arn:aws:elasticfilesystem:eu-west-1:${SRC}:file-system/fs-1`, IamRoleArn: `arn:aws:iam::${SRC}:role/team+ops/backup=copy,role.v2@x-y` }] } },
      'backup describe-recovery-point': { output: { EncryptionKeyArn: KEY } },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.argv).toContainEqual(['backup', 'list-copy-jobs', '--by-state', 'FAILED', '--by-destination-vault-arn', vaultArn, '--max-items', '20', '--region', 'eu-west-1', '--output', 'json']);
    expect(run.argv).toContainEqual(['backup', 'describe-recovery-point', '--backup-vault-name', 'aws/efs/automatic-backup-vault', '--recovery-point-arn', `arn:aws:backup:eu-west-1:${SRC}:recovery-point:abc`, '--region', 'eu-west-1', '--output', 'json']);
    expect(run.argv).toContainEqual(['kms', 'get-key-policy', '--key-id', KEY, '--policy-name', 'default', '--region', 'eu-west-1', '--output', 'json']);
    expect(run.argv).toContainEqual(['iam', 'get-role', '--role-name', 'backup=copy,role.v2@x-y', '--region', 'eu-west-1', '--output', 'json']);
  });

  it('hostile facts: the stand-in gets exactly the calls of a script without them, and nothing else runs', () => {
    const clean = runBash(gatherScript({ sourceAccountId: SRC, sourceRegion: 'eu-west-1' }, 'source', 'bash').text, source);
    for (const bad of ["x'; touch PWNED; '", '$(touch PWNED)', '`touch PWNED`', 'a\ntouch PWNED', 'v;touch PWNED', '"$(touch PWNED)"']) {
      const facts: GatherFacts = { ...Object.fromEntries(Object.keys(FULL).map((k) => [k, bad])), sourceAccountId: SRC, sourceRegion: 'eu-west-1' };
      const run = runBash(gatherScript(facts, 'source', 'bash').text, source);
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(join(run.dir, 'PWNED')), bad).toBe(false);
      expect(run.argv).toEqual(clean.argv);
      expect(JSON.stringify(run.argv)).not.toContain('PWNED');
    }
  });

  it('every generated script parses (bash -n), for every role and fact set', () => {
    for (const role of GATHER_ROLES) {
      for (const facts of [...FACT_SETS, { ...FULL, sourceVaultName: 'aws/efs/automatic-backup-vault' }]) {
        const check = spawnSync('bash', ['-n'], { input: gatherScript(facts, role, 'bash').text, encoding: 'utf8' });
        expect(check.status, check.stderr).toBe(0);
      }
    }
  });

  it('signed in to another account: stops after sts get-caller-identity, and the merge refuses the bundle', () => {
    const run = runBash(gatherScript(FULL, 'destination', 'bash').text, { 'sts get-caller-identity': { output: { Account: '999988887777' } }, '*': { output: {} } });
    expect(run.code).toBe(4);
    expect(run.argv).toEqual([['sts', 'get-caller-identity', '--region', 'eu-central-1', '--output', 'json']]);
    expect(run.stderr).toContain('this script is for the destination account 345678901234');
    const read = parseBundleText(run.stdout);
    if (!read.ok) throw new Error('no bundle');
    const session = { format: 'copy-doctor/session' as const, version: 1 as const, facts: { destinationAccountId: DEST }, answers: {}, pastes: {} };
    const merged = mergeBundles(session, [read.bundle]);
    expect(merged.merged).toEqual([]);
    expect(merged.notes).toEqual([expect.objectContaining({ code: 'BUNDLE_WRONG_ACCOUNT', severity: 'error', params: { role: 'destination', account: '999988887777', expected: DEST } })]);
  });

  it('writes the bundle to the file named as its argument, stdout left empty', () => {
    const run = runBash(gatherScript(FULL, 'management', 'bash').text, { 'sts get-caller-identity': { output: { Account: '456789012345' } }, '*': { output: {} } }, ['management.json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const read = parseBundleText(readFileSync(join(run.dir, 'management.json'), 'utf8'));
    expect(read.ok && read.bundle.role).toBe('management');
  });

  it('without the AWS CLI it says so and reads nothing', () => {
    const run = runBash(gatherScript(FULL, 'source', 'bash').text, source, [], { PATH: '/usr/bin:/bin' });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('the AWS CLI (aws) is not installed');
    expect(run.stdout).toBe('');
  });
});
