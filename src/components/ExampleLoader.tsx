import { useState } from 'react';
import type { PasteKey, Session } from '../engine/types';
import { fetchExample } from '../lib/examples';
import { store } from '../lib/store';
import { useT } from '../lib/i18n';

/** Which example files show each input broken (its check fails) and working (its check passes). */
const WORKING = 'working-cross-region-cross-account.json';
export const EXAMPLES_FOR: Partial<Record<PasteKey, { broken?: string; working?: string }>> = {
  copyJob: { broken: 'role-cannot-be-assumed.json' },
  sourceKeyPolicy: { broken: 'key-policy-missing-destination.json', working: 'key-policy-working.json' },
  destinationVaultPolicy: { broken: 'vault-policy-wrong-account.json', working: 'vault-policy-working.json' },
  globalSettings: { broken: 'cross-account-disabled.json', working: WORKING },
  sourceOrganization: { working: WORKING },
  destinationOrganization: { working: WORKING },
  sourceKeyMetadata: { broken: 'ebs-aws-managed-key.json', working: WORKING },
  destinationVault: { broken: 'destination-default-vault.json', working: WORKING },
  destinationKeyMetadata: { broken: 'destination-default-vault.json', working: WORKING },
  tagPolicy: { broken: 'tag-policy-cost-center.json', working: WORKING },
  resourceTags: { broken: 'tag-policy-cost-center.json', working: WORKING },
  serviceControlPolicies: { broken: 'scp-denies-copy.json', working: WORKING },
  resourceControlPolicies: { working: WORKING },
  regionSettings: { working: WORKING },
  allowedImages: { working: WORKING },
  copyRolePolicies: { broken: 'copy-role-without-copy-into.json' },
  sourceVaultPolicy: { broken: 'efs-automatic-vault-copy.json', working: 'vault-policy-on-source-vault.json' },
};

/**
 * Loads one input from an example. The example's facts fill only what the user has left empty,
 * so nothing the user typed is lost; the message says so.
 */
export function ExampleLoader({ input, session }: { input: PasteKey; session: Session }) {
  const t = useT();
  const [message, setMessage] = useState('');
  const files = EXAMPLES_FOR[input];
  if (!files) return null;

  async function load(kind: 'broken' | 'working', file: string) {
    setMessage(t('example.loading'));
    try {
      const ex = await fetchExample(file);
      const filled = Object.entries(ex.facts).filter(([k]) => !session.facts[k as keyof Session['facts']]?.trim());
      store.update((s) => ({
        ...s,
        facts: { ...Object.fromEntries(filled), ...Object.fromEntries(Object.entries(s.facts).filter(([, val]) => val?.trim())) },
        pastes: { ...s.pastes, [input]: ex.pastes[input] ?? '' },
      }));
      setMessage(t(kind === 'broken' ? 'example.loadedBroken' : 'example.loadedWorking', { count: filled.length }));
    } catch (e) {
      setMessage(t('example.failed', { error: (e as Error).message }));
    }
  }

  return (
    <>
      {files.broken && (
        <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => load('broken', files.broken!)}>
          {t('example.loadBroken')}
        </button>
      )}
      {files.working && (
        <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => load('working', files.working!)}>
          {t('example.loadWorking')}
        </button>
      )}
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </>
  );
}
