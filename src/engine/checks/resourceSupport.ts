// Check: can this resource type be copied between these Regions and accounts? (knowledge file, 1.2, 2 and 3)
//
// The verdict comes from the knowledge pack (resources.json, regions.json), never from memory: every finding that
// rests on it carries `source` and `checkedOn`. The current table wins over the Knowledge Center article: RDS,
// Aurora, DocumentDB and Neptune copy cross-Region and cross-account in one job since November 2025, so the old
// "Feature is not supported" message for them is explained (with the history note and the two-hop workaround),
// not reported as unsupported.
import { chosenFieldPath, fromSharedVault, readCopyJob, scheduledCopy } from '../inputs/copyJob';
import { pastedCopyJob } from '../inputs/rejections';
import { outputLocation, readOutput, reportedMessage } from '../inputs/outputs';
import { dynamoDbAdvancedFeatures, imageProviders, readAllowedImages, readRegionSettings, regionPreference, type AllowedImagesRead } from '../inputs/settings';
import { findRegion, findResource, localizedParams, type HistoryNote, type KnowledgePack, type PartitionId, type ResourceConflict, type ResourceEntry } from '../knowledge/schema';
import type { CheckResult, Finding, Fix, Params } from '../types';
import { aws, literal, value } from '../core/shell';
import { checkValue, PLACEHOLDERS } from '../core/formats';
import { Commands, fixSummary, fact, factOrigin, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { unreadablePaste } from './pasteProblems';
import { partitionOf } from '../policy/requirements';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'COPY_NO_CROSS_REGION_IN_PARTITION',
  'COPY_NO_CROSS_ACCOUNT_IN_PARTITION',
  'COPY_MARKETPLACE_AMI',
  'COPY_COLD_STORAGE_NOT_COPYABLE',
  'COPY_CONTINUOUS_BECOMES_SNAPSHOT',
  'COPY_ALLOWED_AMIS_BLOCK',
  'COPY_OPTION_GROUP_MISSING',
  'RESOURCE_TYPE_NOT_IN_TABLE',
  'REGION_NOT_IN_TABLE',
  'COPY_CROSS_PARTITION',
  'COPY_CHINA_REGION_PAIR',
  'COPY_GOVCLOUD_REGION_PAIR',
  'COPY_NOT_SUPPORTED_FOR_TYPE',
  'DYNAMODB_ADVANCED_FEATURES_OFF',
  'DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF',
  'DYNAMODB_ADVANCED_FEATURES_ANSWER_CONTRADICTED',
  'DYNAMODB_ADVANCED_FEATURES_NEEDED',
  'COPY_NO_CROSS_REGION_FOR_TYPE',
  'COPY_NO_CROSS_REGION_OPT_IN',
  'COPY_NO_CROSS_REGION_IN_REGION',
  'COPY_NO_CROSS_ACCOUNT_FOR_TYPE',
  'COPY_NO_CROSS_ACCOUNT_OPT_IN',
  'COPY_NO_CROSS_ACCOUNT_IN_REGION',
  'COPY_SUBTYPE_NOT_SUPPORTED',
  'COPY_SUBTYPE_REGION_LIMIT',
  'COPY_SUBTYPE_LIMIT',
  'RESOURCE_TABLE_CONFLICT',
  'COPY_SINGLE_ACTION_NOW_SUPPORTED',
  'COPY_REPORTED_UNSUPPORTED',
  'COPY_REPORTED_UNSUPPORTED_UNDECIDED',
  'COPY_SUPPORTED',
  'COPY_ALLOWED_AMIS_ALREADY_ALLOWED',
  'COPY_ALLOWED_AMIS_NOT_ENFORCED',
  'COPY_ALLOWED_AMIS_SOURCE_NOT_ALLOWED',
  'COPY_LAG_TO_LAG_SCHEDULED',
  'DYNAMODB_ADVANCED_FEATURES_OFF_IN_SETTINGS',
  'DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS',
  'DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS_REPORTED',
  'REGION_OPT_IN_OFF',
] as const;
const FIX_CODES = ['DYNAMODB_ENABLE_ADVANCED_FEATURES', 'COPY_TWO_HOP', 'COPY_COLD_STORAGE', 'COPY_MARKETPLACE_AMI', 'COPY_ALLOW_SOURCE_AMIS', 'COPY_CREATE_OPTION_GROUP', 'COPY_CHOOSE_SUPPORTED_TARGET', 'COPY_LAG_TO_LAG_ON_DEMAND', 'COPY_ALLOW_SOURCE_AMIS_DECLARATIVE'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const resourceSupportCheck = defineCheck({
  id: 'resource-support',
  step: CHECK_STEPS['resource-support'],
  factsUsed: ['resourceType', 'sourceRegion', 'destinationRegion'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkResourceSupport,
});

const ID = 'resource-support' as const;

type Partition = PartitionId;

interface RegionInfo {
  code: string;
  partition: Partition;
  optIn: boolean;
  known: boolean;
}

function regionInfo(pack: KnowledgePack, code: string): RegionInfo {
  const r = findRegion(pack.regions, code);
  if (r) return { code: r.code, partition: r.partition, optIn: r.optIn, known: true };
  const lower = code.toLowerCase();
  // The AWS European Sovereign Cloud's Regions start with `eusc-` (partition aws-eusc).
  return { code: lower, partition: lower.startsWith('eusc-') ? 'aws-eusc' : partitionOf(lower), optIn: false, known: false };
}

/** What the partition row of regions.json says, with its sources, for a finding. */
function partitionParams(pack: KnowledgePack, partition: Partition): Params | undefined {
  const row = pack.partitions.find((p) => p.id === partition);
  if (!row) return undefined;
  return { partition, says: row.says, since: row.since ?? '?', source: row.sources[0]!, checkedOn: row.checkedOn };
}

/** One finding per claim that disagrees with the first: both claims, each with its source. */
function conflictFindings(entry: ResourceEntry, c: ResourceConflict, checkedOn: string): Finding[] {
  const [first, ...others] = c.claims;
  if (!first) return [];
  return others.map((other) =>
    finding('RESOURCE_TABLE_CONFLICT', 'suggestion', {
      resourceType: entry.resourceType,
      ...localizedParams('about', c.about),
      claim1: first.says,
      source1: first.source,
      claim2: other.says,
      source2: other.source,
      ...localizedParams('treatedAs', c.treatedAs),
      checkedOn,
    }),
  );
}

type FixKind = 'choose-target' | 'advanced-features' | 'cold' | 'two-hop' | 'marketplace' | 'allowed-amis' | 'option-group' | 'lag-on-demand';

interface State {
  findings: Finding[];
  needs: string[];
  fail: boolean;
  warn: boolean;
  fixes: FixKind[];
}

function matrixParams(pack: KnowledgePack): Params {
  return { source: pack.files.resources.source, checkedOn: pack.files.resources.checkedOn };
}

function regionParams(pack: KnowledgePack): Params {
  return { source: pack.files.regions.source, checkedOn: pack.files.regions.checkedOn };
}

/** The change that makes an old "Feature is not supported" out of date for this type (the single-action copy), if any. */
function historyFor(pack: KnowledgePack, entry: ResourceEntry): HistoryNote | undefined {
  return pack.files.resources.history.find(
    (h) => h.explains?.includes('feature-not-supported') && h.resourceTypes.some((t) => t.toLowerCase() === entry.resourceType.toLowerCase()),
  );
}

/** The resource ARN of the pasted copy job, if any. */
function resourceArn(input: CheckInput): string | undefined {
  for (const key of ['copyJob', 'errorMessage'] as const) {
    const text = paste(input, key);
    const arn = text ? readCopyJob(text)?.resourceArn : undefined;
    if (arn) return arn;
  }
  return undefined;
}

/** Image providers the Allowed AMIs criteria accept (EC2 API ImageCriterion; the declarative policy spells them with `_`). */
const PROVIDER_ALIASES = new Set(['amazon', 'aws-marketplace', 'aws-backup-vault', 'none']);
/** At most 10 criteria (ReplaceImageCriteriaInAllowedImagesSettings). */
const MAX_IMAGE_CRITERIA = 10;

/**
 * In the destination account and Region, let the Allowed AMIs settings accept images owned by the source account. The
 * criteria are replaced as a whole: every criterion pasted is written back as it was, and one more names the source
 * account (a criterion of its own, so no other criterion is widened). The command is written only from checked values:
 * criteria that only name providers, each an alias or an account ID. Settings managed by a declarative policy cannot be
 * changed in the account (knowledge update, 1.10): the change is then the management account's.
 */
function allowedAmisFix(input: CheckInput, destinationRegion: string | undefined, commands: Commands): Fix {
  const sourceAccount = fact(input, 'sourceAccountId');
  const destinationAccount = fact(input, 'destinationAccountId');
  const settings = readAllowedImages(paste(input, 'allowedImages'));
  if (settings?.managedBy === 'declarative-policy') {
    return {
      ...fixSummary(fixCode('COPY_ALLOW_SOURCE_AMIS_DECLARATIVE')),
      summaryParams: sourceAccount ? { account: sourceAccount } : {},
      runIn: 'management account',
      runInAccount: 'management',
      documents: [],
      commands: [],
    };
  }
  const fix: Fix = {
    ...fixSummary(fixCode('COPY_ALLOW_SOURCE_AMIS')),
    summaryParams: sourceAccount ? { account: sourceAccount } : {},
    runIn: 'destination account',
    runInAccount: 'destination',
    documents: [],
    commands: [],
    ...(destinationAccount ? { accountId: destinationAccount } : {}),
    ...(destinationRegion ? { region: destinationRegion } : {}),
  };
  if (!settings || settings.state !== 'enabled' || !destinationRegion) return fix;
  const words: string[] = [];
  let writable = settings.criteria.length < MAX_IMAGE_CRITERIA;
  for (const c of settings.criteria) {
    // A criterion with more than providers (names, product codes, dates) is not rewritten here: the summary says what to do.
    if (c.keys.some((k) => k.toLowerCase() !== 'imageproviders') || c.providers.length === 0) writable = false;
    for (const [i, p] of c.providers.entries()) {
      if (PROVIDER_ALIASES.has(p)) continue;
      const checked = checkValue('accountId', p);
      if (!checked.ok) {
        writable = false;
        commands.reject([{ kind: 'accountId', reason: checked.reason, origin: { input: 'allowedImages', field: 'ImageCriteria.ImageProviders', path: [...c.path, i] }, placeholder: PLACEHOLDERS.accountId }]);
      }
    }
    words.push(`ImageProviders=${c.providers.join(',')}`);
  }
  const source = checkValue('accountId', sourceAccount);
  if (!writable || !sourceAccount || !source.ok) return fix;
  words.push(`ImageProviders=${sourceAccount}`);
  const origin = fact(input, 'destinationRegion') ? factOrigin(input, 'destinationRegion') : ({ input: 'errorMessage', field: 'destinationRegion' } as const);
  const region = ['--region', value('region', destinationRegion, origin)] as const;
  commands.add(aws('ec2', 'replace-image-criteria-in-allowed-images-settings', ['--image-criteria', ...words.map(literal)], region));
  commands.add(aws('ec2', 'get-allowed-images-settings', region));
  fix.commands = commands.lines;
  return fix;
}

/** What the pasted Allowed AMIs settings say about a "Source AMI … not found in Region" failure. */
function allowedAmis(input: CheckInput, s: State, fail: (f: Finding, fix: FixKind) => void, srcAccount: string | undefined): void {
  const text = paste(input, 'allowedImages');
  const settings: AllowedImagesRead | undefined = readAllowedImages(text);
  const params: Params = srcAccount ? { account: srcAccount } : {};
  if (!settings) {
    const unreadable = unreadablePaste(input, 'allowedImages');
    if (unreadable) s.findings.push(unreadable);
    fail(finding('COPY_ALLOWED_AMIS_BLOCK', 'error', params), 'allowed-amis');
    return;
  }
  const where = (key: string) => outputLocation('allowedImages', settings.out, settings.paths[key] ?? []);
  if (settings.state && settings.state !== 'enabled') {
    // Disabled or audit mode: the settings do not refuse any image, so they are not what failed this copy.
    s.warn = true;
    s.findings.push(finding('COPY_ALLOWED_AMIS_NOT_ENFORCED', 'warning', { state: settings.state }, where('State')));
    return;
  }
  if (srcAccount && imageProviders(settings).includes(srcAccount)) {
    s.warn = true;
    s.findings.push(finding('COPY_ALLOWED_AMIS_ALREADY_ALLOWED', 'warning', { account: srcAccount }, where('ImageCriteria')));
    return;
  }
  fail(finding('COPY_ALLOWED_AMIS_SOURCE_NOT_ALLOWED', 'error', { ...params, providers: imageProviders(settings).join(', ') || '-' }, where(settings.paths.ImageCriteria ? 'ImageCriteria' : 'State')), 'allowed-amis');
  if (!srcAccount) s.needs.push('sourceAccountId');
}

function buildFix(input: CheckInput, kind: FixKind, params: Params, commands: Commands): Fix {
  const sourceRegion = typeof params.sourceRegion === 'string' ? params.sourceRegion : undefined;
  const destinationRegion = typeof params.destinationRegion === 'string' ? params.destinationRegion : undefined;
  const sourceAccount = fact(input, 'sourceAccountId');
  const base = { documents: [], commands: [] as string[] };
  switch (kind) {
    case 'advanced-features': {
      const fix: Fix = {
        ...base,
        ...fixSummary(fixCode('DYNAMODB_ENABLE_ADVANCED_FEATURES')),
        summaryParams: {},
        runIn: 'source account',
        runInAccount: 'source',
      };
      if (sourceAccount) fix.accountId = sourceAccount;
      if (sourceRegion) {
        const origin = fact(input, 'sourceRegion') ? factOrigin(input, 'sourceRegion') : ({ input: 'errorMessage', field: 'sourceRegion' } as const);
        const region = ['--region', value('region', sourceRegion, origin)] as const;
        commands.add(aws('backup', 'update-region-settings', ['--resource-type-opt-in-preference', 'DynamoDB=true'], ['--resource-type-management-preference', 'DynamoDB=true'], region));
        commands.add(aws('backup', 'describe-region-settings', region));
        if (commands.rejected.length === 0) fix.region = sourceRegion;
        fix.commands = commands.lines;
      }
      return fix;
    }
    case 'two-hop':
      return {
        ...base,
        ...fixSummary(fixCode('COPY_TWO_HOP')),
        summaryParams: { ...params },
        runIn: 'source account',
        runInAccount: 'source',
        ...(sourceAccount ? { accountId: sourceAccount } : {}),
      };
    case 'cold':
      return {
        ...base,
        ...fixSummary(fixCode('COPY_COLD_STORAGE')),
        summaryParams: {},
        runIn: 'source account',
        runInAccount: 'source',
      };
    case 'marketplace':
      return {
        ...base,
        ...fixSummary(fixCode('COPY_MARKETPLACE_AMI')),
        summaryParams: {},
        runIn: 'source account',
        runInAccount: 'source',
      };
    case 'allowed-amis':
      return allowedAmisFix(input, destinationRegion, commands);
    case 'lag-on-demand':
      return {
        ...base,
        ...fixSummary(fixCode('COPY_LAG_TO_LAG_ON_DEMAND')),
        summaryParams: {},
        runIn: 'source account',
        runInAccount: 'source',
      };
    case 'option-group':
      return {
        ...base,
        ...fixSummary(fixCode('COPY_CREATE_OPTION_GROUP')),
        summaryParams: {},
        runIn: 'destination account',
        runInAccount: 'destination',
        ...(destinationRegion ? { region: destinationRegion } : {}),
      };
    default:
      return {
        ...base,
        ...fixSummary(fixCode('COPY_CHOOSE_SUPPORTED_TARGET')),
        summaryParams: {},
        runIn: 'source account',
        runInAccount: 'source',
      };
  }
}

export function checkResourceSupport(input: CheckInput): CheckResult {
  const pack = input.knowledge;
  const s: State = { findings: [], needs: [], fail: false, warn: false, fixes: [] };
  const fail = (f: Finding, fix: FixKind) => {
    s.findings.push(f);
    s.fail = true;
    s.fixes.push(fix);
  };

  const featureMatch = input.triage.find((m) => m.messageId === 'feature-not-supported');
  const extracted = featureMatch?.extracted ?? {};
  const type = fact(input, 'resourceType') ?? extracted.resourceType;
  const srcRegion = fact(input, 'sourceRegion') ?? extracted.sourceRegion;
  const dstRegion = fact(input, 'destinationRegion') ?? extracted.destinationRegion;
  const srcAccount = fact(input, 'sourceAccountId');
  const dstAccount = fact(input, 'destinationAccountId');
  const message = featureMatch ? (reportedMessage(input.session.pastes) ?? exampleMessage(input, 'feature-not-supported')) : undefined;

  // Answers and messages that decide without the table.
  const kind = input.session.answers?.recoveryPointKind;
  if (kind === 'cold') fail(finding('COPY_COLD_STORAGE_NOT_COPYABLE', 'error'), 'cold');
  else if (kind === 'continuous') {
    s.warn = true;
    s.findings.push(finding('COPY_CONTINUOUS_BECOMES_SNAPSHOT', 'warning'));
  }
  const crossAccount = srcAccount && dstAccount ? srcAccount !== dstAccount : undefined;
  if (input.triage.some((m) => m.messageId === 'marketplace-ami')) fail(finding('COPY_MARKETPLACE_AMI', 'error'), 'marketplace');
  if (input.triage.some((m) => m.messageId === 'source-ami-not-found')) allowedAmis(input, s, fail, srcAccount);
  // From a logically air-gapped vault (shared with the account the job ran in) to another one: on demand only, "this
  // type of backup cannot be scheduled in a backup plan" (knowledge update, 1.3).
  const job = pastedCopyJob(input.session.pastes);
  if (job && fromSharedVault(job.job) && job.job.destinationVaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' && scheduledCopy(job.job)) {
    const field = job.job.backupPlanId ? 'CreatedBy' : 'CreatedByBackupJobId';
    fail(finding('COPY_LAG_TO_LAG_SCHEDULED', 'error', {}, outputLocation(job.input, readOutput(job.text), chosenFieldPath(job.text, field))), 'lag-on-demand');
  }
  const optionGroup = input.triage.find((m) => m.messageId === 'option-group-missing');
  if (optionGroup) fail(finding('COPY_OPTION_GROUP_MISSING', 'error', { options: optionGroup.extracted?.options ?? '?' }), 'option-group');

  if (!pack) {
    s.needs.push('knowledge');
    return finish(input, s, {});
  }
  if (!type) s.needs.push('resourceType');
  if (!srcRegion) s.needs.push('sourceRegion');
  if (!dstRegion) s.needs.push('destinationRegion');

  const settings = readRegionSettings(paste(input, 'regionSettings'));
  const unreadableSettings = settings ? undefined : unreadablePaste(input, 'regionSettings');
  if (unreadableSettings) s.findings.push(unreadableSettings);
  const matrix = matrixParams(pack);
  const entry = type ? findResource(pack.resources, type) : undefined;
  if (type && !entry) {
    // The type is given but unusable: the finding points at the fact, which is asked for again.
    s.findings.push(finding('RESOURCE_TYPE_NOT_IN_TABLE', 'warning', { resourceType: type, ...matrix }, { input: 'facts', path: ['resourceType'] }));
    s.needs.push('resourceType');
  }

  const src = srcRegion ? regionInfo(pack, srcRegion) : undefined;
  const dst = dstRegion ? regionInfo(pack, dstRegion) : undefined;
  for (const r of [src, dst]) {
    if (r && !r.known) s.findings.push(finding('REGION_NOT_IN_TABLE', 'warning', { region: r.code, ...regionParams(pack) }));
  }
  const regionPair: Params = src && dst ? { sourceRegion: src.code, destinationRegion: dst.code } : {};

  if (src && dst) {
    if (src.partition !== dst.partition) {
      fail(finding('COPY_CROSS_PARTITION', 'error', { ...regionPair, sourcePartition: src.partition, destinationPartition: dst.partition, ...regionParams(pack) }), 'choose-target');
    } else if (src.code !== dst.code && src.partition === 'aws-cn' && !isPair(src.code, dst.code, 'cn-north-1', 'cn-northwest-1')) {
      fail(finding('COPY_CHINA_REGION_PAIR', 'error', { ...regionPair, ...regionParams(pack) }), 'choose-target');
    } else if (src.code !== dst.code && src.partition === 'aws-us-gov' && !isPair(src.code, dst.code, 'us-gov-east-1', 'us-gov-west-1')) {
      fail(finding('COPY_GOVCLOUD_REGION_PAIR', 'error', { ...regionPair, ...regionParams(pack) }), 'choose-target');
    }
    // What a whole partition allows (the AWS European Sovereign Cloud: neither cross-Region nor cross-account copy).
    const row = src.partition === dst.partition ? pack.partitions.find((p) => p.id === src.partition) : undefined;
    const rowParams = row ? partitionParams(pack, row.id) : undefined;
    if (row && rowParams && src.code !== dst.code && row.crossRegion === 'no') {
      fail(finding('COPY_NO_CROSS_REGION_IN_PARTITION', 'error', { ...regionPair, ...rowParams }), 'choose-target');
    }
    if (row && rowParams && row.crossAccount === 'no' && crossAccount !== false) {
      if (crossAccount === true || featureMatch) fail(finding('COPY_NO_CROSS_ACCOUNT_IN_PARTITION', 'error', { region: dst.code, ...rowParams }), 'choose-target');
      else if (!s.fail) {
        if (!srcAccount) s.needs.push('sourceAccountId');
        if (!dstAccount) s.needs.push('destinationAccountId');
      }
    }
  }

  let supported: boolean | undefined;
  if (entry) {
    // The row's own checked-on date when it has one (rows the 2026 update changed), the table's otherwise.
    const typeParams: Params = { resourceType: entry.resourceType, ...matrix, ...(entry.checkedOn ? { checkedOn: entry.checkedOn } : {}) };
    const crossRegion = src && dst ? src.code !== dst.code : undefined;
    if (entry.crossRegion === 'no' && entry.crossAccount === 'no') {
      fail(finding('COPY_NOT_SUPPORTED_FOR_TYPE', 'error', typeParams), 'choose-target');
      supported = false;
    } else {
      supported = true;
      // DynamoDB: any copy needs advanced features.
      if (entry.crossRegion === 'advanced-features' || entry.crossAccount === 'advanced-features') {
        // The source Region's settings (describe-region-settings) say it; without them, the wizard's answer.
        const pref = regionPreference(settings, 'management', 'DynamoDB');
        const setting = dynamoDbAdvancedFeatures(settings);
        const settingAt = pref ? outputLocation('regionSettings', settings?.out, pref.path) : undefined;
        const answer = setting === undefined ? input.session.answers?.advancedFeatures : setting ? 'yes' : 'no';
        if (setting === false) {
          fail(finding('DYNAMODB_ADVANCED_FEATURES_OFF_IN_SETTINGS', 'error', typeParams, settingAt), 'advanced-features');
          supported = false;
        } else if (answer === 'no') {
          fail(finding('DYNAMODB_ADVANCED_FEATURES_OFF', 'error', typeParams), 'advanced-features');
          supported = false;
        } else if (featureMatch) {
          // "Feature is not supported for provided resource type" for DynamoDB: that is what AWS Backup says when
          // advanced features are off in the source Region (or the recovery point was taken before they were turned
          // on). The message and the type decide; nothing more needs asking.
          fail(finding('DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF', 'error', { ...typeParams, ...(message ? { message } : {}) }), 'advanced-features');
          if (setting === true) s.findings.push(finding('DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS_REPORTED', 'warning', { resourceType: entry.resourceType }, settingAt));
          else if (answer === 'yes') s.findings.push(finding('DYNAMODB_ADVANCED_FEATURES_ANSWER_CONTRADICTED', 'warning', { resourceType: entry.resourceType }));
          supported = false;
        } else if (answer !== 'yes') {
          s.findings.push(finding('DYNAMODB_ADVANCED_FEATURES_NEEDED', 'warning', typeParams));
          s.needs.push('advancedFeatures');
          supported = undefined;
        } else if (setting === true) s.findings.push(finding('DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS', 'suggestion', typeParams, settingAt));
      }
      // AWS Backup not opted in for the type in the source Region: no new backups of it there (a person should look).
      const optIn = regionPreference(settings, 'optIn', entry.resourceType);
      if (optIn?.value === false && !s.fixes.includes('advanced-features')) {
        s.warn = true;
        s.findings.push(finding('REGION_OPT_IN_OFF', 'warning', { resourceType: entry.resourceType, ...(srcRegion ? { region: srcRegion } : {}) }, outputLocation('regionSettings', settings?.out, optIn.path)));
      }
      if (crossRegion && src && dst) {
        const blocked = regionBlock(entry.crossRegion, entry.noCrossRegionIn, entry.noCrossRegionInOptIn, src, dst, entry.noCrossRegionInPartitions);
        if (blocked === 'type') {
          fail(finding('COPY_NO_CROSS_REGION_FOR_TYPE', 'error', { ...typeParams, ...regionPair }), 'choose-target');
          supported = false;
        } else if (blocked) {
          fail(finding(blocked.optIn ? 'COPY_NO_CROSS_REGION_OPT_IN' : 'COPY_NO_CROSS_REGION_IN_REGION', 'error', { ...typeParams, region: blocked.region }), 'choose-target');
          supported = false;
        }
      }
      if (crossAccount !== false && src && dst) {
        const blocked = regionBlock(entry.crossAccount, entry.noCrossAccountIn, entry.noCrossAccountInOptIn, src, dst, entry.noCrossAccountInPartitions);
        if (blocked && crossAccount === undefined && !featureMatch) {
          // The accounts are not known: the copy may be within one account, where this limit does not apply. (When the
          // copy job said "Feature is not supported", this limit is what refused it: the copy was cross-account.)
          if (!srcAccount) s.needs.push('sourceAccountId');
          if (!dstAccount) s.needs.push('destinationAccountId');
          supported = undefined;
        } else if (blocked === 'type') {
          fail(finding('COPY_NO_CROSS_ACCOUNT_FOR_TYPE', 'error', typeParams), 'choose-target');
          supported = false;
        } else if (blocked) {
          fail(finding(blocked.optIn ? 'COPY_NO_CROSS_ACCOUNT_OPT_IN' : 'COPY_NO_CROSS_ACCOUNT_IN_REGION', 'error', { ...typeParams, region: blocked.region }), 'choose-target');
          supported = false;
        }
      }
      // Subtypes with their own limits (RDS Multi-AZ DB clusters, FSx for NetApp ONTAP).
      for (const sub of entry.subtypes ?? []) {
        const none = sub.crossRegion === 'no' && sub.crossAccount === 'no';
        const arn = resourceArn(input);
        if (none && entry.resourceType === 'RDS' && arn && /^arn:[^:]+:rds:[^:]*:\d{12}:cluster:/.test(arn)) {
          fail(finding('COPY_SUBTYPE_NOT_SUPPORTED', 'error', { subtype: sub.name, resourceArn: arn, ...matrix }), 'choose-target');
          supported = false;
          continue;
        }
        const regions = [src, dst].flatMap((r) => (r ? [r] : []));
        const hit = regions.find(
          (r) =>
            (crossRegion && (sub.noCrossRegionIn?.includes(r.code) || sub.noCrossRegionInPartitions?.includes(r.partition))) ||
            (crossAccount !== false && (sub.noCrossAccountIn?.includes(r.code) || sub.noCrossAccountInPartitions?.includes(r.partition))),
        )?.code;
        if (none || hit) {
          const subParams: Params = { ...matrix, ...(sub.checkedOn ? { checkedOn: sub.checkedOn } : {}), ...(sub.sources?.[0] ? { source: sub.sources[0] } : {}) };
          s.findings.push(finding(hit ? 'COPY_SUBTYPE_REGION_LIMIT' : 'COPY_SUBTYPE_LIMIT', 'suggestion', { subtype: sub.name, ...(hit ? { region: hit } : {}), ...subParams }));
        }
      }
      // Where the sources disagree, say so next to a verdict that rests on the disputed row.
      const disputed = s.fail || s.findings.some((x) => x.code === 'COPY_SUBTYPE_REGION_LIMIT');
      for (const c of disputed ? (entry.conflicts ?? []) : []) s.findings.push(...conflictFindings(entry, c, String(typeParams.checkedOn)));
    }
  }

  // The copy job said "Feature is not supported for provided resource type".
  if (featureMatch) {
    const history = entry ? historyFor(pack, entry) : undefined;
    const quoted: Params = message ? { message } : {};
    if (entry && history && supported === true && !s.fail) {
      s.warn = true;
      s.findings.push(
        finding('COPY_SINGLE_ACTION_NOW_SUPPORTED', 'warning', {
          resourceType: entry.resourceType,
          changed: history.changed,
          source: history.sources[0] ?? matrix.source!,
          checkedOn: pack.files.resources.checkedOn,
          ...quoted,
        }),
      );
      s.fixes.push('two-hop');
    } else if (supported === true && !s.fail) {
      fail(finding('COPY_REPORTED_UNSUPPORTED', 'error', { resourceType: entry?.resourceType ?? type ?? '?', ...quoted, ...matrix }), 'choose-target');
    } else if (!entry || supported === undefined) {
      // Undecided: `needs` names what is missing (the type, a Region, the accounts, an answer); the words do not guess.
      s.findings.push(finding('COPY_REPORTED_UNSUPPORTED_UNDECIDED', 'warning', { ...quoted }));
    }
  }

  if (!s.fail && entry && src && dst && supported === true && s.needs.length === 0) {
    s.findings.unshift(finding('COPY_SUPPORTED', 'suggestion', { resourceType: entry.resourceType, ...regionPair, ...matrix }));
  }
  return finish(input, s, regionPair, entry !== undefined && src !== undefined && dst !== undefined && supported !== undefined);
}

function isPair(a: string, b: string, x: string, y: string): boolean {
  return (a === x && b === y) || (a === y && b === x);
}

/** Whether a support column blocks the pair: 'type' for the whole type, or the Region that is excepted. */
function regionBlock(
  support: string,
  list: string[] | undefined,
  noInOptIn: boolean | undefined,
  src: RegionInfo,
  dst: RegionInfo,
  partitions?: string[],
): 'type' | { region: string; optIn: boolean } | undefined {
  if (support === 'no') return 'type';
  for (const r of [src, dst]) if (list?.includes(r.code) || partitions?.includes(r.partition)) return { region: r.code, optIn: false };
  if (noInOptIn) for (const r of [src, dst]) if (r.optIn) return { region: r.code, optIn: true };
  return undefined;
}

const FIX_ORDER: FixKind[] = ['advanced-features', 'cold', 'marketplace', 'allowed-amis', 'option-group', 'lag-on-demand', 'choose-target', 'two-hop'];

function finish(input: CheckInput, s: State, params: Params, evaluated = false): CheckResult {
  const kind = FIX_ORDER.find((k) => s.fixes.includes(k));
  const commands = new Commands(input);
  const fix = kind ? buildFix(input, kind, params, commands) : undefined;
  s.findings.push(...commands.findings());
  const extra = { ...(fix ? { fix } : {}), needs: [...s.needs, ...commands.needs()] };
  if (s.fail) return result(ID, 'fail', s.findings, extra);
  if (s.needs.length > 0 || !evaluated) return result(ID, 'unknown', s.findings, extra);
  if (s.warn) return result(ID, 'warn', s.findings, extra);
  return result(ID, 'pass', s.findings, extra);
}
