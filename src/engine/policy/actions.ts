// Action names a policy may name, per service, to tell a misspelled action (`kms:ListGrant`) from a real one. IAM and
// KMS accept a policy with an action that does not exist; the statement then grants or denies nothing for it.
//
// AWS KMS: every action of the Service Authorization Reference's "Actions defined by AWS Key Management Service"
// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html).
import { globMatch } from './match';

export const KMS_ACTIONS = [
  'CancelKeyDeletion',
  'ConnectCustomKeyStore',
  'CreateAlias',
  'CreateCustomKeyStore',
  'CreateGrant',
  'CreateKey',
  'Decrypt',
  'DeleteAlias',
  'DeleteCustomKeyStore',
  'DeleteImportedKeyMaterial',
  'DeriveSharedSecret',
  'DescribeCustomKeyStores',
  'DescribeKey',
  'DisableKey',
  'DisableKeyRotation',
  'DisconnectCustomKeyStore',
  'EnableKey',
  'EnableKeyRotation',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GenerateRandom',
  'GetKeyPolicy',
  'GetKeyRotationStatus',
  'GetParametersForImport',
  'GetPublicKey',
  'ImportKeyMaterial',
  'ListAliases',
  'ListGrants',
  'ListKeyPolicies',
  'ListKeyRotations',
  'ListKeys',
  'ListResourceTags',
  'ListRetirableGrants',
  'PutKeyPolicy',
  'ReEncryptFrom',
  'ReEncryptTo',
  'ReplicateKey',
  'RetireGrant',
  'RevokeGrant',
  'RotateKeyOnDemand',
  'ScheduleKeyDeletion',
  'Sign',
  'SynchronizeMultiRegionKey',
  'TagResource',
  'UntagResource',
  'UpdateAlias',
  'UpdateCustomKeyStore',
  'UpdateKeyDescription',
  'UpdatePrimaryRegion',
  'Verify',
  'VerifyMac',
] as const;

/** The services whose action names are known here, by lower-case prefix. */
const KNOWN: Record<string, readonly string[]> = { kms: KMS_ACTIONS };

/** The known action names of a service (without its prefix), or undefined when this module does not know them. */
export function knownActions(service: string): readonly string[] | undefined {
  return KNOWN[service.toLowerCase()];
}

/**
 * Whether `action` (`service:Name`, maybe with wildcards) names at least one real action of its service. Undefined
 * when the service's actions are not known here. Action names are not case-sensitive.
 */
export function isKnownAction(action: string): boolean | undefined {
  const at = action.indexOf(':');
  if (at < 0) return undefined;
  const service = action.slice(0, at);
  const names = knownActions(service);
  if (!names) return undefined;
  const pattern = action.slice(at + 1).trim().toLowerCase();
  const lower = lowerNames(service, names);
  if (!pattern.includes('*') && !pattern.includes('?')) return lower.has(pattern);
  for (const n of lower) if (globMatch(pattern, n)) return true;
  return false;
}

const LOWER = new Map<string, Set<string>>();
function lowerNames(service: string, names: readonly string[]): Set<string> {
  const key = service.toLowerCase();
  let set = LOWER.get(key);
  if (!set) LOWER.set(key, (set = new Set(names.map((n) => n.toLowerCase()))));
  return set;
}
