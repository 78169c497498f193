// Every check, in the wizard's and the report's order. diagnose(), the wizard's check steps, the facts each check
// reads and the catalog tests all come from this list: a new check is one module here plus its words and tests.
import { GRAMMAR_CODES } from '../policy/grammar';
import { INPUT_VALUE_REJECTED } from '../inputs/rejections';
import type { CHECK_IDS, CheckId } from '../types';
import { crossAccountSettingCheck } from './crossAccountSetting';
import { destinationVaultPolicyCheck } from './destinationVaultPolicy';
import { encryptionCheck } from './encryption';
import { iamRoleCheck } from './iamRole';
import { organizationCheck } from './organization';
import { PASTE_CODES } from './pasteProblems';
import { POLICY_FINDING_CODES } from './policyFindings';
import type { CheckDefinition } from './registry';
import type { CHECK_STEPS } from './steps';
import { resourceSupportCheck } from './resourceSupport';
import { serviceControlPoliciesCheck } from './serviceControlPolicies';
import { sourceKeyPolicyCheck } from './sourceKeyPolicy';
import { tagPolicyCheck } from './tagPolicy';
import { VERIFY_CODES } from './verify';
import { vaultLockCheck } from './vaultLock';

/** One check per id of `CHECK_IDS`, in that order: a check out of place is a compile error at its line, naming the id due there. */
type InContractOrder<Ids extends readonly CheckId[]> = { readonly [K in keyof Ids]: CheckDefinition<Ids[K]> };
/** The ids of `CHECK_IDS` (and so of the steps in `CHECK_STEPS`) that `CHECKS` leaves out. */
type MissingChecks = Exclude<CheckId | keyof typeof CHECK_STEPS, (typeof CHECKS)[number]['id']>;
type NoneOf<T extends never> = T;
/** A check left out of `CHECKS` is a compile error here that names it: `Type '"encryption"' does not satisfy the constraint 'never'`. */
export type EveryCheckListed = NoneOf<MissingChecks>;

export const CHECKS = [
  organizationCheck,
  crossAccountSettingCheck,
  resourceSupportCheck,
  encryptionCheck,
  sourceKeyPolicyCheck,
  destinationVaultPolicyCheck,
  tagPolicyCheck,
  vaultLockCheck,
  serviceControlPoliciesCheck,
  iamRoleCheck,
] as const satisfies InContractOrder<typeof CHECK_IDS>;

export const CHECK_BY_ID = Object.fromEntries(CHECKS.map((c) => [c.id, c])) as Record<CheckId, CheckDefinition>;

/** Codes diagnose() adds around any check. */
export const DIAGNOSE_CODES = ['CHECK_NOT_APPLICABLE_SAME_ACCOUNT', 'CHECK_INTERNAL_ERROR', 'FACT_CONFLICT', 'PASTE_CONFLICT', INPUT_VALUE_REJECTED] as const;

/** Codes that shared modules emit on behalf of whichever check uses them. */
export const SHARED_CODES = [...GRAMMAR_CODES, ...POLICY_FINDING_CODES, ...PASTE_CODES, ...VERIFY_CODES, ...DIAGNOSE_CODES] as const;

/** Every finding code there is: each needs `finding.<code>` words in every language (the catalogs' types check it). */
export type FindingCode = (typeof CHECKS)[number]['codes'][number] | (typeof SHARED_CODES)[number];
/** Every fix summary code: each needs `fix.<code>` words. */
export type FixCode = (typeof CHECKS)[number]['fixCodes'][number];
