import { describe, expect, it } from 'vitest';
import { checkInput, pack } from '../../test-support/pack';
import type { Facts } from '../types';
import { expectOneAwsCall } from '../../test-support/shellWords';
import { checkResourceSupport } from './resourceSupport';
import { findResource } from '../knowledge/schema';
import { t } from '../../i18n';
import { findingMarkdown } from '../report/markdown';

const input = checkInput;

const accounts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234' };
const f = (resourceType: string, sourceRegion: string, destinationRegion: string, more: Facts = accounts): Facts => ({ ...more, resourceType, sourceRegion, destinationRegion });
const codes = (r: { findings: { code: string }[] }) => r.findings.map((x) => x.code);
const matrixDate = pack.files.resources.checkedOn;

const rdsJob = `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B",
        "SourceBackupVaultArn": "arn:aws:backup:us-west-2:210987654321:backup-vault:prod-vault",
        "SourceRecoveryPointArn": "arn:aws:rds:us-west-2:210987654321:snapshot:awsbackup:job-1a2b3c4d",
        "DestinationBackupVaultArn": "arn:aws:backup:us-east-1:345678901234:backup-vault:central-vault",
        "ResourceArn": "arn:aws:rds:us-west-2:210987654321:db:orders-db",
        "CreationDate": "2025-06-02T03:15:00.000000+00:00",
        "State": "FAILED",
        "StatusMessage": "Copy job from us-west-2 to us-east-1 cannot be initiated for RDS resources. Feature is not supported for provided resource type.",
        "IamRoleArn": "arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole",
        "ResourceType": "RDS",
        "MessageCategory": "UNSUPPORTED_OPERATION"
    }
}`;

