// The condition keys a copy's requests carry, and the ones they never carry. A condition on a key the request does not
// carry is decided like AWS decides it (a positive operator is false, a negated one true, ...IfExists true); a key
// whose value is simply not known here stays undecided. Names are matched ignoring case, as AWS does.
//
// Sources (checked 2026-12):
// - Global keys: IAM User Guide, "AWS global condition context keys"
//   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html), with each key's
//   "Availability": aws:CalledVia* are "not present if the service uses a service role or service-linked role";
//   aws:ViaAWSService is "always included" and true only for forward access sessions; aws:SourceAccount/SourceArn/
//   SourceOrg* only when "made directly by an AWS service principal"; aws:referer only for browser links.
// - KMS keys: AWS KMS Developer Guide, "AWS KMS condition keys"
//   (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html), the "API operations" column of each.
// - AWS Backup keys: Service Authorization Reference, "Actions, resources, and condition keys for AWS Backup"
//   (https://docs.aws.amazon.com/service-authorization/latest/reference/list_backup.html): CopyIntoBackupVault has
//   no backup: key, only aws:RequestTag/aws:ResourceTag (knowledge update, section 1.8).
// - The copy's calls are made by AWS Backup itself, with the destination's AWSServiceRoleForBackup (KMS) or the copy
//   job's role (vault): not from a client network, not through a VPC endpoint, not a browser, no MFA.

/** Every global condition key (lower case). `/` ending: a family (`aws:PrincipalTag/Team`). */
export const GLOBAL_KEYS: readonly string[] = [
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgpaths',
  'aws:principalorgid',
  'aws:principaltag/',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:assumedroot',
  'aws:federatedprovider',
  'aws:tokenissuetime',
  'aws:signinsessionarn',
  'aws:multifactorauthage',
  'aws:multifactorauthpresent',
  'aws:chatbotsourcearn',
  'aws:ec2instancesourcevpc',
  'aws:ec2instancesourceprivateipv4',
  'aws:sourceidentity',
  'aws:viacustomerdomain',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpcarn',
  'aws:sourcevpce',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:vpcsourceip',
  'aws:resourceaccount',
  'aws:resourceorgid',
  'aws:resourceorgpaths',
  'aws:resourcetag/',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:calledviaawsmcp',
  'aws:viaawsservice',
  'aws:viaawsmcpservice',
  'aws:currenttime',
  'aws:epochtime',
  'aws:referer',
  'aws:requestedregion',
  'aws:requesttag/',
  'aws:tagkeys',
  'aws:securetransport',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:useragent',
  'aws:ismcpserviceaction',
  // Older names still accepted in policies.
  'aws:sourceowner',
];

/** AWS KMS condition keys (lower case), from the KMS Developer Guide's list. */
export const KMS_KEYS: readonly string[] = [
  'kms:bypasspolicylockoutsafetycheck',
  'kms:calleraccount',
  'kms:customermasterkeyspec',
  'kms:customermasterkeyusage',
  'kms:datakeypairspec',
  'kms:encryptionalgorithm',
  'kms:encryptioncontext:',
  'kms:encryptioncontextkeys',
  'kms:expirationmodel',
  'kms:grantconstrainttype',
  'kms:grantisforawsresource',
  'kms:grantoperations',
  'kms:granteeprincipal',
  'kms:keyagreementalgorithm',
  'kms:keyorigin',
  'kms:keyspec',
  'kms:keyusage',
  'kms:macalgorithm',
  'kms:messagetype',
  'kms:multiregion',
  'kms:multiregionkeytype',
  'kms:primaryregion',
  'kms:reencryptonsamekey',
  'kms:requestalias',
  'kms:resourcealiases',
  'kms:replicaregion',
  'kms:retiringprincipal',
  'kms:grantconstraintsourcearn',
  'kms:granteeserviceprincipal',
  'kms:retiringserviceprincipal',
  'kms:rotationperiodindays',
  'kms:schedulekeydeletionpendingwindowindays',
  'kms:signingalgorithm',
  'kms:trailingdayswithoutkeyusage',
  'kms:validto',
  'kms:viaservice',
  'kms:wrappingalgorithm',
  'kms:wrappingkeyspec',
  // Nitro Enclaves attestation (Decrypt, GenerateDataKey*, GenerateRandom with a Recipient parameter).
  'kms:recipientattestation:',
];

