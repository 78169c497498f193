import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { PasteKey, Session } from '../types';
import { pack } from '../../test-support/pack';
import {
  DESTINATION,
  DESTINATION_KEY,
  DESTINATION_REGION,
  DESTINATION_VAULT,
  MANAGEMENT,
  OUTPUTS,
  ROLE,
  SOURCE,
  SOURCE_KEY,
  SOURCE_REGION,
  SOURCE_VAULT,
  type OutputName,
} from '../../test-support/outputs';
import { contextOf, fileRecognized, filingWarnings, pending, recognize, type Recognized, type RecognizeContext } from './recognize';

const KNOWN: RecognizeContext = {
  typed: { sourceAccountId: SOURCE, destinationAccountId: DESTINATION, sourceRegion: SOURCE_REGION, destinationRegion: DESTINATION_REGION, destinationVaultName: 'dr-central-vault' },
};

const one = (text: string, ctx: RecognizeContext = KNOWN): Recognized => {
  const { items } = recognize(text, ctx);
  expect(items).toHaveLength(1);
  return items[0] as Recognized;
};

const session = (pastes: Session['pastes'] = {}, facts: Session['facts'] = {}): Session => ({ format: 'copy-doctor/session', version: 1, facts, answers: {}, pastes });

// Every kind, with the facts of the copy known: [output, format, where it goes, what it asks, the account it names].
const TABLE: [OutputName, string, PasteKey | undefined, Recognized['ask'] | undefined, string | undefined][] = [
  ['describeCopyJob', 'describe-copy-job', 'copyJob', undefined, SOURCE],
  ['listCopyJobs', 'list-copy-jobs', 'copyJob', 'copy-job', SOURCE],
  ['copyJobEvent', 'copy-job-event', 'copyJob', undefined, SOURCE],
  ['errorMessage', 'error-message', 'errorMessage', undefined, undefined],
  ['getKeyPolicy', 'get-key-policy', 'sourceKeyPolicy', undefined, SOURCE],
  ['keyPolicy', 'key-policy', 'sourceKeyPolicy', undefined, SOURCE],
  ['sourceDescribeKey', 'describe-key', 'sourceKeyMetadata', undefined, SOURCE],
  ['destinationDescribeKey', 'describe-key', 'destinationKeyMetadata', undefined, DESTINATION],
  ['getVaultPolicy', 'get-vault-policy', 'destinationVaultPolicy', undefined, DESTINATION],
  ['describeBackupVault', 'describe-backup-vault', 'destinationVault', undefined, DESTINATION],
  ['globalSettings', 'global-settings', 'globalSettings', undefined, undefined],
  ['organization', 'describe-organization', 'sourceOrganization', 'side', undefined],
  ['effectiveTagPolicy', 'effective-policy', 'tagPolicy', undefined, SOURCE],
  ['tagPolicy', 'tag-policy', 'tagPolicy', undefined, undefined],
  ['ec2Tags', 'resource-tags', 'resourceTags', undefined, undefined],
  ['rdsTags', 'resource-tags', 'resourceTags', undefined, undefined],
  ['backupListTags', 'resource-tags', 'resourceTags', undefined, undefined],
  ['scp', 'scp', 'serviceControlPolicies', undefined, undefined],
  ['describeScp', 'describe-policy', 'serviceControlPolicies', undefined, MANAGEMENT],
  ['rcp', 'rcp', 'resourceControlPolicies', undefined, undefined],
  ['describeRcp', 'describe-policy', 'resourceControlPolicies', undefined, MANAGEMENT],
  ['regionSettings', 'region-settings', 'regionSettings', undefined, undefined],
  ['allowedImages', 'allowed-images', 'allowedImages', undefined, undefined],
  ['getRolePolicy', 'get-role-policy', 'copyRolePolicies', undefined, undefined],
  ['getPolicyVersion', 'get-policy-version', 'copyRolePolicies', undefined, undefined],
  ['authorizationDetails', 'authorization-details', 'copyRolePolicies', undefined, undefined],
  ['identityPolicy', 'identity-policy', 'copyRolePolicies', undefined, undefined],
  ['noVaultPolicy', 'cli-error', 'destinationVaultPolicy', undefined, undefined],
  ['notInOrganization', 'cli-error', 'sourceOrganization', 'side', undefined],
];