describe('checkResourceSupport: the current table, not the old article', () => {
  it('does NOT report RDS cross-account + cross-Region as unsupported; warns with the history note and the two-hop workaround', () => {
    const r = checkResourceSupport(input({ pastes: { errorMessage: rdsJob, copyJob: rdsJob } }));
    expect(r.status).toBe('warn');
    expect(codes(r)).not.toContain('COPY_REPORTED_UNSUPPORTED');
    expect(codes(r)).not.toContain('COPY_NOT_SUPPORTED_FOR_TYPE');
    const note = r.findings.find((x) => x.code === 'COPY_SINGLE_ACTION_NOW_SUPPORTED');
    expect(note?.params).toMatchObject({ resourceType: 'RDS', changed: '2025-11', checkedOn: matrixDate });
    expect(String(note?.params?.source)).toMatch(/^https:\/\//);
    expect(note?.params?.message).toMatch(/Feature is not supported/);
    expect(r.fix?.summaryCode).toBe('COPY_TWO_HOP');
    expect(r.fix?.commands).toEqual([]);
  });

  it.each(['Aurora', 'DocumentDB', 'Neptune'])('%s with the old message is a warning too', (type) => {
    const msg = `Copy job from eu-central-1 to eu-west-1 cannot be initiated for ${type} resources. Feature is not supported for provided resource type.`;
    const r = checkResourceSupport(input({ facts: accounts, pastes: { errorMessage: msg } }));
    expect(r.status).toBe('warn');
    expect(codes(r)).toContain('COPY_SINGLE_ACTION_NOW_SUPPORTED');
  });

  it('passes RDS cross-account + cross-Region without a message, citing the table', () => {
    const r = checkResourceSupport(input({ facts: f('RDS', 'us-west-2', 'us-east-1') }));
    expect(r.status).toBe('pass');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_SUPPORTED', params: { resourceType: 'RDS', checkedOn: matrixDate } });
  });

  it('fails other types when AWS said not supported though the table allows it', () => {
    const msg = 'Copy job from us-east-1 to eu-west-1 cannot be initiated for EBS resources. Feature is not supported for provided resource type.';
    const r = checkResourceSupport(input({ facts: accounts, pastes: { errorMessage: msg } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('COPY_REPORTED_UNSUPPORTED');
  });

  it('fails an RDS Multi-AZ DB cluster (no copy at all)', () => {
    const job = rdsJob.replace('"StatusMessage": "Copy job from us-west-2 to us-east-1 cannot be initiated for RDS resources. Feature is not supported for provided resource type.",', '').replace(':db:orders-db', ':cluster:orders-maz');
    const r = checkResourceSupport(input({ pastes: { copyJob: job } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('COPY_SUBTYPE_NOT_SUPPORTED');
  });
});

describe('checkResourceSupport: partitions and Regions from the pack', () => {
  it('fails across partitions', () => {
    const r = checkResourceSupport(input({ facts: f('EBS', 'us-east-1', 'cn-north-1') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_CROSS_PARTITION', params: { sourcePartition: 'aws', destinationPartition: 'aws-cn', checkedOn: pack.files.regions.checkedOn } });
    expect(r.fix?.summaryCode).toBe('COPY_CHOOSE_SUPPORTED_TARGET');
  });

  it('passes the China pair and the GovCloud pair', () => {
    expect(checkResourceSupport(input({ facts: f('EBS', 'cn-north-1', 'cn-northwest-1') })).status).toBe('pass');
    expect(checkResourceSupport(input({ facts: f('EFS', 'us-gov-west-1', 'us-gov-east-1') })).status).toBe('pass');
  });

  it('fails S3 cross-account in China Regions', () => {
    const r = checkResourceSupport(input({ facts: f('S3', 'cn-north-1', 'cn-northwest-1') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_ACCOUNT_IN_REGION', params: { region: 'cn-north-1' } });
  });

  it('fails Neptune cross-account into an opt-in Region, passes it within one account', () => {
    const r = checkResourceSupport(input({ facts: f('Neptune', 'eu-west-1', 'af-south-1') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_ACCOUNT_OPT_IN', params: { region: 'af-south-1', resourceType: 'Neptune' } });
    const same = checkResourceSupport(input({ facts: f('Neptune', 'eu-west-1', 'af-south-1', { sourceAccountId: '210987654321', destinationAccountId: '210987654321' }) }));
    expect(same.status).toBe('pass');
  });

  it('asks for the accounts when only a cross-account limit could apply', () => {
    const r = checkResourceSupport(input({ facts: { resourceType: 'Timestream', sourceRegion: 'eu-west-1', destinationRegion: 'il-central-1' } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceAccountId', 'destinationAccountId']);
  });

  it('fails FSx cross-Region out of me-south-1', () => {
    const r = checkResourceSupport(input({ facts: f('FSx', 'me-south-1', 'eu-west-1') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_REGION_IN_REGION', params: { region: 'me-south-1' } });
  });

  it('notes the ONTAP limit as a suggestion when the Region is listed', () => {
    const r = checkResourceSupport(input({ facts: f('FSx', 'ap-southeast-2', 'ap-southeast-6') }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toContain('COPY_SUBTYPE_REGION_LIMIT');
  });
});

describe('checkResourceSupport: types', () => {
  it('fails a type with no copy at all', () => {
    const r = checkResourceSupport(input({ facts: f('Redshift', 'us-east-1', 'us-east-2') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NOT_SUPPORTED_FOR_TYPE', params: { resourceType: 'Redshift', checkedOn: matrixDate } });
  });

  it('fails CloudFormation cross-account and shows the conflict between sources', () => {
    const r = checkResourceSupport(input({ facts: f('CloudFormation', 'us-east-1', 'us-east-1') }));
    expect(r.status).toBe('fail');
    expect(codes(r)[0]).toBe('COPY_NO_CROSS_ACCOUNT_FOR_TYPE');
    expect(codes(r)).toContain('RESOURCE_TABLE_CONFLICT');
    expect(codes(checkResourceSupport(input({ facts: f('RDS', 'us-east-1', 'eu-west-1') })))).toEqual(['COPY_SUPPORTED', 'COPY_SUBTYPE_LIMIT']);
  });

  it('DynamoDB: advanced features no -> fail with the exact command, yes -> pass, unanswered -> unknown', () => {
    const no = checkResourceSupport(input({ facts: f('DynamoDB', 'eu-west-1', 'eu-central-1'), answers: { advancedFeatures: 'no' } }));
    expect(no.status).toBe('fail');
    expect(no.fix?.commands[0]).toBe('aws backup update-region-settings --resource-type-opt-in-preference DynamoDB=true --resource-type-management-preference DynamoDB=true --region eu-west-1');
    expect(no.fix).toMatchObject({ runIn: 'source account', accountId: '210987654321', region: 'eu-west-1' });
    expect(checkResourceSupport(input({ facts: f('DynamoDB', 'eu-west-1', 'eu-central-1'), answers: { advancedFeatures: 'yes' } })).status).toBe('pass');
    const unsure = checkResourceSupport(input({ facts: f('DynamoDB', 'eu-west-1', 'eu-central-1'), answers: { advancedFeatures: 'not-sure' } }));
    expect(unsure).toMatchObject({ status: 'unknown', needs: ['advancedFeatures'] });
  });

  it('finds the type by alias, case-insensitively', () => {
    expect(checkResourceSupport(input({ facts: f('amazon efs', 'us-east-1', 'eu-west-1') })).status).toBe('pass');
  });

  it('is unknown for a type the table does not know', () => {
    const r = checkResourceSupport(input({ facts: f('Quantum Ledger', 'us-east-1', 'eu-west-1') }));
    expect(r.status).toBe('unknown');
    expect(codes(r)).toEqual(['RESOURCE_TYPE_NOT_IN_TABLE']);
  });
});

describe('checkResourceSupport: recovery point kind and missing input', () => {
  it('warns for continuous backups and fails for cold storage', () => {
    const cont = checkResourceSupport(input({ facts: f('RDS', 'us-east-1', 'eu-west-1'), answers: { recoveryPointKind: 'continuous' } }));
    expect(cont.status).toBe('warn');
    expect(codes(cont)).toContain('COPY_CONTINUOUS_BECOMES_SNAPSHOT');
    const cold = checkResourceSupport(input({ facts: f('EFS', 'us-east-1', 'eu-west-1'), answers: { recoveryPointKind: 'cold' } }));
    expect(cold.status).toBe('fail');
    expect(cold.fix?.summaryCode).toBe('COPY_COLD_STORAGE');
    expect(checkResourceSupport(input({ facts: f('EFS', 'us-east-1', 'eu-west-1'), answers: { recoveryPointKind: 'snapshot' } })).status).toBe('pass');
  });

  it('is unknown without the resource type or the Regions', () => {
    const r = checkResourceSupport(input({ facts: { sourceRegion: 'us-east-1' } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['resourceType', 'destinationRegion']);
  });

  it('is unknown without the knowledge pack', () => {
    const i = input({ facts: f('EBS', 'us-east-1', 'eu-west-1') });
    expect(checkResourceSupport({ ...i, knowledge: undefined })).toMatchObject({ status: 'unknown', needs: ['knowledge'] });
  });

  it('fails Marketplace AMIs, Allowed AMIs and missing option groups from their messages', () => {
    expect(checkResourceSupport(input({ facts: f('EC2', 'us-east-1', 'us-east-1'), pastes: { errorMessage: 'Images from AWS Marketplace cannot be copied to another AWS account.' } })).fix?.summaryCode).toBe('COPY_MARKETPLACE_AMI');
    const ami = checkResourceSupport(input({ facts: f('EC2', 'us-east-1', 'eu-west-1'), pastes: { errorMessage: 'Source AMI not found in Region' } }));
    expect(ami.status).toBe('fail');
    expect(ami.fix).toMatchObject({ runIn: 'destination account', region: 'eu-west-1', summaryCode: 'COPY_ALLOW_SOURCE_AMIS' });
    const og = checkResourceSupport(input({ facts: f('RDS', 'us-east-1', 'eu-west-1'), pastes: { errorMessage: 'The snapshot requires a target option group with the following options: TDE.' } }));
    expect(og.findings[0]).toMatchObject({ code: 'COPY_OPTION_GROUP_MISSING', params: { options: 'TDE' } });
  });
});

// ---- a message that decides the check: never ask for what the session already has

import { diagnose } from '../diagnose';
import type { CheckResult, Session } from '../types';

/** A DynamoDB copy job as `aws backup describe-copy-job` prints it when advanced features are off in the source Region. */
const dynamoJob = `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "0f6c2b7e-41d3-4a9e-b58c-2e7d9a13f4c6",
        "SourceBackupVaultArn": "arn:aws:backup:us-east-1:210987654321:backup-vault:dynamodb-nightly",
        "SourceRecoveryPointArn": "arn:aws:dynamodb:us-east-1:210987654321:table/orders/backup/01733011200000-5d2f8c1a",
        "DestinationBackupVaultArn": "arn:aws:backup:us-west-2:345678901234:backup-vault:dr-vault",
        "ResourceArn": "arn:aws:dynamodb:us-east-1:210987654321:table/orders",
        "CreationDate": "2026-11-30T02:00:37.118000+00:00",
        "CompletionDate": "2026-11-30T02:01:02.904000+00:00",
        "State": "FAILED",
        "StatusMessage": "Copy job from us-east-1 to us-west-2 cannot be initiated for DynamoDB resources. Feature is not supported for provided resource type.",
        "BackupSizeInBytes": 0,
        "IamRoleArn": "arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole",
        "ResourceType": "DynamoDB",
        "MessageCategory": "UNSUPPORTED_OPERATION"
    }
}`;

const session = (s: Partial<Session>): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {}, ...s });
const diagnosed = (s: Partial<Session>): CheckResult => diagnose(session(s), pack).checks.find((c) => c.id === 'resource-support')!;

describe('checkResourceSupport: DynamoDB and "Feature is not supported for provided resource type"', () => {
  it('fails from the copy job alone: the message plus DynamoDB decide, nothing is asked for', () => {
    const r = diagnosed({ pastes: { copyJob: dynamoJob } });
    expect(r.status).toBe('fail');
    expect(r.needs).toBeUndefined();
    expect(codes(r)).toEqual(['DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF']);
    expect(r.findings[0]!.params).toMatchObject({ resourceType: 'DynamoDB', checkedOn: matrixDate, message: expect.stringMatching(/^Copy job from us-east-1 to us-west-2 .*Feature is not supported/) });
    expect(r.fix).toMatchObject({ summaryCode: 'DYNAMODB_ENABLE_ADVANCED_FEATURES', runIn: 'source account', runInAccount: 'source', accountId: '210987654321', region: 'us-east-1' });
    // Both preferences, in the source Region (update-region-settings takes maps: --flag KEY=true).
    expect(r.fix?.commands).toEqual([
      'aws backup update-region-settings --resource-type-opt-in-preference DynamoDB=true --resource-type-management-preference DynamoDB=true --region us-east-1',
      'aws backup describe-region-settings --region us-east-1',
    ]);
  });

  it('fails on the bare message when the type and both Regions are typed in, without asking for them again', () => {
    const facts = f('DynamoDB', 'us-east-1', 'us-west-2');
    const r = checkResourceSupport(input({ facts, pastes: { errorMessage: 'Feature is not supported for provided resource type.' } }));
    expect(r.status).toBe('fail');
    expect(r.needs ?? []).toEqual([]);
    expect(codes(r)).not.toContain('COPY_REPORTED_UNSUPPORTED_UNDECIDED');
    expect(codes(r)).not.toContain('DYNAMODB_ADVANCED_FEATURES_NEEDED');
    expect(r.fix?.commands[0]).toContain('--region us-east-1');
  });

  it('still fails when the user answered that advanced features are on, and says what else to check', () => {
    const r = diagnosed({ pastes: { copyJob: dynamoJob }, answers: { advancedFeatures: 'yes' } });
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF', 'DYNAMODB_ADVANCED_FEATURES_ANSWER_CONTRADICTED']);
  });

  it('without the message, a DynamoDB copy still depends on the answer, and asks only for it', () => {
    const r = checkResourceSupport(input({ facts: f('DynamoDB', 'us-east-1', 'us-west-2') }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['advancedFeatures'] });
  });
});

describe('checkResourceSupport: other messages that decide', () => {
  it('a cross-account limit of the table explains "Feature is not supported" even when the accounts are not typed in', () => {
    const message = 'Copy job from eu-west-1 to il-central-1 cannot be initiated for Timestream resources. Feature is not supported for provided resource type.';
    const r = checkResourceSupport(input({ pastes: { errorMessage: message } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_ACCOUNT_OPT_IN', params: { resourceType: 'Timestream', region: 'il-central-1' } });
    expect(r.needs ?? []).toEqual([]);
    // Without the message the same facts leave the accounts open: the copy might stay in one account.
    expect(checkResourceSupport(input({ facts: { resourceType: 'Timestream', sourceRegion: 'eu-west-1', destinationRegion: 'il-central-1' } }))).toMatchObject({
      status: 'unknown',
      needs: ['sourceAccountId', 'destinationAccountId'],
    });
  });

  it('asks for a resource type the table does not know, and points the finding at that fact', () => {
    const r = checkResourceSupport(input({ facts: f('EBS snapshot', 'us-east-1', 'eu-west-1'), pastes: { errorMessage: 'Feature is not supported for provided resource type.' } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['resourceType'] });
    expect(r.findings.find((x) => x.code === 'RESOURCE_TYPE_NOT_IN_TABLE')?.location).toEqual({ input: 'facts', path: ['resourceType'] });
  });
});

describe('checkResourceSupport: the 2026 rows (partitions, ONTAP, China, opt-in Regions, both claims of a conflict)', () => {
  const same = { sourceAccountId: '210987654321', destinationAccountId: '210987654321' };

  it('fails a cross-account copy in the European Sovereign Cloud, with the partition row and its source', () => {
    const r = checkResourceSupport(input({ facts: f('EBS', 'eusc-de-east-1', 'eusc-de-east-1') }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_ACCOUNT_IN_PARTITION', params: { partition: 'aws-eusc', region: 'eusc-de-east-1', since: '2026-01-15' } });
    expect(String(r.findings[0]?.params?.source)).toMatch(/backup-feature-availability/);
    expect(r.findings[0]?.params?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(codes(r)).not.toContain('COPY_SUPPORTED');
  });

  it('fails a cross-Region copy inside the European Sovereign Cloud, and asks for the accounts before judging a cross-account one', () => {
    const r = checkResourceSupport(input({ facts: f('EBS', 'eusc-de-east-1', 'eusc-de-west-1', same) }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('COPY_NO_CROSS_REGION_IN_PARTITION');
    expect(codes(r)).not.toContain('COPY_CROSS_PARTITION');
    const unknown = checkResourceSupport(input({ facts: { resourceType: 'EBS', sourceRegion: 'eusc-de-east-1', destinationRegion: 'eusc-de-east-1' } }));
    expect(unknown.status).toBe('unknown');
    expect(unknown.needs).toEqual(expect.arrayContaining(['sourceAccountId', 'destinationAccountId']));
    expect(checkResourceSupport(input({ facts: f('EBS', 'eusc-de-east-1', 'eusc-de-east-1', same) })).status).toBe('pass');
  });

  it('never copies between the European Sovereign Cloud and the aws partition', () => {
    const r = checkResourceSupport(input({ facts: f('EBS', 'eusc-de-east-1', 'eu-central-1') }));
    expect(r.findings[0]).toMatchObject({ code: 'COPY_CROSS_PARTITION', params: { sourcePartition: 'aws-eusc', destinationPartition: 'aws' } });
  });

  it('China: cross-account copy for EBS between the two Regions passes; S3 cross-account fails there, by partition', () => {
    expect(checkResourceSupport(input({ facts: f('EBS', 'cn-north-1', 'cn-northwest-1') })).status).toBe('pass');
    const s3 = checkResourceSupport(input({ facts: f('S3', 'cn-north-1', 'cn-north-1') }));
    expect(s3.status).toBe('fail');
    expect(s3.findings[0]).toMatchObject({ code: 'COPY_NO_CROSS_ACCOUNT_IN_REGION', params: { resourceType: 'S3', region: 'cn-north-1', checkedOn: pack.files.resources.checkedOn } });
    expect(checkResourceSupport(input({ facts: f('S3', 'cn-north-1', 'cn-northwest-1', same) })).status).toBe('pass');
  });

  it('FSx for ONTAP: notes the China and New Zealand limit (since 2026-08-27), not elsewhere', () => {
    const cn = checkResourceSupport(input({ facts: f('FSx', 'cn-north-1', 'cn-northwest-1') }));
    expect(cn.status).toBe('pass');
    expect(cn.findings.find((x) => x.code === 'COPY_SUBTYPE_REGION_LIMIT')).toMatchObject({ params: { subtype: 'FSx for NetApp ONTAP', region: 'cn-north-1' } });
    const nz = checkResourceSupport(input({ facts: f('FSx', 'ap-southeast-6', 'ap-southeast-6') }));
    expect(nz.findings.find((x) => x.code === 'COPY_SUBTYPE_REGION_LIMIT')?.params?.region).toBe('ap-southeast-6');
    expect(codes(checkResourceSupport(input({ facts: f('FSx', 'eu-west-1', 'eu-central-1') })))).toEqual(['COPY_SUPPORTED']);
  });

  it('DocumentDB copies cross-account into an opt-in Region (since 2026-08-26); Neptune still does not', () => {
    expect(checkResourceSupport(input({ facts: f('DocumentDB', 'eu-west-1', 'af-south-1') })).status).toBe('pass');
    expect(checkResourceSupport(input({ facts: f('Neptune', 'eu-west-1', 'af-south-1') })).status).toBe('fail');
  });

  it('shows both claims of a conflict, each with its source, in both languages', () => {
    const r = checkResourceSupport(input({ facts: f('FSx', 'me-south-1', 'eu-west-1') }));
    expect(r.status).toBe('fail');
    const conflicts = r.findings.filter((x) => x.code === 'RESOURCE_TABLE_CONFLICT');
    const claims = findResource(pack.resources, 'FSx')!.conflicts![0]!.claims;
    expect(conflicts.map((c) => [c.params?.claim1, c.params?.source1, c.params?.claim2, c.params?.source2])).toEqual([
      [claims[0]!.says, claims[0]!.source, claims[1]!.says, claims[1]!.source],
      [claims[0]!.says, claims[0]!.source, claims[2]!.says, claims[2]!.source],
    ]);
    for (const lang of ['en', 'zh-TW'] as const) {
      const words = t(lang, 'finding.RESOURCE_TABLE_CONFLICT', conflicts[0]!.params);
      expect(words).toContain(claims[0]!.says);
      expect(words).toContain(claims[1]!.says);
      expect(words).toContain(claims[0]!.source);
      expect(words).toContain(claims[1]!.source);
      expect(words).not.toMatch(/\{\w+\}/);
    }
    // Our own words about the conflict are in the reader's language; AWS's claims stay verbatim.
    const conflict = findResource(pack.resources, 'FSx')!.conflicts![0]!;
    const zh = t('zh-TW', 'finding.RESOURCE_TABLE_CONFLICT', conflicts[0]!.params);
    expect(zh).toContain(conflict.about['zh-TW']);
    expect(zh).toContain(conflict.treatedAs['zh-TW']);
    expect(zh).not.toContain(conflict.treatedAs.en);
    const en = t('en', 'finding.RESOURCE_TABLE_CONFLICT', conflicts[0]!.params);
    expect(en).toContain(conflict.treatedAs.en);
    expect(en).not.toContain(conflict.treatedAs['zh-TW']);
    // The same through the report's path (findingParams, then Markdown).
    const md = findingMarkdown(conflicts[0]!, (key, params) => t('zh-TW', key, params));
    expect(md).toContain(conflict.treatedAs['zh-TW']);
    expect(md).not.toContain('@zh-TW');
  });
});

describe('checkResourceSupport: only the single-action change explains an old "Feature is not supported"', () => {
  it('FSx and EKS have dated rows too, but their "Feature is not supported" is reported, not explained away', () => {
    for (const type of ['FSx', 'EKS']) {
      const message = `Copy job from eu-west-1 to eu-central-1 cannot be initiated for ${type} resources. Feature is not supported for provided resource type.`;
      const r = checkResourceSupport(input({ facts: f(type, 'eu-west-1', 'eu-central-1'), pastes: { errorMessage: message } }));
      expect(codes(r), type).toContain('COPY_REPORTED_UNSUPPORTED');
      expect(codes(r), type).not.toContain('COPY_SINGLE_ACTION_NOW_SUPPORTED');
    }
    const doc = checkResourceSupport(
      input({ facts: f('DocumentDB', 'eu-west-1', 'eu-central-1'), pastes: { errorMessage: 'Copy job from eu-west-1 to eu-central-1 cannot be initiated for DocumentDB resources. Feature is not supported for provided resource type.' } }),
    );
    expect(doc.findings.find((x) => x.code === 'COPY_SINGLE_ACTION_NOW_SUPPORTED')?.params?.changed).toBe('2025-11');
  });
});

// ---- the pasted account settings: describe-region-settings (source) and get-allowed-images-settings (destination)

describe('checkResourceSupport with the Region settings and the Allowed AMIs settings', () => {
  const regionSettings = (dynamoManaged: boolean, dynamoOptIn = true) => `[cloudshell-user@ip-10-130-45-7 ~]$ aws backup describe-region-settings --region eu-west-1
{
    "ResourceTypeOptInPreference": {
        "Aurora": true,
        "DynamoDB": ${dynamoOptIn},
        "EBS": true,
        "EC2": true,
        "EFS": false,
        "RDS": true,
        "S3": false
    },
    "ResourceTypeManagementPreference": {
        "DynamoDB": ${dynamoManaged},
        "EFS": true
    }
}`;
  const allowedImages = (state: string, providers: string[][], managedBy = 'account') =>
    JSON.stringify({ State: state, ImageCriteria: providers.map((p) => ({ ImageProviders: p })), ManagedBy: managedBy }, null, 4);
  // (The knowledge branch teaches triage the form with the AMI ID; this one matches before and after.)
  const amiError = 'Source AMI not found in Region.';
  const ec2 = f('EC2', 'us-east-1', 'eu-west-1');

  it('fails DynamoDB from the settings alone, pointing at ResourceTypeManagementPreference.DynamoDB, with the fix for the source Region', () => {
    const r = checkResourceSupport(input({ facts: f('DynamoDB', 'eu-west-1', 'eu-central-1'), pastes: { regionSettings: regionSettings(false) } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'DYNAMODB_ADVANCED_FEATURES_OFF_IN_SETTINGS', severity: 'error', location: { input: 'regionSettings', path: ['ResourceTypeManagementPreference', 'DynamoDB'], line: 13 } });
    expect(r.fix).toMatchObject({ summaryCode: 'DYNAMODB_ENABLE_ADVANCED_FEATURES', runInAccount: 'source', accountId: '210987654321', region: 'eu-west-1' });
    expect(r.fix?.commands[0]).toBe('aws backup update-region-settings --resource-type-opt-in-preference DynamoDB=true --resource-type-management-preference DynamoDB=true --region eu-west-1');
  });

  it('passes DynamoDB when the settings show advanced features on, without asking the question', () => {
    const r = checkResourceSupport(input({ facts: f('DynamoDB', 'eu-west-1', 'eu-central-1'), pastes: { regionSettings: regionSettings(true) } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toContain('DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS');
    expect(r.needs).toBeUndefined();
  });

  it('warns when the type is not opted in in the source Region', () => {
    const r = checkResourceSupport(input({ facts: f('EFS', 'eu-west-1', 'eu-central-1'), pastes: { regionSettings: regionSettings(true) } }));
    expect(r.status).toBe('warn');
    expect(r.findings.find((x) => x.code === 'REGION_OPT_IN_OFF')).toMatchObject({ severity: 'warning', params: { resourceType: 'EFS' }, location: { input: 'regionSettings', path: ['ResourceTypeOptInPreference', 'EFS'] } });
  });

  it('fails "Source AMI not found" with Allowed AMIs enabled, and replaces the criteria keeping every one and adding the source account', () => {
    const r = checkResourceSupport(input({ facts: ec2, pastes: { errorMessage: amiError, allowedImages: allowedImages('enabled', [['amazon'], ['aws-marketplace', '999900001111']]) } }));
    expect(r.status).toBe('fail');
    expect(r.findings.find((x) => x.code === 'COPY_ALLOWED_AMIS_SOURCE_NOT_ALLOWED')).toMatchObject({ severity: 'error', params: { account: '210987654321', providers: 'amazon, aws-marketplace, 999900001111' }, location: { input: 'allowedImages', path: ['ImageCriteria'], line: 3 } });
    expect(r.fix).toMatchObject({ summaryCode: 'COPY_ALLOW_SOURCE_AMIS', runInAccount: 'destination', accountId: '345678901234', region: 'eu-west-1' });
    expect(r.fix?.commands).toEqual([
      'aws ec2 replace-image-criteria-in-allowed-images-settings --image-criteria ImageProviders=amazon ImageProviders=aws-marketplace,999900001111 ImageProviders=210987654321 --region eu-west-1',
      'aws ec2 get-allowed-images-settings --region eu-west-1',
    ]);
    for (const line of r.fix!.commands) expectOneAwsCall(line);
  });

  it('gives the change to the management account when a declarative policy manages the settings (no account command)', () => {
    const r = checkResourceSupport(input({ facts: ec2, pastes: { errorMessage: amiError, allowedImages: allowedImages('enabled', [['amazon']], 'declarative-policy') } }));
    expect(r.status).toBe('fail');
    expect(r.fix).toMatchObject({ summaryCode: 'COPY_ALLOW_SOURCE_AMIS_DECLARATIVE', runInAccount: 'management', commands: [] });
  });

  it('writes no command from a criterion value that is not a provider, and says which value', () => {
    const r = checkResourceSupport(input({ facts: ec2, pastes: { errorMessage: amiError, allowedImages: allowedImages('enabled', [['amazon', '1234;curl x|sh']]) } }));
    expect(r.status).toBe('fail');
    expect(r.fix?.commands).toEqual([]);
    expect(r.findings.find((x) => x.code === 'INPUT_VALUE_REJECTED')).toBeDefined();
    expect(r.fix?.commands.join(' ') ?? '').not.toContain('curl');
  });

  it('does not blame Allowed AMIs that are disabled, in audit mode, or already allow the source account', () => {
    for (const state of ['disabled', 'audit-mode']) {
      const r = checkResourceSupport(input({ facts: ec2, pastes: { errorMessage: amiError, allowedImages: allowedImages(state, [['amazon']]) } }));
      expect(r.status, state).toBe('warn');
      expect(r.findings.find((x) => x.code === 'COPY_ALLOWED_AMIS_NOT_ENFORCED')?.params).toEqual({ state });
      expect(r.fix).toBeUndefined();
    }
    const allowed = checkResourceSupport(input({ facts: ec2, pastes: { errorMessage: amiError, allowedImages: allowedImages('enabled', [['amazon', '210987654321']]) } }));
    expect(allowed.status).toBe('warn');
    expect(codes(allowed)).toContain('COPY_ALLOWED_AMIS_ALREADY_ALLOWED');
  });
});

describe('checkResourceSupport: logically air-gapped to logically air-gapped copies are on demand only', () => {
  const job = (createdBy: Record<string, unknown>) =>
    JSON.stringify(
      {
        CopyJob: {
          AccountId: '456789012345',
          CopyJobId: '1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9',
          SourceBackupVaultArn: 'arn:aws:backup:eu-west-1:210987654321:backup-vault:air-gapped-vault',
          SourceRecoveryPointArn: 'arn:aws:backup:eu-west-1:210987654321:recovery-point:7c1d9a52-3e4f-4b6a-8c7d-9e0f1a2b3c4d',
          DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:second-air-gapped-vault',
          State: 'FAILED',
          StatusMessage: 'Copy job failed.',
          IamRoleArn: 'arn:aws:iam::456789012345:role/service-role/AWSBackupDefaultServiceRole',
          ResourceType: 'EBS',
          DestinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
          ...createdBy,
        },
      },
      null,
      4,
    );

  it('fails a scheduled copy from a shared air-gapped vault into another one, pointing at CreatedBy', () => {
    const r = checkResourceSupport(input({ pastes: { copyJob: job({ CreatedBy: { BackupPlanId: '8a3c5f2e-7b41-4d0b-9a1e-2c3d4e5f6a7b', BackupRuleId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' } }) } }));
    expect(r.status).toBe('fail');
    expect(r.findings.find((x) => x.code === 'COPY_LAG_TO_LAG_SCHEDULED')).toMatchObject({ severity: 'error', location: { input: 'copyJob', path: ['CopyJob', 'CreatedBy'] } });
    expect(r.fix?.summaryCode).toBe('COPY_LAG_TO_LAG_ON_DEMAND');
  });

  it('does not fail the same copy made on demand', () => {
    const r = checkResourceSupport(input({ pastes: { copyJob: job({}) } }));
    expect(codes(r)).not.toContain('COPY_LAG_TO_LAG_SCHEDULED');
  });
});
