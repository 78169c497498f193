// Check: does the copy's retention fit the destination vault's lock? (knowledge file, section 2)
//
// A vault with AWS Backup Vault Lock accepts only recovery points whose retention lies within MinRetentionDays ..
// MaxRetentionDays (from `aws backup describe-backup-vault`). Otherwise: "Copy job failed. The retention specified in
// the job is not within the range specified for the target Backup Vault." The copy's retention comes from the wizard
// answer `copyRetentionDays` (a number of days, or "never" for a copy that never expires), else from the pasted copy
// job's DestinationRecoveryPointLifecycle.DeleteAfterDays (newer describe-copy-job outputs carry it).
import { copyJobObjects, looseJsonValue } from '../inputs/copyJob';
import { outputLocation, readBackupVault, reportedMessage, type BackupVaultRead } from '../inputs/outputs';
import { copyJobRejections, pastedCopyJob } from '../inputs/rejections';
import { aws, literal, value } from '../core/shell';
import { isValue, vaultNameOfArn } from '../core/formats';
import type { CheckResult, Finding, Fix, Params } from '../types';
import { Commands, fixSummary, fact, factOrigin, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { unreadablePaste } from './pasteProblems';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'VAULT_LOCK_RETENTION_UNREADABLE',
  'VAULT_LOCK_RETENTION_REPORTED',
  'VAULT_LOCK_MESSAGE_CONTRADICTED',
  'VAULT_LOCK_RANGE_MISSING',
  'VAULT_LOCK_RANGE_NEEDED',
  'VAULT_NOT_LOCKED',
  'VAULT_LOCK_RANGE',
  'VAULT_LOCK_RETENTION_TOO_SHORT',
  'VAULT_LOCK_RETENTION_TOO_LONG',
  'VAULT_LOCK_RETENTION_NEVER_EXPIRES',
  'VAULT_LOCK_RETENTION_OK',
] as const;
const FIX_CODES = ['VAULT_LOCK_SET_RETENTION_RANGE', 'VAULT_LOCK_SET_RETENTION_MIN', 'VAULT_LOCK_SET_RETENTION_MAX', 'VAULT_LOCK_SET_RETENTION'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const vaultLockCheck = defineCheck({
  id: 'vault-lock',
  step: CHECK_STEPS['vault-lock'],
  factsUsed: ['destinationVaultName'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkVaultLock,
});

const ID = 'vault-lock' as const;

/** The copy's retention in days; Infinity for "never expires"; undefined when not given or not a number. */
export function copyRetention(answer: string | undefined): number | undefined {
  if (typeof answer !== 'string') return undefined;
  const a = answer.trim().toLowerCase();
  if (/^(never|forever|none|no expiry|indefinite(ly)?)$/.test(a)) return Infinity;
  const m = /^(\d+)\s*(d|days?)?$/.exec(a);
  return m ? Number(m[1]) : undefined;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const prop = (o: Obj, name: string): unknown => o[Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name];

/** DeleteAfterDays of the pasted copy job's destination lifecycle (the job readCopyJob picks), when it is a number. */
export function jobRetention(input: CheckInput): number | undefined {
  for (const key of ['copyJob', 'errorMessage'] as const) {
    const text = paste(input, key);
    if (!text) continue;
    let jobs: Obj[] = [];
    try {
      jobs = copyJobObjects(looseJsonValue(text));
    } catch {
      jobs = [];
    }
    const job = jobs.find((j) => String(prop(j, 'State') ?? '').toUpperCase() === 'FAILED') ?? jobs[0];
    if (!job) continue;
    const lifecycle = prop(job, 'DestinationRecoveryPointLifecycle');
    const days = isObj(lifecycle) ? prop(lifecycle, 'DeleteAfterDays') : undefined;
    if (typeof days === 'number' && Number.isInteger(days) && days > 0) return days;
    if (typeof days === 'string' && /^\s*\d+\s*$/.test(days)) return Number(days);
    return undefined;
  }
  return undefined;
}

function rangeParams(v: BackupVaultRead | undefined): Params {
  const p: Params = {};
  if (v?.minRetentionDays !== undefined) p.min = v.minRetentionDays;
  if (v?.maxRetentionDays !== undefined) p.max = v.maxRetentionDays;
  return p;
}

function suggestedDays(v: BackupVaultRead | undefined, retention: number | undefined): number | undefined {
  const min = v?.minRetentionDays;
  const max = v?.maxRetentionDays;
  if (retention !== undefined && min !== undefined && retention < min) return min;
  if (retention !== undefined && max !== undefined && retention > max) return max;
  return min ?? max;
}

/** The copy job fields start-copy-job is written from. */
const START_COPY_FIELDS = ['SourceRecoveryPointArn', 'SourceBackupVaultArn', 'DestinationBackupVaultArn', 'IamRoleArn'];

function buildFix(input: CheckInput, v: BackupVaultRead | undefined, retention: number | undefined): { fix: Fix; findings: Finding[]; needs: string[] } {
  const days = suggestedDays(v, retention);
  const commands = new Commands(input);
  const found = pastedCopyJob(input.session.pastes);
  const job = found?.job;
  const sourceVaultName = vaultNameOfArn(job?.sourceVaultArn);
  const region = fact(input, 'sourceRegion');
  // An on-demand copy with a lifecycle inside the range: exact when the copy job names everything (every field a valid
  // value of its kind; one that is not is reported, and the command left out).
  if (days !== undefined && found) commands.reject(copyJobRejections(input.session.pastes, START_COPY_FIELDS));
  if (days !== undefined && isValue('days', String(days)) && job?.sourceRecoveryPointArn && sourceVaultName && job.destinationVaultArn && job.iamRoleArn) {
    const from = found?.input ?? 'copyJob';
    const origin = (field: string) => ({ input: from, field });
    commands.add(
      aws(
        'backup',
        'start-copy-job',
        ['--recovery-point-arn', value('recoveryPointArn', job.sourceRecoveryPointArn, origin('SourceRecoveryPointArn'))],
        ['--source-backup-vault-name', value('vaultName', sourceVaultName, origin('SourceBackupVaultArn'))],
        ['--destination-backup-vault-arn', value('vaultArn', job.destinationVaultArn, origin('DestinationBackupVaultArn'))],
        ['--iam-role-arn', value('roleArn', job.iamRoleArn, origin('IamRoleArn'))],
        ['--lifecycle', literal(`DeleteAfterDays=${days}`)],
        region && ['--region', value('region', region, factOrigin(input, 'sourceRegion'))],
      ),
    );
  }
  const params: Params = { ...rangeParams(v) };
  if (days !== undefined) params.days = days;
  const code = fixCode(
    v?.minRetentionDays !== undefined && v.maxRetentionDays !== undefined ? 'VAULT_LOCK_SET_RETENTION_RANGE' : v?.minRetentionDays !== undefined ? 'VAULT_LOCK_SET_RETENTION_MIN' : v?.maxRetentionDays !== undefined ? 'VAULT_LOCK_SET_RETENTION_MAX' : 'VAULT_LOCK_SET_RETENTION',
  );
  const fix: Fix = {
    ...fixSummary(code),
    summaryParams: params,
    runIn: 'source account',
    runInAccount: 'source',
    documents: [],
    commands: commands.lines,
  };
  const account = fact(input, 'sourceAccountId');
  if (account) fix.accountId = account;
  if (region) fix.region = region;
  return { fix, findings: commands.findings(), needs: commands.needs() };
}

export function checkVaultLock(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  const vault = readBackupVault(paste(input, 'destinationVault'));
  const answer = input.session.answers?.copyRetentionDays;
  const retention = copyRetention(answer) ?? jobRetention(input);
  const reported = input.triage.some((m) => m.messageId === 'retention-out-of-range');
  const hasRange = vault !== undefined && (vault.minRetentionDays !== undefined || vault.maxRetentionDays !== undefined);
  const where = (key: string) => outputLocation('destinationVault', vault?.out, vault?.paths[key] ?? vault?.paths.Locked ?? []);

  if (typeof answer === 'string' && answer.trim() !== '' && copyRetention(answer) === undefined) {
    findings.push(finding('VAULT_LOCK_RETENTION_UNREADABLE', 'warning', { value: answer.trim() }));
  }

  // Pasted but not readable: say so, since the vault is asked for again below.
  const unreadable = vault ? undefined : unreadablePaste(input, 'destinationVault');
  if (unreadable) findings.push(unreadable);

  // The vault's range and the copy's retention, both known and fitting, are the evidence: a message saying otherwise is
  // from before a change (or about another vault). It does not block the copy; a person should look.
  const fits = hasRange && retention !== undefined && retention >= (vault.minRetentionDays ?? 1) && retention <= (vault.maxRetentionDays ?? Infinity);
  if (reported && fits) {
    findings.push(finding('VAULT_LOCK_RETENTION_REPORTED', 'warning', { message: reportedMessage(input.session.pastes) ?? exampleMessage(input, 'retention-out-of-range') }));
    findings.push(finding('VAULT_LOCK_MESSAGE_CONTRADICTED', 'warning', { vaultName: vault.name ?? '?', ...rangeParams(vault), min: vault.minRetentionDays ?? 1, max: vault.maxRetentionDays ?? '∞', retention: Number.isFinite(retention) ? retention : 'never' }, where(vault.minRetentionDays !== undefined ? 'MinRetentionDays' : 'MaxRetentionDays')));
    return result(ID, 'warn', findings);
  }
  if (reported) {
    findings.push(finding('VAULT_LOCK_RETENTION_REPORTED', 'error', { message: reportedMessage(input.session.pastes) ?? exampleMessage(input, 'retention-out-of-range') }));
    // The message decides; the vault's range only makes the fix exact. A pasted vault without one is another vault,
    // or was read before the lock was set: say so when asking for it again.
    if (!hasRange && vault) findings.push(finding('VAULT_LOCK_RANGE_MISSING', 'warning', { vaultName: vault.name ?? '?' }, where('Locked')));
    else if (!hasRange && !unreadable) findings.push(finding('VAULT_LOCK_RANGE_NEEDED', 'suggestion'));
    const built = buildFix(input, vault, retention);
    findings.push(...built.findings);
    return result(ID, 'fail', findings, { fix: built.fix, needs: [...(hasRange ? [] : ['destinationVault']), ...built.needs] });
  }

  if (!vault) return result(ID, 'unknown', findings, { needs: ['destinationVault'] });

  if (!hasRange) {
    if (vault.locked === true) {
      // Locked without a range in the output: the output is incomplete.
      findings.push(finding('VAULT_LOCK_RANGE_MISSING', 'warning', { vaultName: vault.name ?? '?' }, where('Locked')));
      return result(ID, 'unknown', findings, { needs: ['destinationVault'] });
    }
    findings.push(finding('VAULT_NOT_LOCKED', 'suggestion', { vaultName: vault.name ?? '?' }, where('Locked')));
    return result(ID, 'pass', findings);
  }

  const params: Params = { vaultName: vault.name ?? '?', ...rangeParams(vault) };
  const rangeKey = vault.minRetentionDays !== undefined ? 'MinRetentionDays' : 'MaxRetentionDays';
  if (retention === undefined) {
    findings.push(finding('VAULT_LOCK_RANGE', 'suggestion', { ...params, min: vault.minRetentionDays ?? 1, max: vault.maxRetentionDays ?? '∞' }, where(rangeKey)));
    return result(ID, 'unknown', findings, { needs: ['copyRetentionDays'] });
  }
  const min = vault.minRetentionDays ?? 1;
  const max = vault.maxRetentionDays ?? Infinity;
  const retentionParam = Number.isFinite(retention) ? retention : 'never';
  if (retention < min || retention > max) {
    const code = retention < min ? 'VAULT_LOCK_RETENTION_TOO_SHORT' : Number.isFinite(retention) ? 'VAULT_LOCK_RETENTION_TOO_LONG' : 'VAULT_LOCK_RETENTION_NEVER_EXPIRES';
    findings.push(finding(code, 'error', { ...params, min, max: Number.isFinite(max) ? max : '∞', retention: retentionParam }, where(retention < min ? 'MinRetentionDays' : 'MaxRetentionDays')));
    const built = buildFix(input, vault, Number.isFinite(retention) ? retention : Number.MAX_SAFE_INTEGER);
    findings.push(...built.findings);
    return result(ID, 'fail', findings, { fix: built.fix, needs: built.needs });
  }
  findings.push(finding('VAULT_LOCK_RETENTION_OK', 'suggestion', { ...params, min, max: Number.isFinite(max) ? max : '∞', retention: retentionParam }, where(rangeKey)));
  return result(ID, 'pass', findings);
}