describe('recognize: one output of each kind', () => {
  it.each(TABLE)('%s is %s, filed as %s', (name, format, target, ask, account) => {
    const item = one(OUTPUTS[name]);
    expect(item.format).toBe(format);
    expect(item.kind).toBe('paste');
    expect(item.target).toBe(target);
    expect(item.ask).toBe(ask);
    expect(item.account?.id).toBe(account);
    // Nothing wrong with any of them: they all come from the right account.
    expect(item.warnings.filter((w) => w.level === 'hold')).toEqual([]);
    expect(item.start).toBe(0);
    expect(item.end).toBe(OUTPUTS[name].length);
  });

  it('says what cannot be filed, and why', () => {
    expect(one(OUTPUTS.startCopyJob)).toMatchObject({ kind: 'unknown', format: 'start-copy-job', reason: 'START_COPY_JOB' });
    expect(one(OUTPUTS.backupJobEvent)).toMatchObject({ kind: 'unknown', format: 'other-event', reason: 'OTHER_EVENT', reasonParams: { type: 'Backup Job State Change' } });
    expect(one(OUTPUTS.accessDenied)).toMatchObject({ kind: 'unknown', format: 'cli-error', reason: 'CLI_ERROR', reasonParams: { code: 'AccessDeniedException', operation: 'GetKeyPolicy' } });
    expect(one('{"BackupVaultList": []}')).toMatchObject({ kind: 'unknown', reason: 'LIST_BACKUP_VAULTS' });
    expect(one('{"EffectivePolicy": {"PolicyContent": "{}", "PolicyType": "BACKUP_POLICY"}}')).toMatchObject({ kind: 'unknown', reason: 'EFFECTIVE_POLICY_TYPE' });
    expect(one('Lorem ipsum dolor sit amet')).toMatchObject({ kind: 'unknown', format: 'text', reason: 'NOT_RECOGNISED' });
    expect(one('{"hello": [1, 2, 3]}')).toMatchObject({ kind: 'unknown', format: 'json' });
  });

  it('knows a session file and a bundle by their format field', () => {
    const s = one(OUTPUTS.session);
    expect(s).toMatchObject({ kind: 'session', format: 'session' });
    expect(s.session?.facts.sourceAccountId).toBe(SOURCE);
    const bad = one('{"format": "copy-doctor/session", "version": 7}');
    expect(bad.kind).toBe('session');
    expect(bad.warnings[0]).toMatchObject({ code: 'SESSION_INVALID', level: 'hold' });
    expect(one(OUTPUTS.bundle)).toMatchObject({ kind: 'bundle', bundle: { role: 'destination', accountId: DESTINATION, region: DESTINATION_REGION }, account: { id: DESTINATION, role: 'destination' }, warnings: [] });
  });

  it('names the IDs in each output', () => {
    const job = one(OUTPUTS.describeCopyJob);
    expect(job.ids.accounts).toEqual([SOURCE, DESTINATION]);
    expect(job.ids.regions).toEqual([SOURCE_REGION, DESTINATION_REGION]);
    expect(job.ids.vaultArns).toEqual([SOURCE_VAULT, DESTINATION_VAULT]);
    expect(job.ids.keyArns).toEqual([SOURCE_KEY, DESTINATION_KEY]);
    expect(job.ids.roleArns).toEqual([ROLE]);
    expect(one(OUTPUTS.describeBackupVault)).toMatchObject({ region: DESTINATION_REGION, vaultName: 'dr-central-vault' });
  });
});

