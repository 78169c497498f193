import { useState } from 'react';
import type { PasteKey, Session } from '../engine/types';
import { fetchExample } from '../app/examples';
import { store } from '../app/store';
import { useT } from '../app/i18n';

/** Which example files show each input broken and working. */
const EXAMPLES_FOR: Partial<Record<PasteKey, { broken: string; working: string }>> = {
  sourceKeyPolicy: { broken: 'key-policy-missing-destination.json', working: 'key-policy-working.json' },
  destinationVaultPolicy: { broken: 'vault-policy-wrong-account.json', working: 'vault-policy-working.json' },
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

  async function load(kind: 'broken' | 'working') {
    setMessage(t('example.loading'));
    try {
      const ex = await fetchExample(files![kind]);
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
      <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => load('broken')}>
        {t('example.loadBroken')}
      </button>
      <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => load('working')}>
        {t('example.loadWorking')}
      </button>
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </>
  );
}
