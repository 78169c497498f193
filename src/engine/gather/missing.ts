// What a diagnosis still misses, grouped by the account whose gather script reads it (ADR 6): the results page shows
// this and offers each account's script. What no script reads (an answer only the user can give) is `yourself`.
import type { CheckId, Diagnosis } from '../types';
import type { GatherRole } from './bundle';

/** The account whose gather script reads each input (the bundles fill these; ADR 6). */
const ACCOUNT_OF: Record<string, GatherRole> = {
  errorMessage: 'source',
  copyJob: 'source',
  sourceKeyPolicy: 'source',
  sourceKeyMetadata: 'source',
  sourceVaultPolicy: 'source',
  regionSettings: 'source',
  copyRolePolicies: 'source',
  sourceOrganization: 'source',
  resourceTags: 'source',
  sourceAccountId: 'source',
  sourceRegion: 'source',
  sourceKeyArn: 'source',
  resourceType: 'source',
  destinationVaultPolicy: 'destination',
  destinationVault: 'destination',
  destinationKeyMetadata: 'destination',
  allowedImages: 'destination',
  destinationOrganization: 'destination',
  destinationAccountId: 'destination',
  destinationRegion: 'destination',
  destinationVaultName: 'destination',
  destinationVaultKeyArn: 'destination',
  globalSettings: 'management',
  serviceControlPolicies: 'management',
  resourceControlPolicies: 'management',
  tagPolicy: 'management',
  organizationId: 'management',
};

export interface Missing {
  need: string;
  checks: CheckId[];
}

/** Each unknown check's needs, grouped by the account that holds them; what no script reads goes under `yourself`. */
export function missingByAccount(diagnosis: Diagnosis): Record<GatherRole | 'yourself', Missing[]> {
  const out: Record<GatherRole | 'yourself', Missing[]> = { source: [], destination: [], management: [], yourself: [] };
  for (const c of diagnosis.checks) {
    if (c.status !== 'unknown') continue;
    for (const need of c.needs ?? []) {
      const list = out[ACCOUNT_OF[need] ?? 'yourself'];
      const have = list.find((m) => m.need === need);
      if (have) {
        if (!have.checks.includes(c.id)) have.checks.push(c.id);
      } else list.push({ need, checks: [c.id] });
    }
  }
  return out;
}