describe('recognize: deciding source or destination', () => {
  it('asks which account a describe-key came from when nothing tells', () => {
    const item = one(OUTPUTS.sourceDescribeKey, {});
    expect(item).toMatchObject({ ask: 'side', reason: 'KEY_SIDE', choices: ['sourceKeyMetadata', 'destinationKeyMetadata'], account: { id: SOURCE } });
    // The key ARN the session already knows decides it.
    expect(one(OUTPUTS.destinationDescribeKey, { pasted: { destinationVaultKeyArn: DESTINATION_KEY } })).toMatchObject({ target: 'destinationKeyMetadata', confidence: 'high' });
    expect(one(OUTPUTS.destinationDescribeKey, { pasted: { destinationVaultKeyArn: DESTINATION_KEY } }).ask).toBeUndefined();
  });

  it('tells the two keys apart by their accounts when both are in one Region (a cross-account copy within a Region)', () => {
    const oneRegion: RecognizeContext = { typed: { sourceAccountId: SOURCE, destinationAccountId: DESTINATION, sourceRegion: 'eu-west-1', destinationRegion: 'eu-west-1' } };
    const inRegion = (text: string) => text.replaceAll(SOURCE_REGION, 'eu-west-1').replaceAll(DESTINATION_REGION, 'eu-west-1');
    expect(one(inRegion(OUTPUTS.sourceDescribeKey), oneRegion)).toMatchObject({ target: 'sourceKeyMetadata', confidence: 'high' });
    expect(one(inRegion(OUTPUTS.destinationDescribeKey), oneRegion)).toMatchObject({ target: 'destinationKeyMetadata', confidence: 'high' });
    // One account on both sides (a cross-Region copy): the Region tells.
    const oneAccount: RecognizeContext = { typed: { sourceAccountId: SOURCE, destinationAccountId: SOURCE, sourceRegion: SOURCE_REGION, destinationRegion: DESTINATION_REGION } };
    expect(one(OUTPUTS.destinationDescribeKey.replaceAll(DESTINATION, SOURCE), oneAccount)).toMatchObject({ target: 'destinationKeyMetadata' });
  });

  it('takes the accounts from a copy job in the same paste', () => {
    const { items } = recognize(`${OUTPUTS.destinationDescribeKey}\n${OUTPUTS.describeCopyJob}\n${OUTPUTS.sourceDescribeKey}`, {});
    expect(items.map((i) => i.target)).toEqual(['destinationKeyMetadata', 'copyJob', 'sourceKeyMetadata']);
    expect(items.every((i) => !i.ask)).toBe(true);
  });

  it('tells the AWS managed backup key by its description', () => {
    const awsBackup = OUTPUTS.destinationDescribeKey.replace('"DR vault key"', '"Default key that protects my backups when no other key is defined"').replace('"CUSTOMER"', '"AWS"');
    expect(one(awsBackup, {})).toMatchObject({ target: 'destinationKeyMetadata', confidence: 'medium' });
  });

  it('files a vault policy by its vault ARN: the source vault’s policy goes to the source vault (the wrong-direction case)', () => {
    const wrongDirection = OUTPUTS.getVaultPolicy.replace(DESTINATION_VAULT, SOURCE_VAULT).replace('dr-central-vault', 'prod-ebs-vault');
    expect(one(wrongDirection)).toMatchObject({ target: 'sourceVaultPolicy', confidence: 'high', account: { id: SOURCE, role: 'source' } });
  });

  it('files a bare vault policy by its contents when no ARN tells', () => {
    const deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'DenyCopies', Effect: 'Deny', Principal: '*', Action: ['backup:StartCopyJob', 'backup:CopyFromBackupVault'], Resource: '*' }] });
    expect(one(deny, {})).toMatchObject({ format: 'vault-policy', target: 'sourceVaultPolicy', confidence: 'medium' });
    const allow = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }] });
    expect(one(allow, {})).toMatchObject({ target: 'destinationVaultPolicy', confidence: 'medium' });
    const neither = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] });
    expect(one(neither, {})).toMatchObject({ ask: 'side', reason: 'VAULT_SIDE' });
  });

  it('knows the EFS automatic vault is a source vault', () => {
    const efs = JSON.stringify({ BackupVaultName: 'aws/efs/automatic-backup-vault', BackupVaultArn: `arn:aws:backup:${SOURCE_REGION}:${SOURCE}:backup-vault:aws/efs/automatic-backup-vault`, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['backup:DeleteBackupVault', 'backup:PutBackupVaultAccessPolicy', 'backup:DeleteRecoveryPoint', 'backup:StartCopyJob', 'backup:StartRestoreJob', 'backup:UpdateRecoveryPointLifecycle'], Resource: '*' }] }) });
    expect(one(efs, {})).toMatchObject({ target: 'sourceVaultPolicy' });
  });

  it('uses the command that printed a bare policy', () => {
    const bare = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: '*', Resource: '*' }] });
    expect(one(`$ aws kms get-key-policy --key-id ${SOURCE_KEY} --policy-name default --query Policy --output text\n${bare}`)).toMatchObject({ target: 'sourceKeyPolicy', confidence: 'high', command: expect.stringContaining('get-key-policy') });
    expect(one(`$ aws backup get-backup-vault-access-policy --backup-vault-name dr-central-vault --query Policy --output text\n${bare}`)).toMatchObject({ target: 'destinationVaultPolicy' });
  });

  it('decides an organization output by the caller identity before it, or a profile name; else asks', () => {
    const { items } = recognize(`${OUTPUTS.callerIdentityDestination}\n${OUTPUTS.organization}`, KNOWN);
    expect(items[0]).toMatchObject({ kind: 'identity', account: { id: DESTINATION, role: 'destination' } });
    expect(items[1]).toMatchObject({ target: 'destinationOrganization', confidence: 'high' });
    expect(items[1]?.ask).toBeUndefined();
    expect(one(`$ aws organizations describe-organization --profile dr-dest\n${OUTPUTS.organization}`)).toMatchObject({ target: 'destinationOrganization', confidence: 'medium' });
    // One box already filled: the other is offered first, but still asked.
    const asked = one(OUTPUTS.organization, { ...KNOWN, filled: ['sourceOrganization'] });
    expect(asked).toMatchObject({ ask: 'side', choices: ['destinationOrganization', 'sourceOrganization'] });
  });

  it('tells SCPs, RCPs and identity policies apart', () => {
    expect(one(JSON.stringify([{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, JSON.parse(OUTPUTS.scp)]))).toMatchObject({ target: 'serviceControlPolicies', confidence: 'high' });
    expect(one(JSON.stringify([JSON.parse(OUTPUTS.describeScp), JSON.parse(OUTPUTS.describeScp)]))).toMatchObject({ target: 'serviceControlPolicies', format: 'describe-policy' });
    expect(one(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }))).toMatchObject({ target: 'resourceControlPolicies' });
    expect(one(OUTPUTS.identityPolicy).choices).toEqual(['copyRolePolicies', 'serviceControlPolicies']);
  });
});