/** AWS Backup's condition keys, as AWS lists them (the finding names them in this spelling). */
export const BACKUP_KEY_NAMES = [
  'backup:ChangeableForDays',
  'backup:CopyTargetOrgPaths',
  'backup:CopyTargets',
  'backup:FrameworkArns',
  'backup:Index',
  'backup:MaxRetentionDays',
  'backup:MinRetentionDays',
  'backup:MpaApprovalTeamArn',
] as const;
const BACKUP_KEYS: readonly string[] = BACKUP_KEY_NAMES.map((k) => k.toLowerCase());

/** Why a copy request certainly does not carry a key. */
export type AbsentReason =
  /** Not a condition key AWS has: `backup:CopySourceRegion`, `kms:ListGrant`, `aws:SourceRegion`. */
  | 'invented'
  /** A network or client key: AWS Backup makes the call itself (aws:SourceIp, aws:SourceVpce, MFA, a browser referer). */
  | 'service-call'
  /** A real key that this action's request (or a request to this service) never carries. */
  | 'not-in-request';

function known(list: readonly string[], lower: string): boolean {
  for (const k of list) {
    if (k.endsWith('/') || k.endsWith(':')) {
      if (lower.startsWith(k) && lower.length > k.length) return true;
    } else if (k === lower) return true;
  }
  return false;
}

/** The service prefix of a condition key, lower case (`aws`, `kms`, `backup`...), or '' when it has none. */
export function keyService(key: string): string {
  const i = key.indexOf(':');
  return i > 0 ? key.slice(0, i).toLowerCase() : '';
}

/** Is the key one AWS defines (a global key, or a key of KMS or AWS Backup)? Other services' keys are not judged. */
export function isRealKey(key: string): boolean | undefined {
  const lower = key.trim().toLowerCase();
  const service = keyService(lower);
  if (service === 'aws') return known(GLOBAL_KEYS, lower);
  if (service === 'kms') return known(KMS_KEYS, lower);
  if (service === 'backup') return known(BACKUP_KEYS, lower);
  return undefined;
}

/** Global keys that a call AWS Backup makes itself never carries. */
const NOT_IN_SERVICE_CALLS = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpcarn',
  'aws:sourcevpce',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:vpcsourceip',
  'aws:referer',
  'aws:multifactorauthage',
  'aws:multifactorauthpresent',
  'aws:ec2instancesourcevpc',
  'aws:ec2instancesourceprivateipv4',
  'aws:signinsessionarn',
  'aws:viacustomerdomain',
  'aws:chatbotsourcearn',
]);

/** Global keys a role session used by AWS Backup itself never carries (they belong to other kinds of principal or call). */
const NOT_FOR_ROLE_SESSIONS = new Set([
  // Only for calls made directly by an AWS service principal.
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  // Only for IAM users, federation, root sessions, identity centre source identities.
  'aws:username',
  'aws:federatedprovider',
  'aws:assumedroot',
  'aws:sourceidentity',
  // Not present when a service uses a service role or service-linked role.
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:calledviaawsmcp',
  'aws:viaawsmcpservice',
]);

