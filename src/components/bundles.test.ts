// The paste box's bundle reader: the example bundles (what the gather scripts print for two real broken copies) fill
// every input they carry, and a damaged bundle is refused with its reason while the others are still read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pack } from '../test-support/pack';
import { diagnose } from '../engine/diagnose';
import type { Session } from '../engine/types';
import { mergeBundles } from './bundles';

const empty = (): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} });
const bundle = (name: string, role: string) => readFileSync(`public/examples/bundles/${name}/${role}.json`, 'utf8');
const three = (name: string) => ['source', 'destination', 'management'].map((r) => bundle(name, r));

describe('mergeBundles (paste box)', () => {
  it('files what three bundles carry, and leaves no check needing input', () => {
    const m = mergeBundles(empty(), three('key-policy-missing-destination'));
    expect(m.refused).toEqual([]);
    expect(m.merged).toEqual(['source', 'destination', 'management']);
    expect(m.filed).toEqual(expect.arrayContaining(['copyJob', 'sourceKeyPolicy', 'destinationVaultPolicy', 'globalSettings', 'serviceControlPolicies', 'tagPolicy']));
    const d = diagnose(m.session, pack);
    expect(d.checks.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual([]);
    expect(d.checks.find((c) => c.id === 'source-key-policy')?.status).toBe('fail');
  });

  it('keeps an AccessDenied on a gathering call as a note naming the input, not as an allow', () => {
    const m = mergeBundles(empty(), three('vault-without-policy'));
    const denied = m.notes.filter((n) => n.code === 'GATHER_CALL_DENIED');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((n) => String(n.params.error) !== '' && n.input !== undefined)).toBe(true);
    // The input the denied call would have filled stays empty: "could not read it" is never "it allows".
    for (const n of denied) if (n.input) expect(m.filed).not.toContain(n.input);
  });

  it('refuses a damaged bundle with its reason and still reads the others', () => {
    const wrong = JSON.stringify({ ...JSON.parse(bundle('vault-without-policy', 'destination')), version: 2 });
    const m = mergeBundles(empty(), [bundle('vault-without-policy', 'source'), wrong, '{"format": "copy-doctor/bundle"']);
    expect(m.refused.map((r) => r.code)).toEqual(['BUNDLE_VERSION', 'BUNDLE_NOT_JSON']);
    expect(m.merged).toEqual(['source']);
    expect(m.filed).toContain('copyJob');
    expect(m.filed).not.toContain('destinationVaultPolicy');
  });

  it('returns the same session when nothing could be read', () => {
    const s = empty();
    const m = mergeBundles(s, ['[]']);
    expect(m.session).toBe(s);
    expect(m.refused.map((r) => r.code)).toEqual(['BUNDLE_NOT_OBJECT']);
    expect(m.filed).toEqual([]);
  });
});