describe('recognize: wrong-account pastes are caught by their IDs', () => {
  it('a key policy whose owner is the destination account', () => {
    const destinationKeyPolicy = OUTPUTS.keyPolicy.replace(`arn:aws:iam::${SOURCE}:root`, 'OWNER').replace(`arn:aws:iam::${DESTINATION}:root`, `arn:aws:iam::${SOURCE}:root`).replace('OWNER', `arn:aws:iam::${DESTINATION}:root`);
    const item = one(destinationKeyPolicy);
    expect(item.target).toBe('sourceKeyPolicy');
    expect(item.account).toEqual({ id: DESTINATION, role: 'destination' });
    expect(item.warnings).toContainEqual({ code: 'WRONG_ACCOUNT', level: 'hold', params: { input: 'sourceKeyPolicy', expectedRole: 'source', expectedId: SOURCE, foundId: DESTINATION, foundRole: 'destination' } });
    expect(pending(item, undefined)).toBe('confirm');
    expect(pending(item, { target: 'sourceKeyPolicy' })).toBeUndefined();
  });

  it('a describe-key for a key in the destination account, filed as the source key', () => {
    const { items, context } = recognize(OUTPUTS.destinationDescribeKey, KNOWN);
    expect(items[0]?.target).toBe('destinationKeyMetadata');
    expect(filingWarnings(items[0] as Recognized, 'sourceKeyMetadata', context)).toEqual([
      { code: 'WRONG_ACCOUNT', level: 'hold', suggested: 'destinationKeyMetadata', params: { input: 'sourceKeyMetadata', expectedRole: 'source', expectedId: SOURCE, foundId: DESTINATION, foundRole: 'destination' } },
    ]);
    expect(filingWarnings(items[0] as Recognized, 'destinationKeyMetadata', context)).toEqual([]);
  });

  it('a vault output from the source account', () => {
    const sourceVault = OUTPUTS.describeBackupVault.replaceAll(DESTINATION_VAULT, SOURCE_VAULT).replace('"dr-central-vault"', '"prod-ebs-vault"');
    const item = one(sourceVault);
    expect(item.target).toBe('destinationVault');
    expect(item.warnings[0]).toMatchObject({ code: 'WRONG_ACCOUNT', params: { expectedRole: 'destination', foundId: SOURCE, foundRole: 'source' } });
  });

  it('a vault of the destination account other than the copy’s', () => {
    const other = OUTPUTS.describeBackupVault.replaceAll('dr-central-vault', 'old-vault');
    expect(one(other).warnings[0]).toMatchObject({ code: 'OTHER_VAULT', params: { expectedName: 'dr-central-vault', foundName: 'old-vault' } });
  });

  it('a key from a third account', () => {
    const third = OUTPUTS.sourceDescribeKey.replaceAll(SOURCE, '567890123456');
    const item = one(third);
    expect(item).toMatchObject({ ask: 'side', account: { id: '567890123456', role: 'other' } });
    expect(item.warnings[0]).toMatchObject({ code: 'WRONG_ACCOUNT', params: { foundRole: 'other' } });
  });

  it('an output without IDs, after a get-caller-identity of the other account', () => {
    const { items } = recognize(`$ aws sts get-caller-identity\n${OUTPUTS.callerIdentityDestination}\n$ aws backup describe-region-settings\n${OUTPUTS.regionSettings}`, KNOWN);
    expect(items[1]).toMatchObject({ target: 'regionSettings', account: { id: DESTINATION, role: 'destination' } });
    expect(items[1]?.warnings[0]).toMatchObject({ code: 'WRONG_ACCOUNT', params: { input: 'regionSettings', expectedRole: 'source' } });
  });

  it('a Region other than the copy’s', () => {
    const item = one(`$ aws ec2 get-allowed-images-settings --region eu-west-1\n${OUTPUTS.allowedImages}`);
    expect(item.warnings[0]).toMatchObject({ code: 'WRONG_REGION', params: { input: 'allowedImages', expectedRegion: DESTINATION_REGION, foundRegion: 'eu-west-1' } });
  });

  it('a bundle from another account than its role’s', () => {
    const bundle = OUTPUTS.bundle.replace(`"accountId": "${DESTINATION}"`, `"accountId": "${SOURCE}"`);
    expect(one(bundle).warnings[0]).toMatchObject({ code: 'WRONG_ACCOUNT', params: { input: 'bundle', expectedRole: 'destination', expectedId: DESTINATION, foundId: SOURCE, foundRole: 'source' } });
  });

  it('a copy job for another copy than the one the user typed', () => {
    const item = one(OUTPUTS.describeCopyJob, { typed: { destinationAccountId: '567890123456' } });
    expect(item.warnings[0]).toMatchObject({ code: 'OTHER_COPY', params: { fact: 'destinationAccountId', given: '567890123456', pasted: DESTINATION } });
  });

  it('IAM outputs of another role than the copy job’s', () => {
    const ctx = { ...KNOWN, copyRoleArn: `arn:aws:iam::${SOURCE}:role/backup-copier` };
    expect(one(OUTPUTS.getRolePolicy, ctx).warnings[0]).toMatchObject({ code: 'OTHER_ROLE', params: { roles: 'AWSBackupDefaultServiceRole', copyRole: 'backup-copier' } });
    expect(one(OUTPUTS.authorizationDetails, ctx).warnings[0]).toMatchObject({ code: 'ROLE_NOT_IN_DETAILS', params: { wanted: 'backup-copier' } });
    expect(one(OUTPUTS.getRolePolicy, { ...KNOWN, copyRoleArn: ROLE }).warnings).toEqual([]);
  });

  it('AWS’s own sample event, whose account ID has 13 digits', () => {
    const sample = OUTPUTS.copyJobEvent.replaceAll(SOURCE, '1112233445566').replaceAll(DESTINATION, '1112233445566');
    const item = one(sample, {});
    expect(item).toMatchObject({ target: 'copyJob', format: 'copy-job-event' });
    expect(item.account).toBeUndefined();
    expect(item.warnings).toContainEqual({ code: 'BAD_ACCOUNT_ID', params: { id: '1112233445566' }, level: 'info' });
  });
});

