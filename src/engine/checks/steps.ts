// What each check's wizard step asks for: plain data, kept apart from the checks' logic so the start page can carry
// the whole wizard tree (the checks arrive later, with the engine's chunk). Each check's definition points at its entry.
import type { CheckId } from '../types';
import type { CheckStep } from './registry';

export const CHECK_STEPS: Record<CheckId, CheckStep> = {
  organization: {
    inputs: ['sourceOrganization', 'destinationOrganization'],
    questions: [
      { id: 'organization', options: ['same', 'different', 'not-sure'] },
      { id: 'lagCopyPath', options: ['ram', 'mpa', 'not-sure'] },
    ],
  },
  'cross-account-setting': { inputs: ['globalSettings'], questions: [{ id: 'crossAccountSetting', options: ['enabled', 'disabled', 'not-sure'] }] },
  'resource-support': {
    inputs: ['regionSettings', 'allowedImages'],
    questions: [
      { id: 'advancedFeatures', options: ['yes', 'no', 'not-sure'] },
      { id: 'recoveryPointKind', options: ['snapshot', 'continuous', 'cold', 'not-sure'] },
    ],
  },
  encryption: { inputs: ['sourceKeyMetadata', 'destinationVault', 'destinationKeyMetadata'], fields: ['destinationCustomerKeyArn'] },
  'source-key-policy': { inputs: ['sourceKeyPolicy'] },
  'destination-vault-policy': { inputs: ['destinationVaultPolicy'], questions: [{ id: 'vaultPolicyExists', options: ['yes', 'no', 'not-sure'] }], fields: ['sourceOrganizationPath'] },
  'tag-policy': { inputs: ['tagPolicy', 'resourceTags'] },
  'vault-lock': { inputs: ['destinationVault'], fields: ['copyRetentionDays'] },
  'service-control-policies': { inputs: ['serviceControlPolicies', 'resourceControlPolicies'], fields: ['destinationOrganizationPath'] },
  'iam-role': { inputs: ['copyJob', 'copyRolePolicies', 'sourceVaultPolicy'] },
};