/** KMS keys by the operations whose requests carry them (the copy's operations only; others carry none of these). */
const KMS_KEYS_BY_ACTION: Record<string, readonly string[]> = {
  'kms:grantisforawsresource': ['kms:creategrant', 'kms:listgrants', 'kms:revokegrant'],
  'kms:grantoperations': ['kms:creategrant'],
  'kms:grantconstrainttype': ['kms:creategrant'],
  'kms:granteeprincipal': ['kms:creategrant'],
  'kms:retiringprincipal': ['kms:creategrant'],
  'kms:grantconstraintsourcearn': ['kms:creategrant'],
  'kms:granteeserviceprincipal': ['kms:creategrant'],
  'kms:retiringserviceprincipal': ['kms:creategrant'],
  'kms:encryptioncontext:': ['kms:creategrant', 'kms:encrypt', 'kms:decrypt', 'kms:generatedatakey', 'kms:generatedatakeywithoutplaintext', 'kms:reencryptfrom', 'kms:reencryptto'],
  'kms:encryptioncontextkeys': ['kms:creategrant', 'kms:encrypt', 'kms:decrypt', 'kms:generatedatakey', 'kms:generatedatakeywithoutplaintext', 'kms:reencryptfrom', 'kms:reencryptto'],
  'kms:encryptionalgorithm': ['kms:encrypt', 'kms:decrypt', 'kms:generatedatakey', 'kms:generatedatakeywithoutplaintext', 'kms:reencryptfrom', 'kms:reencryptto'],
  'kms:reencryptonsamekey': ['kms:reencryptfrom', 'kms:reencryptto'],
  // Properties of the key: in every request on the key.
  'kms:calleraccount': ['*'],
  'kms:viaservice': ['*'],
  'kms:keyspec': ['*'],
  'kms:keyusage': ['*'],
  'kms:customermasterkeyspec': ['*'],
  'kms:customermasterkeyusage': ['*'],
  'kms:keyorigin': ['*'],
  'kms:multiregion': ['*'],
  'kms:multiregionkeytype': ['*'],
  'kms:resourcealiases': ['*'],
  'kms:requestalias': ['*'],
};

function kmsFamily(lower: string): string {
  if (lower.startsWith('kms:encryptioncontext:')) return 'kms:encryptioncontext:';
  if (lower.startsWith('kms:recipientattestation:')) return 'kms:recipientattestation:';
  return lower;
}

export type CopyService = 'kms' | 'backup';

/**
 * Why the copy's request for `action` (a call to `service` made by AWS Backup with a role session) certainly does not
 * carry `key`; undefined when it may. Values the caller knows go in the request context; this answers for the rest.
 */
export function absentFromCopyCall(service: CopyService, action: string, key: string): AbsentReason | undefined {
  const id = `${service}|${action}|${key}`;
  if (memo.has(id)) return memo.get(id);
  if (memo.size > 5000) memo.clear();
  const reason = classify(service, action, key);
  memo.set(id, reason);
  return reason;
}

/** Policies repeat their condition keys, and every request asks about each: remember the answers. */
const memo = new Map<string, AbsentReason | undefined>();

function classify(service: CopyService, action: string, key: string): AbsentReason | undefined {
  const lower = key.trim().toLowerCase();
  const prefix = keyService(lower);
  if (prefix === '') return 'invented';
  const real = isRealKey(lower);
  if (real === false) return 'invented';
  if (prefix === 'aws') {
    if (NOT_IN_SERVICE_CALLS.has(lower)) return 'service-call';
    if (NOT_FOR_ROLE_SESSIONS.has(lower)) return 'not-in-request';
    // Tags in the request: KMS takes them only when creating or tagging a key, never in the copy's calls.
    if (service === 'kms' && (lower.startsWith('aws:requesttag/') || lower === 'aws:tagkeys')) return 'not-in-request';
    return undefined;
  }
  // A key of another service is only in requests to that service (cross-service keys such as ec2:SourceInstanceArn
  // belong to sessions of other principals, never to a role session AWS Backup uses).
  if (prefix !== service) return 'not-in-request';
  if (service === 'backup') {
    // Of AWS Backup's keys the copy's calls carry only the copy targets, on CopyFromBackupVault (service authorization
    // reference); CopyIntoBackupVault and StartCopyJob carry none.
    const carried = action.toLowerCase() === 'backup:copyfrombackupvault' && (lower === 'backup:copytargets' || lower === 'backup:copytargetorgpaths');
    return carried ? undefined : 'not-in-request';
  }
  const actions = KMS_KEYS_BY_ACTION[kmsFamily(lower)];
  if (!actions) return 'not-in-request';
  const a = action.toLowerCase();
  return actions.includes('*') || actions.includes(a) ? undefined : 'not-in-request';
}