const PROMPT = '[cloudshell-user@ip-10-130-45-7 ~]$ ';
const BANNER = 'Preparing your terminal...\nTry these commands to get started:\naws help  or  aws <command> help  or  aws <command> --cli-auto-prompt\n\n';

describe('recognize: several outputs pasted together', () => {
  it('splits a CloudShell session: banner, prompts, commands, outputs and an error', () => {
    const text =
      BANNER +
      `${PROMPT}aws backup describe-copy-job --copy-job-id D2D7E0A6-8E2B-4F1C-9A3E-1B2C3D4E5F60\n${OUTPUTS.describeCopyJob}\n` +
      `${PROMPT}aws kms get-key-policy \\\n    --key-id ${SOURCE_KEY} \\\n    --policy-name default\n${OUTPUTS.getKeyPolicy}\n` +
      `${PROMPT}aws backup get-backup-vault-access-policy --backup-vault-name dr-central-vault --profile dest\n${OUTPUTS.noVaultPolicy}\n\n` +
      `${PROMPT}aws backup describe-backup-vault --backup-vault-name dr-central-vault --profile dest\n${OUTPUTS.describeBackupVault}\n${PROMPT}`;
    const { items } = recognize(text, {});
    expect(items.map((i) => [i.format, i.target])).toEqual([
      ['describe-copy-job', 'copyJob'],
      ['get-key-policy', 'sourceKeyPolicy'],
      ['cli-error', 'destinationVaultPolicy'],
      ['describe-backup-vault', 'destinationVault'],
    ]);
    expect(items[1]?.command).toBe(`aws kms get-key-policy --key-id ${SOURCE_KEY} --policy-name default`);
    for (const it of items) expect(text.slice(it.start, it.end)).toBe(it.text);
    expect(items.every((i) => i.warnings.length === 0)).toBe(true);
  });

  it('splits PowerShell prompts, Markdown fences, outputs with no blank line between, and two on one line', () => {
    const text =
      '```\nPS C:\\Users\\ops> aws backup describe-global-settings\n' +
      OUTPUTS.globalSettings +
      '\nPS C:\\Users\\ops> aws backup describe-region-settings --region ap-northeast-1\n' +
      OUTPUTS.regionSettings +
      '\n```\n' +
      '{"State": "enabled", "ImageCriteria": [{"ImageProviders": ["amazon"]}], "ManagedBy": "account"}{"Tags": {"CostCenter": "CC-4420"}}\n' +
      OUTPUTS.errorMessage;
    const { items } = recognize(text, KNOWN);
    expect(items.map((i) => i.target)).toEqual(['globalSettings', 'regionSettings', 'allowedImages', 'resourceTags', 'errorMessage']);
    expect(items[1]?.region).toBe('ap-northeast-1');
  });

  it('keeps text after a document on its line with it (get-key-policy --output text)', () => {
    const text = `$ aws kms get-key-policy --key-id ${SOURCE_KEY} --policy-name default --output text\n${OUTPUTS.keyPolicy}\tdefault\n`;
    const item = one(text);
    expect(item.text.endsWith('\tdefault')).toBe(true);
    expect(item.target).toBe('sourceKeyPolicy');
  });

  it('ends a document that was cut off at the next prompt', () => {
    const cut = OUTPUTS.describeBackupVault.slice(0, 200);
    const { items } = recognize(`${cut}\n$ aws backup describe-global-settings\n${OUTPUTS.globalSettings}`, KNOWN);
    expect(items.map((i) => i.target)).toEqual(['destinationVault', 'globalSettings']);
    expect(items[1]?.command).toBe('aws backup describe-global-settings');
  });

  it('every output of every kind, each after its prompt, comes back in order', () => {
    const names = Object.keys(OUTPUTS) as OutputName[];
    const text = names.map((n) => `${PROMPT}aws example ${n}\n${OUTPUTS[n]}\n`).join('\n');
    const { items } = recognize(text, KNOWN);
    expect(items).toHaveLength(names.length);
    items.forEach((it, i) => expect(it.command).toBe(`aws example ${names[i]}`));
  });

  it('a later output for the same place replaces an earlier one, and says so', () => {
    const { items } = recognize(`${OUTPUTS.globalSettings}\n${OUTPUTS.globalSettings.replace('"true"', '"false"')}`, KNOWN);
    expect(items[0]?.warnings).toEqual([{ code: 'SAME_TARGET', params: { input: 'globalSettings' }, level: 'info' }]);
    expect(items[1]?.warnings).toEqual([]);
  });
});

