// Check: can the recovery point's encryption cross the account boundary? (knowledge file, 1.3)
//
// Rules [ENC]: resource types fully managed by AWS Backup are re-encrypted with the destination vault's key; the
// others keep the source resource's key. So for the others an AWS managed source key (aws/ebs, aws/rds, ...) makes a
// cross-account copy impossible (its policy cannot be changed), and the destination vault must not be the Default
// vault or use the AWS Backup managed key (aws/backup). Any key involved must be in the KeyState Enabled.
//
// Inputs: `aws kms describe-key` for the source key and the destination vault key, `aws backup describe-backup-vault`
// for the destination vault, the resource type's fully-managed flag from the knowledge pack, and the copy job's message.
import { outputLocation, readBackupVault, readKeyMetadata, reportedMessage, type BackupVaultRead, type KeyMetadataRead } from '../inputs/outputs';
import { findResource } from '../knowledge/schema';
import { arnRegion, VAULT_NAME_RE } from '../ids';
import { aws, literal, value, type ValueOrigin } from '../core/shell';
import { checkValue, PLACEHOLDERS, validValue } from '../core/formats';
import type { CheckResult, Finding, Fix, Params } from '../types';
import { Commands, fixSummary, fact, factOrigin, isAccountId, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { unreadablePaste } from './pasteProblems';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'ENC_KEY_METADATA_INCOMPLETE',
  'RESOURCE_TYPE_NOT_IN_TABLE',
  'ENC_SOURCE_KEY_NOT_ENABLED',
  'ENC_DESTINATION_KEY_NOT_ENABLED',
  'ENC_SOURCE_AWS_MANAGED_KEY',
  'ENC_SOURCE_AWS_MANAGED_KEY_FULLY_MANAGED',
  'ENC_SOURCE_AWS_MANAGED_KEY_TYPE_UNKNOWN',
  'ENC_SOURCE_AWS_MANAGED_KEY_REPORTED',
  'ENC_DESTINATION_DEFAULT_VAULT',
  'ENC_DESTINATION_DEFAULT_VAULT_TYPE_UNKNOWN',
  'ENC_DESTINATION_DEFAULT_VAULT_NOTE',
  'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY',
  'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN',
  'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_NOTE',
  'ENC_DESTINATION_KEY_MANAGER_UNKNOWN',
  'ENC_DESTINATION_KEY_MISMATCH',
  'ENC_VAULT_DEFAULT_KEY_REPORTED',
  'ENC_STORAGE_GATEWAY_VAULT_REPORTED',
  'ENC_KEY_STATE_TO_CHECK',
  'ENC_KEY_ENABLED_SEE_KEY_POLICY',
  'ENC_CUSTOMER_KEY_ARN_INVALID',
  'ENC_NEED_CUSTOMER_KEY_ARN',
  'ENC_OK_FULLY_MANAGED',
  'ENC_OK_CUSTOMER_KEYS',
] as const;
const FIX_CODES = ['ENC_CANCEL_DELETION_AND_ENABLE', 'ENC_ENABLE_KEY', 'ENC_REENCRYPT_WITH_CUSTOMER_KEY', 'ENC_CREATE_VAULT_WITH_KEY', 'ENC_CREATE_KEY_THEN_VAULT'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const encryptionCheck = defineCheck({
  id: 'encryption',
  step: CHECK_STEPS['encryption'],
  factsUsed: ['sourceKeyArn', 'destinationVaultKeyArn'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkEncryption,
});

const ID = 'encryption' as const;

const SOURCE_KEY_MESSAGES = ['aws-managed-key-snapshot', 'ebs-default-key', 'kms-describe-key-default'];
const KEY_ACCESS_MESSAGES = ['kms-disabled-or-denied', 'source-snapshot-kms-key', 'kms-key-not-accessible', 'kms-key-not-exist'];

type Problem = 'source-state' | 'source-aws-managed' | 'destination-vault' | 'destination-state';

/** Answer id under which the user can give a customer managed key ARN in the destination account for a new vault. */
export const DESTINATION_CUSTOMER_KEY_ANSWER = 'destinationCustomerKeyArn';

function keyUuid(arn: string | undefined): string | undefined {
  return arn ? /(?:^|key\/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i.exec(arn.trim())?.[1]?.toLowerCase() : undefined;
}

/** Fully managed (vault key encrypts the copy): true, false, or undefined when the type is unknown. */
/** The resource type: the fact, else the one the "Feature is not supported" message names. */
function resourceType(input: CheckInput): string | undefined {
  return fact(input, 'resourceType') ?? input.triage.find((m) => m.extracted?.resourceType)?.extracted?.resourceType;
}

function fullyManaged(input: CheckInput): boolean | undefined {
  const type = resourceType(input);
  if (!type || !input.knowledge) return undefined;
  const entry = findResource(input.knowledge.resources, type);
  if (!entry) return undefined;
  if (entry.fullyManaged === 'advanced-features') return true; // DynamoDB copies only with advanced features, which make it fully managed
  return entry.fullyManaged === 'yes';
}

function keyLabel(k: KeyMetadataRead): string {
  return k.arn ?? k.keyId ?? '?';
}

function stateFix(side: 'source' | 'destination', k: KeyMetadataRead, input: CheckInput, commands: Commands): Fix {
  const keyField = k.arn ? 'Arn' : 'KeyId';
  const keyId = k.arn ?? k.keyId;
  const inputKey = side === 'source' ? 'sourceKeyMetadata' : 'destinationKeyMetadata';
  const keyOrigin: ValueOrigin = { input: inputKey, field: `KeyMetadata.${keyField}`, path: k.paths[keyField] ?? [] };
  const regionFact = side === 'source' ? 'sourceRegion' : 'destinationRegion';
  const keyRegion = validValue('region', arnRegion(k.arn));
  const region = keyRegion ?? fact(input, regionFact);
  const account = fact(input, side === 'source' ? 'sourceAccountId' : 'destinationAccountId');
  const regionOption = region && (['--region', value('region', region, keyRegion ? keyOrigin : factOrigin(input, regionFact))] as const);
  if (keyId) {
    const key = ['--key-id', value('kmsKey', keyId, keyOrigin)] as const;
    if (k.keyState === 'PendingDeletion') commands.add(aws('kms', 'cancel-key-deletion', key, regionOption));
    if (k.keyState === 'Disabled' || k.keyState === 'PendingDeletion') commands.add(aws('kms', 'enable-key', key, regionOption));
    commands.add(aws('kms', 'describe-key', key, regionOption, ['--query', literal('KeyMetadata.KeyState')], ['--output', 'text']));
  }
  const fix: Fix = {
    ...fixSummary(k.keyState === 'PendingDeletion' ? fixCode('ENC_CANCEL_DELETION_AND_ENABLE') : fixCode('ENC_ENABLE_KEY')),
    summaryParams: { keyArn: keyLabel(k), state: k.keyState ?? '?' },
    runIn: side === 'source' ? 'source account' : 'destination account',
    runInAccount: side,
    documents: [],
    commands: commands.lines,
  };
  if (account) fix.accountId = account;
  if (region && validValue('region', region)) fix.region = region;
  return fix;
}

function reencryptFix(input: CheckInput, commands: Commands): Fix {
  const region = fact(input, 'sourceRegion');
  const account = fact(input, 'sourceAccountId');
  const type = resourceType(input) ?? '';
  if (region) {
    commands.add(aws('kms', 'create-key', ['--description', literal('Customer managed key for cross-account AWS Backup copies')], ['--region', value('region', region, factOrigin(input, 'sourceRegion'))]));
  }
  const fix: Fix = {
    ...fixSummary(fixCode('ENC_REENCRYPT_WITH_CUSTOMER_KEY')),
    summaryParams: type ? { resourceType: type } : {},
    runIn: 'source account',
    runInAccount: 'source',
    documents: [],
    commands: commands.lines,
  };
  if (account) fix.accountId = account;
  if (region) fix.region = region;
  return fix;
}

function newVaultName(vault: BackupVaultRead | undefined, input: CheckInput): string {
  const base = vault?.name ?? fact(input, 'destinationVaultName') ?? 'copy';
  const name = base.toLowerCase() === 'default' ? 'cross-account-copies' : `${base}-cmk`;
  return VAULT_NAME_RE.test(name) ? name : 'cross-account-copies';
}

function vaultFix(input: CheckInput, vault: BackupVaultRead | undefined, customerKey: string | undefined, commands: Commands): Fix {
  const vaultRegion = validValue('region', arnRegion(vault?.arn));
  const region = fact(input, 'destinationRegion') ?? vaultRegion;
  const account = fact(input, 'destinationAccountId');
  const name = newVaultName(vault, input);
  const regionOption =
    region && (['--region', value('region', region, fact(input, 'destinationRegion') ? factOrigin(input, 'destinationRegion') : { input: 'destinationVault', field: 'BackupVaultArn' })] as const);
  if (customerKey) {
    commands.add(
      aws(
        'backup',
        'create-backup-vault',
        ['--backup-vault-name', value('vaultName', name)],
        ['--encryption-key-arn', value('kmsKeyArn', customerKey, { input: 'answers', answer: DESTINATION_CUSTOMER_KEY_ANSWER })],
        regionOption,
      ),
    );
  } else if (region) {
    commands.add(aws('kms', 'create-key', ['--description', literal(`Customer managed key for the AWS Backup vault ${name}`)], regionOption));
  }
  const fix: Fix = {
    ...fixSummary(customerKey ? fixCode('ENC_CREATE_VAULT_WITH_KEY') : fixCode('ENC_CREATE_KEY_THEN_VAULT')),
    summaryParams: customerKey ? { vaultName: name, keyArn: customerKey } : { vaultName: name },
    runIn: 'destination account',
    runInAccount: 'destination',
    documents: [],
    commands: commands.lines,
  };
  if (account) fix.accountId = account;
  if (region) fix.region = region;
  return fix;
}

export function checkEncryption(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  const needs: string[] = [];
  const problems: Problem[] = [];
  let warn = false;

  const sourceKey = readKeyMetadata(paste(input, 'sourceKeyMetadata'));
  const destKey = readKeyMetadata(paste(input, 'destinationKeyMetadata'));
  const vault = readBackupVault(paste(input, 'destinationVault'));
  // Pasted but not readable: say so, since such an input may be asked for again below.
  for (const [read, key] of [[sourceKey, 'sourceKeyMetadata'], [destKey, 'destinationKeyMetadata'], [vault, 'destinationVault']] as const) {
    const unreadable = read ? undefined : unreadablePaste(input, key);
    if (unreadable) findings.push(unreadable);
  }
  for (const [read, key] of [[sourceKey, 'sourceKeyMetadata'], [destKey, 'destinationKeyMetadata']] as const) {
    if (read && !read.keyManager) findings.push(finding('ENC_KEY_METADATA_INCOMPLETE', 'warning', { keyArn: keyLabel(read) }, outputLocation(key, read.out, [])));
  }
  const managed = fullyManaged(input);
  const type = resourceType(input);
  // A type given but missing from the feature table cannot tell whether AWS Backup re-encrypts the copy.
  const typeUnusable = managed === undefined && type !== undefined && fact(input, 'resourceType') !== undefined && input.knowledge !== undefined;
  const needType = () => {
    needs.push('resourceType');
    if (typeUnusable && !findings.some((f) => f.code === 'RESOURCE_TYPE_NOT_IN_TABLE')) {
      const k = input.knowledge!;
      findings.push(finding('RESOURCE_TYPE_NOT_IN_TABLE', 'warning', { resourceType: type!, source: k.files.resources.source, checkedOn: k.files.resources.checkedOn }, { input: 'facts', path: ['resourceType'] }));
    }
  };
  const crossAccount = (() => {
    const s = fact(input, 'sourceAccountId');
    const d = fact(input, 'destinationAccountId');
    return isAccountId(s) && isAccountId(d) ? s !== d : undefined;
  })();
  const typeParams: Params = type ? { resourceType: type } : {};
  // Verdicts that rest on the resource table's fully-managed flag cite it.
  const matrix: Params = managed !== undefined && input.knowledge ? { source: input.knowledge.files.resources.source, checkedOn: input.knowledge.files.resources.checkedOn } : {};
  const message = (id: string) => reportedMessage(input.session.pastes) ?? exampleMessage(input, id);

  // ---- key states
  for (const [side, k, inputKey] of [
    ['source', sourceKey, 'sourceKeyMetadata'],
    ['destination', destKey, 'destinationKeyMetadata'],
  ] as const) {
    if (!k) continue;
    if (k.keyState && k.keyState !== 'Enabled') {
      findings.push(
        finding(side === 'source' ? 'ENC_SOURCE_KEY_NOT_ENABLED' : 'ENC_DESTINATION_KEY_NOT_ENABLED', 'error', { keyArn: keyLabel(k), state: k.keyState }, outputLocation(inputKey, k.out, k.paths.KeyState ?? [])),
      );
      problems.push(side === 'source' ? 'source-state' : 'destination-state');
    } else if (!k.keyState && k.enabled === false) {
      findings.push(
        finding(side === 'source' ? 'ENC_SOURCE_KEY_NOT_ENABLED' : 'ENC_DESTINATION_KEY_NOT_ENABLED', 'error', { keyArn: keyLabel(k), state: 'Disabled' }, outputLocation(inputKey, k.out, k.paths.Enabled ?? [])),
      );
      problems.push(side === 'source' ? 'source-state' : 'destination-state');
    }
  }

  // ---- source key: AWS managed on a type that keeps the source key
  let sourceOk = false;
  /** The source key metadata was read and told what it can; what is still open is the resource type. */
  let sourceRead = false;
  if (sourceKey?.keyManager === 'AWS') {
    const loc = outputLocation('sourceKeyMetadata', sourceKey.out, sourceKey.paths.KeyManager ?? []);
    if (managed === false && crossAccount !== false) {
      findings.push(finding('ENC_SOURCE_AWS_MANAGED_KEY', 'error', { keyArn: keyLabel(sourceKey), resourceType: type ?? '?', ...matrix }, loc));
      problems.push('source-aws-managed');
    } else if (managed === true) {
      findings.push(finding('ENC_SOURCE_AWS_MANAGED_KEY_FULLY_MANAGED', 'suggestion', { keyArn: keyLabel(sourceKey), resourceType: type ?? '?', ...matrix }, loc));
      sourceOk = true;
    } else if (managed === undefined) {
      findings.push(finding('ENC_SOURCE_AWS_MANAGED_KEY_TYPE_UNKNOWN', 'warning', { keyArn: keyLabel(sourceKey) }, loc));
      needType();
      warn = true;
      sourceRead = true;
    } else sourceOk = true;
  } else if (sourceKey?.keyManager === 'CUSTOMER') sourceOk = true;

  const sourceMatch = input.triage.find((m) => SOURCE_KEY_MESSAGES.includes(m.messageId));
  if (sourceMatch && !problems.includes('source-aws-managed')) {
    findings.push(finding('ENC_SOURCE_AWS_MANAGED_KEY_REPORTED', 'error', { message: message(sourceMatch.messageId), ...typeParams }));
    problems.push('source-aws-managed');
  }

  // ---- destination vault
  let destinationOk = false;
  let destinationProblem = false;
  /** The destination is on an AWS managed key: fine for a fully managed type, a block otherwise; the type is open. */
  let destinationTypeOpen = false;
  if (vault) {
    const isDefault = vault.name === 'Default' || (!!vault.name && vault.name.toLowerCase() === 'default');
    const awsKey =
      vault.encryptionKeyType === 'AWS_OWNED_KMS_KEY' ||
      /:alias\/aws\/backup$/.test(vault.encryptionKeyArn ?? '') ||
      (destKey?.keyManager === 'AWS' && (!vault.encryptionKeyArn || !destKey.arn || keyUuid(destKey.arn) === keyUuid(vault.encryptionKeyArn)));
    // Blocks only when the type is known to keep the source key; with the type unknown the vault cannot decide yet.
    const blocks = managed === false && crossAccount !== false;
    const open = managed === undefined && crossAccount !== false;
    const severity = blocks ? 'error' : open ? 'warning' : 'suggestion';
    if (isDefault) {
      const code = blocks ? 'ENC_DESTINATION_DEFAULT_VAULT' : open ? 'ENC_DESTINATION_DEFAULT_VAULT_TYPE_UNKNOWN' : 'ENC_DESTINATION_DEFAULT_VAULT_NOTE';
      findings.push(finding(code, severity, { vaultName: vault.name ?? 'Default', ...typeParams, ...matrix }, outputLocation('destinationVault', vault.out, vault.paths.BackupVaultName ?? vault.paths.BackupVaultArn ?? [])));
    }
    if (awsKey) {
      const path = vault.paths.EncryptionKeyType && vault.encryptionKeyType === 'AWS_OWNED_KMS_KEY' ? vault.paths.EncryptionKeyType : (vault.paths.EncryptionKeyArn ?? []);
      const code = blocks ? 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY' : open ? 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN' : 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_NOTE';
      findings.push(finding(code, severity, { vaultName: vault.name ?? '?', keyArn: vault.encryptionKeyArn ?? '?', ...matrix }, outputLocation('destinationVault', vault.out, path)));
    }
    if (isDefault || awsKey) {
      if (blocks) destinationProblem = true;
      else if (open) destinationTypeOpen = true;
      else destinationOk = true;
    }
    if (!isDefault && !awsKey) {
      if (vault.encryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY' || destKey?.keyManager === 'CUSTOMER') destinationOk = true;
      else if (managed === true) destinationOk = true; // the vault key encrypts the copy; whichever key it is, it is the vault's own
      else {
        findings.push(finding('ENC_DESTINATION_KEY_MANAGER_UNKNOWN', 'warning', { vaultName: vault.name ?? '?', keyArn: vault.encryptionKeyArn ?? '?' }, outputLocation('destinationVault', vault.out, vault.paths.EncryptionKeyArn ?? [])));
        needs.push('destinationKeyMetadata');
      }
    }
    if (destKey?.arn && vault.encryptionKeyArn && keyUuid(destKey.arn) && keyUuid(vault.encryptionKeyArn) && keyUuid(destKey.arn) !== keyUuid(vault.encryptionKeyArn)) {
      findings.push(finding('ENC_DESTINATION_KEY_MISMATCH', 'warning', { keyArn: destKey.arn, vaultKeyArn: vault.encryptionKeyArn }, outputLocation('destinationKeyMetadata', destKey.out, destKey.paths.Arn ?? [])));
      warn = true;
    }
  } else if (destKey) {
    if (destKey.keyManager === 'AWS' && managed !== true && crossAccount !== false) {
      const known = managed === false;
      findings.push(finding(known ? 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY' : 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN', known ? 'error' : 'warning', { vaultName: fact(input, 'destinationVaultName') ?? '?', keyArn: keyLabel(destKey) }, outputLocation('destinationKeyMetadata', destKey.out, destKey.paths.KeyManager ?? [])));
      if (known) destinationProblem = true;
      else destinationTypeOpen = true;
    } else if (destKey.keyManager === 'CUSTOMER' || (destKey.keyManager === 'AWS' && managed === true)) destinationOk = true;
  }
  if (destinationProblem) problems.push('destination-vault');

  const vaultMatch = input.triage.find((m) => m.messageId === 'vault-default-key' || m.messageId === 'storage-gateway-default-vault');
  if (vaultMatch && !destinationProblem) {
    findings.push(finding(vaultMatch.messageId === 'vault-default-key' ? 'ENC_VAULT_DEFAULT_KEY_REPORTED' : 'ENC_STORAGE_GATEWAY_VAULT_REPORTED', 'error', { message: message(vaultMatch.messageId) }));
    problems.push('destination-vault');
  }

  const accessMatch = input.triage.find((m) => KEY_ACCESS_MESSAGES.includes(m.messageId));
  if (accessMatch) {
    const params: Params = { message: message(accessMatch.messageId) };
    if (accessMatch.extracted?.keyArn) params.keyArn = accessMatch.extracted.keyArn;
    if (!sourceKey) {
      findings.push(finding('ENC_KEY_STATE_TO_CHECK', 'warning', params));
      needs.push('sourceKeyMetadata');
    } else if (!problems.includes('source-state')) {
      findings.push(finding('ENC_KEY_ENABLED_SEE_KEY_POLICY', 'suggestion', params));
    }
  }

  // ---- verdict
  if (problems.length > 0) {
    const raw = input.session.answers?.[DESTINATION_CUSTOMER_KEY_ANSWER];
    const customerKeyAnswer = typeof raw === 'string' ? raw.trim() : undefined;
    const customerKey = validValue('kmsKeyArn', customerKeyAnswer);
    const commands = new Commands(input);
    let fix: Fix;
    if (problems.includes('source-state') && sourceKey) fix = stateFix('source', sourceKey, input, commands);
    else if (problems.includes('source-aws-managed')) fix = reencryptFix(input, commands);
    else if (problems.includes('destination-vault')) {
      if (customerKeyAnswer && !customerKey) {
        // Given, but not a key ARN: say so, and ask again (the vault command is not written with it).
        const c = checkValue('kmsKeyArn', customerKeyAnswer);
        if (!c.ok) commands.reject([{ kind: 'kmsKeyArn', reason: c.reason, origin: { input: 'answers', answer: DESTINATION_CUSTOMER_KEY_ANSWER }, placeholder: PLACEHOLDERS.kmsKeyArn }]);
      }
      fix = vaultFix(input, vault, customerKey, commands);
      if (!customerKey) {
        // An answer that is not a KMS key ARN is asked for again: say why.
        if (customerKeyAnswer) findings.push(finding('ENC_CUSTOMER_KEY_ARN_INVALID', 'warning'));
        findings.push(finding('ENC_NEED_CUSTOMER_KEY_ARN', 'suggestion', { vaultName: newVaultName(vault, input) }));
        needs.push(DESTINATION_CUSTOMER_KEY_ANSWER);
      }
    } else fix = stateFix('destination', destKey!, input, commands);
    findings.push(...commands.findings());
    needs.push(...commands.needs());
    return result(ID, 'fail', findings, { fix, needs });
  }

  // Pass only on evaluated metadata: for types that keep the source key, both sides; for fully managed ones, the destination.
  const sourceNeeded = managed !== true;
  if (sourceNeeded && !sourceOk && !sourceRead) needs.push('sourceKeyMetadata');
  if (!destinationOk) {
    if (!vault) needs.push('destinationVault');
    // The vault names its key but not whether it is customer managed: the key's own metadata decides, unless the
    // resource type is what is open (an AWS managed destination key is fine for a fully managed type).
    else if (!destinationTypeOpen) needs.push('destinationKeyMetadata');
  }
  if (destinationTypeOpen) needType();
  if (managed === undefined && !(sourceKey?.keyManager === 'CUSTOMER' && destinationOk)) needType();
  if (needs.length > 0) return result(ID, 'unknown', findings, { needs });
  if (warn) return result(ID, 'warn', findings);
  findings.unshift(finding(managed ? 'ENC_OK_FULLY_MANAGED' : 'ENC_OK_CUSTOMER_KEYS', 'suggestion', { ...typeParams, ...matrix }));
  return result(ID, 'pass', findings);
}

