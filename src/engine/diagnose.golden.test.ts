// Golden tests: every example session in public/examples runs through diagnose; statuses equal index.json's
// `expected`, finding codes equal the explicit lists below, and corrected documents equal public/examples/expected.
// Every fix with documents is re-verified: pasting its documents in (applyFix) and diagnosing again passes the check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFix, diagnose } from './diagnose';
import { validateKnowledge } from './knowledge/schema';
import { readSession } from './session';
import { CHECK_IDS, type CheckId, type Session } from './types';
import { isStepId } from '../wizard/tree';

/** The steps a walkthrough may explain (the wizard's own step ids; `start` and `examples` are not part of a case). */
const WALKTHROUGH_STEPS = ['triage', 'facts', ...CHECK_IDS.map((c) => `check-${c}`), 'results'];

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
  tags: string[];
  start: string;
  walkthrough: Record<string, { en: string; 'zh-TW': string }>;
}
const index = readJson('examples/index.json') as { examples: Example[] };

const NOT_ALLOWED = ['KEY_POLICY_ACTION_NOT_ALLOWED'];
/** kms:CreateGrant (the copy needs it), then kms:ListGrants and kms:RevokeGrant (recommended), each group one finding. */
const GRANTS_NOT_ALLOWED = ['KEY_POLICY_GRANT_NOT_ALLOWED', 'KEY_POLICY_RECOMMENDED_GRANT_MISSING'];

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
  'key-policy-recommended-grants': { organization: [], 'source-key-policy': ['KEY_POLICY_RECOMMENDED_GRANT_MISSING'], 'destination-vault-policy': [] },
  'vault-policy-wrong-account': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_SOURCE_NOT_ALLOWED', 'POLICY_ACCOUNT_NEAR_MISS'] },
  'org-mismatch': { organization: ['ORG_MISMATCH_REPORTED'], 'source-key-policy': [], 'destination-vault-policy': [] },
  'cross-account-disabled': {
    organization: ['ORG_SAME'],
    'cross-account-setting': ['CROSS_ACCOUNT_DISABLED', 'CROSS_ACCOUNT_DISABLED_REPORTED'],
    'source-key-policy': [],
    'destination-vault-policy': [],
  },
  'rds-cross-region-cross-account': {
    organization: [],
    'resource-support': ['COPY_SUPPORTED', 'COPY_SUBTYPE_LIMIT', 'COPY_SINGLE_ACTION_NOW_SUPPORTED'],
    'source-key-policy': [],
    'destination-vault-policy': [],
  },
  'dynamodb-without-advanced-features': { organization: [], 'resource-support': ['DYNAMODB_ADVANCED_FEATURES_OFF'], 'source-key-policy': [], 'destination-vault-policy': [] },
  'destination-default-vault': {
    organization: [],
    encryption: ['ENC_DESTINATION_DEFAULT_VAULT', 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY'],
    'source-key-policy': [],
    'destination-vault-policy': [],
    'vault-lock': ['VAULT_NOT_LOCKED'],
  },
  'ebs-aws-managed-key': { organization: [], encryption: ['ENC_SOURCE_AWS_MANAGED_KEY'], 'source-key-policy': [], 'destination-vault-policy': [] },
  'kms-key-pending-deletion': { organization: [], encryption: ['ENC_SOURCE_KEY_NOT_ENABLED'], 'source-key-policy': [], 'destination-vault-policy': [] },
  'key-policy-placeholder': {
    organization: [],
    'source-key-policy': [...NOT_ALLOWED, ...GRANTS_NOT_ALLOWED, 'PLACEHOLDER_LEFT', 'PLACEHOLDER_LEFT', 'POLICY_PLACEHOLDER_REPLACED', 'POLICY_PLACEHOLDER_REPLACED'],
    'destination-vault-policy': [],
  },
  'vault-policy-article-placeholder': {
    organization: [],
    'source-key-policy': [],
    'destination-vault-policy': ['VAULT_POLICY_SOURCE_NOT_ALLOWED', 'PLACEHOLDER_LEFT', 'ARN_HAS_SPACE', 'POLICY_PLACEHOLDER_REPLACED'],
  },
  'new-vault-without-policy': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_MISSING'], 'vault-lock': ['VAULT_NOT_LOCKED'] },
  'key-policy-article-space-draft': {
    organization: [],
    'source-key-policy': ['KEY_POLICY_LOCKOUT', 'PLACEHOLDER_LEFT', 'ARN_HAS_SPACE', 'POLICY_PLACEHOLDER_REPLACED'],
    'destination-vault-policy': [],
  },
  'tag-policy-cost-center': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'tag-policy': ['TAG_VALUE_NOT_ALLOWED', 'TAG_POLICY_RULE'] },
  'vault-lock-retention': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'vault-lock': ['VAULT_LOCK_RETENTION_REPORTED'] },
  'role-cannot-be-assumed': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'iam-role': ['IAM_ROLE_CANNOT_BE_ASSUMED'] },
  'scp-denies-copy': {
    organization: [],
    'source-key-policy': [],
    'destination-vault-policy': [],
    'service-control-policies': ['SCP_DENY_BLOCKS_COPY', 'SCP_SERVICE_LINKED_ROLE_EXEMPT'],
  },
  'terraform-vault-without-policy': { organization: ['ORG_SAME'], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_MISSING'], 'cross-account-setting': ['CROSS_ACCOUNT_ENABLED'], 'vault-lock': ['VAULT_NOT_LOCKED'], 'service-control-policies': ['SCP_MAY_EXPLAIN_MESSAGE'], 'iam-role': ['IAM_ROLE_NOT_IMPLICATED', 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS'] },
  'vault-policy-on-source-vault': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['VAULT_POLICY_MISSING'], 'service-control-policies': ['SCP_MAY_EXPLAIN_MESSAGE'], 'iam-role': ['IAM_ROLE_NOT_IMPLICATED', 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS', 'SOURCE_VAULT_POLICY_NO_DENY'] },
  'copy-targets-pinned-single-action': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'service-control-policies': ['SCP_DENY_BLOCKS_COPY', 'SCP_SERVICE_LINKED_ROLE_EXEMPT'], 'iam-role': ['IAM_ROLE_NOT_IMPLICATED', 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS'] },
  'vault-policy-never-matching-conditions': { organization: [], 'source-key-policy': [], 'destination-vault-policy': ['POLICY_CONDITION_KEY_INVENTED', 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'VAULT_POLICY_SOURCE_NOT_ALLOWED'], 'service-control-policies': ['SCP_MAY_EXPLAIN_MESSAGE'], 'iam-role': ['IAM_ROLE_NOT_IMPLICATED', 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS'] },
  'copy-role-without-copy-into': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'service-control-policies': ['SCP_NO_DENY', 'SCP_SERVICE_LINKED_ROLE_EXEMPT'], 'iam-role': ['IAM_ROLE_POLICY_ACTION_NOT_ALLOWED'] },
  'efs-automatic-vault-copy': { organization: [], 'source-key-policy': [], 'destination-vault-policy': [], 'iam-role': ['IAM_ROLE_MESSAGE_NOT_RECOGNISED', 'SOURCE_VAULT_POLICY_DENIES_COPY', 'SOURCE_VAULT_EFS_DEFAULT_POLICY'] },
  'working-cross-region-cross-account': {
    organization: ['ORG_SAME'],
    'cross-account-setting': ['CROSS_ACCOUNT_ENABLED'],
    'resource-support': ['COPY_SUPPORTED'],
    encryption: ['ENC_OK_CUSTOMER_KEYS'],
    'source-key-policy': [],
    'destination-vault-policy': [],
    'tag-policy': ['TAGS_COMPLY'],
    'vault-lock': ['VAULT_LOCK_RETENTION_OK'],
    'service-control-policies': ['SCP_NO_DENY', 'RCP_NO_KMS_DENY', 'SCP_JOB_ROLE_UNKNOWN', 'SCP_SERVICE_LINKED_ROLE_EXEMPT', 'RCP_ONLY_KMS'],
    'iam-role': [],
  },
};

/** Checks whose fix has documents, per example. */
const FIXED: Record<string, CheckId[]> = {
  'key-policy-missing-destination': ['source-key-policy'],
  'vault-policy-missing': ['destination-vault-policy'],
  'key-policy-pasted-from-chat': ['source-key-policy'],
  'key-policy-cli-output': ['source-key-policy'],
  'key-policy-deny': ['source-key-policy'],
  'key-policy-recommended-grants': ['source-key-policy'],
  'vault-policy-wrong-account': ['destination-vault-policy'],
  'key-policy-placeholder': ['source-key-policy'],
  'vault-policy-article-placeholder': ['destination-vault-policy'],
  'new-vault-without-policy': ['destination-vault-policy'],
  'tag-policy-cost-center': ['tag-policy'],
  'key-policy-article-space-draft': ['source-key-policy'],
  'scp-denies-copy': ['service-control-policies'],
  'terraform-vault-without-policy': ['destination-vault-policy'],
  'vault-policy-on-source-vault': ['destination-vault-policy'],
  'copy-targets-pinned-single-action': ['service-control-policies'],
  'vault-policy-never-matching-conditions': ['destination-vault-policy'],
  'copy-role-without-copy-into': ['iam-role'],
  'efs-automatic-vault-copy': ['iam-role'],
};

/**
 * The status a check has once its corrected documents are applied, where it is not `pass`. A corrected policy that
 * keeps a statement whose conditions never match (vault-policy-never-matching-conditions) passes: its own Allow
 * covers the copy, so the dead Allow blocks nothing and is only a suggestion (ADR 5).
 */
const AFTER_FIX: Record<string, Partial<Record<CheckId, string>>> = {
  // The source vault no longer denies StartCopyJob; no copy job ran yet, so nothing shows the role itself is right.
  'efs-automatic-vault-copy': { 'iam-role': 'unknown' },
};

function load(file: string): Session {
  const s = readSession(readJson(`examples/${file}`));
  if (!s.ok) throw new Error(`${file}: ${s.error}`);
  return s.session;
}

describe('example index', () => {
  it('lists every example file, each once, with both languages and known check ids', () => {
    const files = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.examples.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(index.examples.map((e) => e.id)).size).toBe(index.examples.length);
    for (const e of index.examples) {
      expect(e.file).toBe(`${e.id}.json`);
      expect(e.title.en && e.title['zh-TW'] && e.story.en && e.story['zh-TW']).toBeTruthy();
      for (const id of Object.keys(e.expected)) expect(CHECK_IDS, `${e.id}: ${id}`).toContain(id);
    }
    expect(Object.keys(CODES).sort()).toEqual(index.examples.map((e) => e.id).sort());
  });

  it('gives every example tags, a start step and a walkthrough in both languages for valid steps', () => {
    for (const step of WALKTHROUGH_STEPS) expect(isStepId(step), step).toBe(true);
    for (const e of index.examples) {
      const where = `example ${e.id}`;
      expect(Array.isArray(e.tags) && e.tags.length > 0, `${where}: tags`).toBe(true);
      for (const tag of e.tags) expect(tag, where).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(new Set(e.tags).size, `${where}: tags are unique`).toBe(e.tags.length);
      expect(WALKTHROUGH_STEPS, `${where}: start ${e.start}`).toContain(e.start);
      const steps = Object.keys(e.walkthrough ?? {});
      expect(steps.length, `${where}: walkthrough`).toBeGreaterThan(0);
      expect(steps, `${where}: the walkthrough explains the step it opens at`).toContain(e.start);
      for (const step of steps) {
        expect(WALKTHROUGH_STEPS, `${where}: walkthrough step ${step}`).toContain(step);
        const text = e.walkthrough[step]!;
        expect(Object.keys(text).sort(), `${where} ${step}`).toEqual(['en', 'zh-TW']);
        expect(text.en.trim().length, `${where} ${step} en`).toBeGreaterThan(0);
        expect(text['zh-TW'].trim().length, `${where} ${step} zh-TW`).toBeGreaterThan(0);
      }
    }
  });

  it('opens a walkthrough at triage exactly when the example has an error message to triage', () => {
    for (const e of index.examples) {
      const s = load(e.file);
      const hasMessage = Boolean(s.pastes.errorMessage?.trim() || /"StatusMessage"/.test(s.pastes.copyJob ?? ''));
      expect({ id: e.id, start: e.start === 'triage' }).toEqual({ id: e.id, start: hasMessage });
    }
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

  // A check the example leaves out of `expected` must come out unknown: the example does not decide it (so a new
  // check needs no edit in every example).
  it('has the expected status for every check', () => {
    const expected = { ...Object.fromEntries(CHECK_IDS.map((c) => [c, 'unknown'])), ...example.expected };
    expect(Object.fromEntries(d.checks.map((c) => [c.id, c.status]))).toEqual(expected);
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
    const withDocs = d.checks.filter((c) => (c.fix?.documents.length ?? 0) > 0).map((c) => c.id);
    expect(withDocs).toEqual(FIXED[example.id] ?? []);
    for (const c of d.checks) {
      if (!c.fix || c.fix.documents.length === 0) continue;
      for (const doc of c.fix.documents) {
        const file = new URL(`examples/expected/${example.id}.${doc.input}.json`, root);
        expect(existsSync(file), `missing ${file.pathname}`).toBe(true);
        expect(doc.text).toBe(readFileSync(file, 'utf8'));
        expect(() => JSON.parse(doc.text)).not.toThrow();
      }
      const fixed = applyFix(session, c.fix);
      // With the copy job's old message still pasted: the corrected documents are the evidence.
      const again = diagnose(fixed, pack).checks.find((x) => x.id === c.id);
      expect(again?.status).toBe(AFTER_FIX[example.id]?.[c.id] ?? 'pass');
      expect(again?.findings.filter((f) => f.severity === 'error')).toEqual([]);
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