describe('recognize: a list of copy jobs', () => {
  it('offers every failed job, newest first, and files the chosen one alone', () => {
    const item = one(OUTPUTS.listCopyJobs);
    expect(item.ask).toBe('copy-job');
    expect(item.copyJobs?.map((c) => c.copyJobId)).toEqual(['6A1B2C3D-0000-4000-8000-000000000003', '6A1B2C3D-0000-4000-8000-000000000002']);
    expect(item.copyJob).toBe(2);
    const second = item.copyJobs?.[1];
    expect(JSON.parse(second!.text)).toMatchObject({ CopyJobId: '6A1B2C3D-0000-4000-8000-000000000002', StatusMessage: 'Access Denied trying to call AWS Backup service' });
    expect(second!.text.split('\n')[1]).toMatch(/^ {4}"AccountId"/); // dedented to the job's own level
    const { session: s } = fileRecognized(session(), [item], { 0: { copyJob: 1 } });
    expect(JSON.parse(s.pastes.copyJob!).CopyJobId).toBe('6A1B2C3D-0000-4000-8000-000000000002');
    // Without a choice the newest failed job is filed.
    expect(JSON.parse(fileRecognized(session(), [item]).session.pastes.copyJob!).CopyJobId).toBe('6A1B2C3D-0000-4000-8000-000000000003');
  });

  it('says when no job of the list failed', () => {
    const ok = OUTPUTS.listCopyJobs.replaceAll('"FAILED"', '"COMPLETED"');
    expect(one(ok).warnings[0]).toMatchObject({ code: 'NO_FAILED_COPY_JOB', params: { count: 3 } });
  });
});

