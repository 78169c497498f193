// Golden tests: every example session in public/examples runs through diagnose; statuses equal index.json's
// `expected`, finding codes equal the explicit lists below, and corrected documents equal public/examples/expected.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFix, diagnose } from './diagnose';
import { validateKnowledge } from './knowledge/schema';
import { readSession } from './session';
import { CHECK_IDS, type CheckId, type Session } from './types';

const root = new URL('../../public/', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));

const knowledge = validateKnowledge({
  errors: readJson('knowledge/errors.json'),
  regions: readJson('knowledge/regions.json'),
  resources: readJson('knowledge/resources.json'),
});
if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
const pack = knowledge.pack;

interface Example {
  id: string;
  file: string;
  title: { en: string; 'zh-TW': string };
  story: { en: string; 'zh-TW': string };
  expected: Partial<Record<CheckId, string>>;
}
const index = readJson('examples/index.json') as { examples: Example[] };

const NOT_ALLOWED = Array(7).fill('KEY_POLICY_ACTION_NOT_ALLOWED') as string[];
const GRANTS_NOT_ALLOWED = Array(3).fill('KEY_POLICY_GRANT_NOT_ALLOWED') as string[];

/** Finding codes of the policy checks and the organization check, per example (other checks: see below). */
const CODES: Record<string, Partial<Record<CheckId, string[]>>> = {
  'key-policy-missing-destination': {
    organization: [],
    'source-key-policy': [...NOT_ALLOWED, ...GRANTS_NOT_ALLOWED],
    'destination-vault-policy': [],
  },
  'key-policy-working': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [] },
  'vault-policy-missing': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_MISSING'] },
  'vault-policy-org-condition': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [] },
  'vault-policy-working': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [] },
  'key-policy-pasted-from-chat': {
    organization: [],
    'source-key-policy': [...GRANTS_NOT_ALLOWED, 'PASTE_DAMAGE_TYPOGRAPHIC_QUOTES', 'PASTE_DAMAGE_TRAILING_COMMA', 'FIX_FROM_REPAIRED_TEXT', 'KEY_ARN_UNKNOWN'],
    'destination-vault-policy': [],
  },
  'key-policy-cli-output': { organization: [], 'source-key-policy': GRANTS_NOT_ALLOWED, 'destination-vault-policy': [] },
  'key-policy-deny': { organization: [], 'source-key-policy': ['KEY_POLICY_DENY_BLOCKS_COPY', 'POLICY_DENY_NARROWED'], 'destination-vault-policy': [] },
  'vault-policy-wrong-account': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_SOURCE_NOT_ALLOWED', 'POLICY_ACCOUNT_NEAR_MISS'] },
  'org-mismatch': { organization: ['ORG_MISMATCH_REPORTED'], 'source-key-policy': [], 'destination-vault-policy': [] },
};

/** Checks whose fix has documents, per example. */
const FIXED: Record<string, CheckId[]> = {
  'key-policy-missing-destination': ['source-key-policy'],
  'vault-policy-missing': ['destination-vault-policy'],
  'key-policy-pasted-from-chat': ['source-key-policy'],
  'key-policy-cli-output': ['source-key-policy'],
  'key-policy-deny': ['source-key-policy'],
  'vault-policy-wrong-account': ['destination-vault-policy'],
};

/** The checks whose findings and documents this file pins down (the other checks have their own tests). */
const OWN: CheckId[] = ['organization', 'source-key-policy', 'destination-vault-policy'];

function load(file: string): Session {
  const s = readSession(readJson(`examples/${file}`));
  if (!s.ok) throw new Error(`${file}: ${s.error}`);
  return s.session;
}

describe('example index', () => {
  it('lists every example file, each once, with both languages and all check ids', () => {
    const files = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.examples.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(index.examples.map((e) => e.id)).size).toBe(index.examples.length);
    for (const e of index.examples) {
      expect(e.file).toBe(`${e.id}.json`);
      expect(e.title.en && e.title['zh-TW'] && e.story.en && e.story['zh-TW']).toBeTruthy();
      expect(Object.keys(e.expected).sort()).toEqual([...CHECK_IDS].sort());
    }
    expect(Object.keys(CODES).sort()).toEqual(index.examples.map((e) => e.id).sort());
  });

  it('uses no documentation example account IDs', () => {
    for (const e of index.examples) {
      const text = readFileSync(new URL(`examples/${e.file}`, root), 'utf8');
      expect(text).not.toMatch(/111122223333|444455556666|123456789012/);
    }
  });
});

describe.each(index.examples)('example $id', (example) => {
  const session = load(example.file);
  const d = diagnose(session, pack);

  it('has the expected status for every check', () => {
    expect(Object.fromEntries(d.checks.map((c) => [c.id, c.status]))).toEqual(example.expected);
  });

  it('has the expected finding codes', () => {
    for (const c of d.checks) {
      const expected = CODES[example.id]?.[c.id];
      if (expected) expect({ check: c.id, codes: c.findings.map((f) => f.code) }).toEqual({ check: c.id, codes: expected });
      // Every finding, of any check, has a stable UPPER_SNAKE code and a severity.
      for (const f of c.findings) {
        expect(f.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(['error', 'security-warning', 'warning', 'suggestion']).toContain(f.severity);
      }
    }
  });

  it('produces the expected corrected documents, and applying them makes the check pass', () => {
    const withDocs = d.checks.filter((c) => OWN.includes(c.id) && (c.fix?.documents.length ?? 0) > 0).map((c) => c.id);
    expect(withDocs).toEqual(FIXED[example.id] ?? []);
    for (const c of d.checks.filter((x) => OWN.includes(x.id))) {
      if (!c.fix || c.fix.documents.length === 0) continue;
      for (const doc of c.fix.documents) {
        const file = new URL(`examples/expected/${example.id}.${doc.input}.json`, root);
        expect(existsSync(file), `missing ${file.pathname}`).toBe(true);
        expect(doc.text).toBe(readFileSync(file, 'utf8'));
        expect(() => JSON.parse(doc.text)).not.toThrow();
      }
      const again = diagnose(applyFix(session, c.fix), pack).checks.find((x) => x.id === c.id);
      expect(again?.status).toBe('pass');
      expect(again?.fix).toBeUndefined();
    }
  });

  it('renders messages through a translate function', () => {
    const t = diagnose(session, pack, { translate: (key, params) => `${key}|${JSON.stringify(params ?? {})}` });
    for (const c of t.checks) {
      for (const f of c.findings) expect(f.message).toBe(`finding.${f.code}|${JSON.stringify(f.params ?? {})}`);
      if (c.fix?.summaryCode) expect(c.fix.summary).toBe(`fix.${c.fix.summaryCode}|${JSON.stringify(c.fix.summaryParams ?? {})}`);
    }
  });
});
