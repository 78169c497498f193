import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../types';
import { missingByAccount } from './missing';

describe('missingByAccount', () => {
  it('groups the unknown checks’ needs by the account whose script reads them, once each, with every check that asks', () => {
    const d = {
      checks: [
        { id: 'source-key-policy', status: 'unknown', findings: [], needs: ['sourceKeyPolicy', 'destinationAccountId'] },
        { id: 'destination-vault-policy', status: 'unknown', findings: [], needs: ['destinationVaultPolicy', 'destinationAccountId'] },
        { id: 'service-control-policies', status: 'unknown', findings: [], needs: ['serviceControlPolicies', 'destinationOrgPath'] },
        { id: 'encryption', status: 'fail', findings: [], needs: ['sourceKeyMetadata'] },
      ],
    } as unknown as Diagnosis;
    const m = missingByAccount(d);
    expect(m.source).toEqual([{ need: 'sourceKeyPolicy', checks: ['source-key-policy'] }]);
    expect(m.destination).toEqual([
      { need: 'destinationAccountId', checks: ['source-key-policy', 'destination-vault-policy'] },
      { need: 'destinationVaultPolicy', checks: ['destination-vault-policy'] },
    ]);
    expect(m.management).toEqual([{ need: 'serviceControlPolicies', checks: ['service-control-policies'] }]);
    expect(m.yourself).toEqual([{ need: 'destinationOrgPath', checks: ['service-control-policies'] }]);
  });
});