describe('fileRecognized', () => {
  it('files what is decided, waits for what is not, and combines policy lists', () => {
    const text = [OUTPUTS.describeCopyJob, OUTPUTS.describeScp, OUTPUTS.scp, OUTPUTS.organization, OUTPUTS.keyPolicy].join('\n');
    const { items } = recognize(text, {});
    const before = session({ sourceKeyPolicy: '{"Version": "2012-10-17", "Statement": []}' });
    const { session: s, filed, waiting } = fileRecognized(before, items, {});
    expect(waiting).toEqual([3]); // the organization output: which account?
    expect(filed.map((f) => [f.key, f.items, f.replaced])).toEqual([
      ['copyJob', [0], false],
      ['serviceControlPolicies', [1, 2], false],
      ['sourceKeyPolicy', [4], true],
    ]);
    expect(JSON.parse(s.pastes.serviceControlPolicies!)).toHaveLength(2);
    const again = fileRecognized(s, items, { 3: { target: 'destinationOrganization' } });
    expect(again.waiting).toEqual([]);
    expect(again.session.pastes.destinationOrganization).toBe(OUTPUTS.organization);
    expect(fileRecognized(s, items, { 3: { target: 'skip' } }).waiting).toEqual([]);
  });

  it('gives a session the checks can read: three pastes decide their checks', () => {
    const text = `${OUTPUTS.describeCopyJob}\n${OUTPUTS.getKeyPolicy}\n${OUTPUTS.getVaultPolicy}`;
    const { items } = recognize(text, {});
    const { session: s } = fileRecognized(session(), items);
    const d = diagnose(s, pack);
    const status = (id: string) => d.checks.find((c) => c.id === id)?.status;
    expect(d.facts.sourceAccountId?.value).toBe(SOURCE);
    expect(status('source-key-policy')).not.toBe('unknown');
    expect(status('destination-vault-policy')).not.toBe('unknown');
  });
});

describe('contextOf', () => {
  it('reads what a session knows: typed and pasted facts, the copy role, the management account, the filled pastes', () => {
    const s = session({ copyJob: OUTPUTS.describeCopyJob, sourceOrganization: OUTPUTS.organization }, { destinationRegion: DESTINATION_REGION });
    const ctx = contextOf(s);
    expect(ctx.typed).toEqual({ destinationRegion: DESTINATION_REGION });
    expect(ctx.pasted).toMatchObject({ sourceAccountId: SOURCE, destinationAccountId: DESTINATION, sourceRegion: SOURCE_REGION });
    expect(ctx.copyRoleArn).toBe(ROLE);
    expect(ctx.managementAccountId).toBe(MANAGEMENT);
    expect(ctx.filled).toEqual(['copyJob', 'sourceOrganization']);
    // A later organization output is offered for the box still empty.
    expect(recognize(OUTPUTS.organization, ctx).items[0]?.choices[0]).toBe('destinationOrganization');
  });
});

describe('recognize: robustness and speed', () => {
  it('never throws, whatever is pasted', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...Object.values(OUTPUTS)),
      fc.constantFrom(PROMPT, '$ aws backup list-copy-jobs\n', 'PS> ', '```', '\n\n', '{', '}', '[', '"', '“', '\\', '/*', '//'),
      fc.string(),
      fc.json(),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('\n');
        const { items } = recognize(text, KNOWN);
        for (const it of items) {
          expect(it.start).toBeGreaterThanOrEqual(0);
          expect(it.end).toBeLessThanOrEqual(text.length);
          expect(it.start).toBeLessThanOrEqual(it.end);
        }
        expect(() => fileRecognized(session(), items)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 100 KB paste in well under 50 ms', () => {
    const names = Object.keys(OUTPUTS) as OutputName[];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) {
      const n = names[i % names.length] as OutputName;
      text += `${PROMPT}aws example ${n}\n${OUTPUTS[n]}\n`;
    }
    recognize(text, KNOWN); // warm up
    // CPU time, the best of seven: steady on a busy machine, and still far above 50 ms if the work grew tenfold.
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const c0 = process.cpuUsage();
      recognize(text, KNOWN);
      const c = process.cpuUsage(c0);
      runs.push((c.user + c.system) / 1000);
    }
    expect(Math.min(...runs)).toBeLessThan(50);
    expect(recognize(text, KNOWN).items.length).toBeGreaterThan(100);
  });
});
