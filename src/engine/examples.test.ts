// The examples gallery as teaching material: it covers the causes of the knowledge file, every check is decided by
// some example, the texts are Traditional Chinese as written in Taiwan, and every fix that is only commands leads to a
// passing (or no longer failing) check once the commands' effect is pasted in. diagnose.golden.test.ts pins the
// statuses, finding codes and corrected documents; this file checks what a trainer relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { validateKnowledge } from './knowledge/schema';
import { readSession } from './session';
import { newPlaceholder } from './checks/verify';
import { applyFix } from './fixes/apply';
import { CHECK_IDS, type CheckId, type CheckResult, type Fix, type Session, type Status } from './types';

const root = new URL('../../public/', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));

const knowledge = validateKnowledge({
  errors: readJson('knowledge/errors.json'),
  regions: readJson('knowledge/regions.json'),
  resources: readJson('knowledge/resources.json'),
});
if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
const pack = knowledge.pack;

type Text = { en: string; 'zh-TW': string };
interface Example {
  id: string;
  file: string;
  title: Text;
  story: Text;
  tags: string[];
  start: string;
  expected: Record<CheckId, Status>;
  walkthrough: Record<string, Text>;
}
const examples = (readJson('examples/index.json') as { examples: Example[] }).examples;

function load(file: string): Session {
  const s = readSession(readJson(`examples/${file}`));
  if (!s.ok) throw new Error(`${file}: ${s.error}`);
  return s.session;
}

const byId = new Map(examples.map((e) => [e.id, e]));
const diagnosed = new Map(examples.map((e) => [e.id, diagnose(load(e.file), pack)]));
const check = (id: string, c: CheckId): CheckResult => diagnosed.get(id)!.checks.find((x) => x.id === c)!;

describe('the gallery', () => {
  it('has at least 20 examples, opening with a case the message alone explains and closing with a working setup', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    const first = load(examples[0]!.file);
    expect(Object.keys(first.pastes)).toEqual(['errorMessage']);
    const last = examples.at(-1)!;
    expect(last.tags).toContain('working');
  });

  it('shows every cause of the knowledge file the product covers', () => {
    const tags = new Set(examples.flatMap((e) => e.tags));
    for (const cause of [
      'organization',
      'cross-account-setting',
      'resource-support',
      'rds-history',
      'dynamodb',
      'encryption',
      'aws-managed-key',
      'default-vault',
      'key-state',
      'key-policy',
      'placeholder',
      'paste-damage',
      'deny',
      'vault-policy',
      'tag-policy',
      'vault-lock',
      'scp',
      'iam-role',
      'terraform',
      'wrong-direction',
      'single-action',
      'condition-keys',
      'working',
    ]) {
      expect(tags, cause).toContain(cause);
    }
  });

  it('fails every check in some example, and passes every check that can pass', () => {
    for (const c of CHECK_IDS) {
      expect(examples.some((e) => e.expected[c] === 'fail'), `${c} fails somewhere`).toBe(true);
      // Without a message about the role nothing shows the job role is right: that check is never `pass`.
      if (c !== 'iam-role') expect(examples.some((e) => e.expected[c] === 'pass'), `${c} passes somewhere`).toBe(true);
    }
  });

  it('tags each failing check with its cause', () => {
    const tagOf: Partial<Record<CheckId, string>> = {
      organization: 'organization',
      'cross-account-setting': 'cross-account-setting',
      'resource-support': 'resource-support',
      encryption: 'encryption',
      'source-key-policy': 'key-policy',
      'destination-vault-policy': 'vault-policy',
      'tag-policy': 'tag-policy',
      'vault-lock': 'vault-lock',
      'service-control-policies': 'scp',
      'iam-role': 'iam-role',
    };
    for (const e of examples) {
      for (const c of CHECK_IDS) if (e.expected[c] === 'fail' || e.expected[c] === 'warn') expect(e.tags, `${e.id}: ${c}`).toContain(tagOf[c]);
    }
  });

  it('uses the user’s own account IDs, never the documentation ones', () => {
    for (const e of examples) {
      const s = load(e.file);
      for (const key of ['sourceAccountId', 'destinationAccountId'] as const) {
        const id = diagnosed.get(e.id)!.facts[key]?.value;
        if (id) expect(['111122223333', '444455556666', '123456789012'], `${e.id} ${key}`).not.toContain(id);
      }
      expect(JSON.stringify(s)).not.toMatch(/111122223333|444455556666|123456789012/);
    }
  });
});

describe('texts', () => {
  // Simplified-only characters, and words used in mainland China where Taiwan says 預設, 訊息, 資料, 使用者, 軟體, 帳戶, 政策.
  const SIMPLIFIED = /[帐账钥库这为设错误权组织区务问题检复标签说时间从们个对还没开关发现须应该经过选择处执据]/;
  const MAINLAND = /默認|默认|信息|數據|用戶|軟件|賬戶|策略|視頻|服務器/;
  const texts = examples.flatMap((e) => [
    { where: `${e.id} title`, text: e.title },
    { where: `${e.id} story`, text: e.story },
    ...Object.entries(e.walkthrough).map(([step, text]) => ({ where: `${e.id} ${step}`, text })),
  ]);

  it.each(texts)('$where is in English and in Traditional Chinese as used in Taiwan', ({ text }) => {
    expect(text.en.trim()).not.toBe('');
    expect(text['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
    expect(text['zh-TW']).not.toMatch(SIMPLIFIED);
    expect(text['zh-TW']).not.toMatch(MAINLAND);
    // The same account IDs in both languages.
    const ids = (s: string) => [...s.matchAll(/\b\d{12}\b/g)].map((m) => m[0]).sort();
    expect(ids(text['zh-TW'])).toEqual(ids(text.en));
  });

  it('keeps walkthrough notes short (1 to 3 sentences) and stories to a short paragraph', () => {
    for (const e of examples) {
      for (const [step, t] of Object.entries(e.walkthrough)) expect(t.en.length, `${e.id} ${step}`).toBeLessThanOrEqual(420);
      expect(e.story.en.length, e.id).toBeLessThanOrEqual(720);
    }
  });

  it('quotes the error message of the example in its story, in both languages', () => {
    for (const e of examples) {
      const s = load(e.file);
      const message = diagnosed.get(e.id)!.triage.length > 0 ? (s.pastes.errorMessage ?? /"StatusMessage": "([^"]+)"/.exec(s.pastes.copyJob ?? '')?.[1]) : undefined;
      if (!message) continue;
      // Long messages are quoted up to an ellipsis: compare the first words.
      const head = message.split(/\s+/).slice(0, 5).join(' ');
      expect(e.story.en, e.id).toContain(head);
      expect(e.story['zh-TW'], e.id).toContain(head);
    }
  });
});

describe('the cases the knowledge file insists on', () => {
  it('reports an RDS copy across accounts and Regions as a warning with the history note, never as unsupported', () => {
    const c = check('rds-cross-region-cross-account', 'resource-support');
    expect(c.status).toBe('warn');
    const codes = c.findings.map((f) => f.code);
    expect(codes).toContain('COPY_SINGLE_ACTION_NOW_SUPPORTED');
    expect(codes).not.toContain('COPY_REPORTED_UNSUPPORTED');
    expect(codes).not.toContain('COPY_NOT_SUPPORTED_FOR_TYPE');
    expect(c.fix?.summaryCode).toBe('COPY_TWO_HOP');
    const note = c.findings.find((f) => f.code === 'COPY_SINGLE_ACTION_NOW_SUPPORTED')!;
    expect(note.params).toMatchObject({ resourceType: 'RDS', changed: '2025-11' });
  });

  it('passes every check of the working setup that can be decided, and offers no fix', () => {
    const d = diagnosed.get('working-cross-region-cross-account')!;
    for (const c of d.checks) {
      expect({ id: c.id, status: c.status }).toEqual({ id: c.id, status: c.id === 'iam-role' ? 'unknown' : 'pass' });
      expect(c.fix, c.id).toBeUndefined();
    }
  });

  it('finds the management account for the cross-account setting in the describe-organization output', () => {
    const fix = check('cross-account-disabled', 'cross-account-setting').fix!;
    expect(fix.runInAccount).toBe('management');
    expect(fix.accountId).toBe('456789012345');
  });

  it('keeps the Deny of the service control policy and adds the new vault to its copy targets', () => {
    const fix = check('scp-denies-copy', 'service-control-policies').fix!;
    expect(fix.needsReview).toBe(true);
    const doc = JSON.parse(fix.documents[0]!.text) as { Statement: { Effect: string; Condition?: Record<string, Record<string, string[]>> }[] };
    expect(doc.Statement.map((s) => s.Effect)).toEqual(['Deny', 'Deny']);
    expect(doc.Statement[1]!.Condition!.StringNotLike!['backup:CopyTargets']).toEqual([
      'arn:aws:backup:*:678901234567:backup-vault:*',
      'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-backup-vault',
    ]);
  });
});

// ---- the cases of the 2026 reports (lgallard, goldstack, backup-events-aws, re:Post)

describe('the cases reported in 2026', () => {
  type Doc = { Statement: { Effect: string; Principal?: unknown; Action: unknown; Condition?: Record<string, Record<string, unknown>> }[] };
  const doc = (id: string, c: CheckId): Doc => JSON.parse(check(id, c).fix!.documents[0]!.text) as Doc;

  it('terraform-vault-without-policy: a vault the module left without a policy gets one for the source account, in the destination account', () => {
    const c = check('terraform-vault-without-policy', 'destination-vault-policy');
    expect(c.findings.map((f) => f.code)).toEqual(['VAULT_POLICY_MISSING']);
    expect(c.fix).toMatchObject({ runInAccount: 'destination', accountId: '907315628841', region: 'eu-central-1' });
    expect(doc('terraform-vault-without-policy', 'destination-vault-policy').Statement).toEqual([
      expect.objectContaining({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::583920174465:root' }, Action: 'backup:CopyIntoBackupVault' }),
    ]);
  });

  it('vault-policy-on-source-vault: the policy on the source vault does not count; the fix goes on the destination vault', () => {
    const s = load('vault-policy-on-source-vault.json');
    expect(s.pastes.sourceVaultPolicy).toContain('backup:CopyFromBackupVault');
    const c = check('vault-policy-on-source-vault', 'destination-vault-policy');
    expect(c.status).toBe('fail');
    expect(c.fix!.commands).toEqual(['aws backup put-backup-vault-access-policy --backup-vault-name backup-account-vault --policy file://vault-policy.json --region us-west-2']);
    expect(c.fix).toMatchObject({ runInAccount: 'destination', accountId: '418265930742' });
    expect(c.fix!.documents[0]!.text).toContain('"arn:aws:iam::736104852917:root"');
    expect(c.fix!.documents[0]!.text).not.toContain('CopyFromBackupVault');
  });

  it('copy-targets-pinned-single-action: the SCP keeps its Deny and lets the single-action target in', () => {
    const c = check('copy-targets-pinned-single-action', 'service-control-policies');
    expect(c.fix!.needsReview).toBe(true);
    const statement = doc('copy-targets-pinned-single-action', 'service-control-policies').Statement[0]!;
    expect(statement.Effect).toBe('Deny');
    expect(statement.Condition!['ForAnyValue:StringNotLike']!['backup:CopyTargets']).toEqual([
      'arn:aws:backup:us-east-1:381574920613:backup-vault:rds-landing',
      'arn:aws:backup:us-east-2:381574920613:backup-vault:rds-dr-copy-of-landing',
      'arn:aws:backup:us-east-2:381574920613:backup-vault:rds-dr-us-east-2',
    ]);
    expect(check('copy-targets-pinned-single-action', 'destination-vault-policy').status).toBe('pass');
  });

  it('vault-policy-never-matching-conditions: names the invented key and the key a service call never sets, and allows the source without them', () => {
    const c = check('vault-policy-never-matching-conditions', 'destination-vault-policy');
    expect(c.status).toBe('fail');
    const keys = c.findings.filter((f) => f.code.startsWith('POLICY_CONDITION_KEY_')).map((f) => [f.code, f.params?.key]);
    expect(keys).toEqual([
      ['POLICY_CONDITION_KEY_INVENTED', 'backup:CopySourceRegion'],
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'aws:SourceIp'],
    ]);
    const added = doc('vault-policy-never-matching-conditions', 'destination-vault-policy').Statement.at(-1)!;
    expect(added).toMatchObject({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::845219637028:root' }, Action: 'backup:CopyIntoBackupVault' });
    expect(added.Condition).toBeUndefined();
    // The dead statement is kept as written (DESIGN.md); once the added Allow is there it blocks nothing: the
    // re-check passes, and says so as suggestions, not a warning (ADR 5).
    const again = diagnose(applyFix(load('vault-policy-never-matching-conditions.json'), c.fix!), pack).checks.find((x) => x.id === 'destination-vault-policy')!;
    expect(again.status).toBe('pass');
    expect(again.findings.map((f) => [f.code, f.severity, f.params?.key])).toEqual([
      ['POLICY_CONDITION_KEY_INVENTED', 'suggestion', 'backup:CopySourceRegion'],
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'suggestion', 'aws:SourceIp'],
      ['POLICY_DEAD_ALLOW_COVERED', 'suggestion', undefined],
    ]);
    expect(doc('vault-policy-never-matching-conditions', 'destination-vault-policy').Statement[0]!).toMatchObject({ Sid: 'AllowCrossAccountCopyWithConditions' });
  });

  it('copy-role-without-copy-into: the resource side passes and the role’s own policy, as pasted, lacks CopyIntoBackupVault', () => {
    const s = load('copy-role-without-copy-into.json');
    const role = JSON.parse(s.pastes.copyRolePolicies!) as { RoleName: string; PolicyDocument: { Statement: { Action: string | string[] }[] } };
    expect(role.RoleName).toBe(/role\/([\w+=,.@-]+)"/.exec(s.pastes.copyJob!)![1]);
    const actions = role.PolicyDocument.Statement.flatMap((x) => [x.Action].flat());
    expect(actions).toContain('backup:CopyFromBackupVault');
    expect(actions).not.toContain('backup:CopyIntoBackupVault');
    expect(check('copy-role-without-copy-into', 'destination-vault-policy').status).toBe('pass');
    expect(check('copy-role-without-copy-into', 'service-control-policies').status).toBe('pass');
    // The identity side: the role's policy, read, lacks CopyIntoBackupVault; the fix adds it for the central vault only.
    const c = check('copy-role-without-copy-into', 'iam-role');
    expect(c.status).toBe('fail');
    expect(c.findings[0]).toMatchObject({ code: 'IAM_ROLE_POLICY_ACTION_NOT_ALLOWED', params: { action: 'backup:CopyIntoBackupVault', resource: 'arn:aws:backup:ap-northeast-1:714058293647:backup-vault:central-backup-vault' } });
    expect(c.fix).toMatchObject({ runInAccount: 'source', accountId: '629471035816' });
    expect(c.fix!.commands).toEqual(['aws iam put-role-policy --role-name BackupCopyRole --policy-name CopyDoctorCrossAccountCopy --policy-document file://copy-role-policy.json']);
  });
});

// ---- fixes that are commands only: paste in what the outputs say after running them

type Obj = Record<string, unknown>;

/** The copy job as it reads once it has run again and succeeded. */
function succeeded(s: Session): Session {
  const pastes = { ...s.pastes };
  delete pastes.errorMessage;
  if (pastes.copyJob) {
    const out = JSON.parse(pastes.copyJob) as { CopyJob: Obj };
    delete out.CopyJob.StatusMessage;
    delete out.CopyJob.MessageCategory;
    out.CopyJob.State = 'COMPLETED';
    pastes.copyJob = JSON.stringify(out, null, 4);
  }
  return { ...s, pastes };
}

function editKey(text: string, edit: (meta: Obj) => void): string {
  const out = JSON.parse(text) as { KeyMetadata: Obj };
  edit(out.KeyMetadata);
  return JSON.stringify(out, null, 4);
}

const arg = (commands: string[], re: RegExp): string | undefined => commands.map((c) => re.exec(c)?.[1]).find((x) => x !== undefined);

interface After {
  /** The session once the fix's commands have run (read from the commands where they say it). */
  apply: (s: Session, fix: Fix) => Session;
  status: Status;
}

const AFTER: Record<string, After> = {
  // Moving an account is a decision, not a command: afterwards both accounts are in one organization.
  'org-mismatch:organization': { apply: (s) => ({ ...succeeded(s), answers: { ...s.answers, organization: 'same' } }), status: 'pass' },
  'cross-account-disabled:cross-account-setting': {
    apply: (s, fix) => {
      const value = arg(fix.commands, /update-global-settings --global-settings isCrossAccountBackupEnabled=(\w+)/);
      const out = JSON.parse(s.pastes.globalSettings!) as { GlobalSettings: Obj };
      out.GlobalSettings.isCrossAccountBackupEnabled = value;
      return { ...succeeded(s), pastes: { ...succeeded(s).pastes, globalSettings: JSON.stringify(out, null, 4) } };
    },
    status: 'pass',
  },
  // "Run it again": the current table supports the combination.
  'rds-cross-region-cross-account:resource-support': { apply: (s) => succeeded(s), status: 'pass' },
  'dynamodb-without-advanced-features:resource-support': {
    apply: (s, fix) => {
      const on = arg(fix.commands, /--resource-type-management-preference DynamoDB=(\w+)/) === 'true';
      return { ...succeeded(s), answers: { ...s.answers, advancedFeatures: on ? 'yes' : 'no' } };
    },
    status: 'pass',
  },
  // A customer managed key replaces aws/ebs; the destination vault is not described, so the check still asks for it.
  'ebs-aws-managed-key:encryption': {
    apply: (s, fix) => {
      expect(fix.commands.some((c) => c.startsWith('aws kms create-key'))).toBe(true);
      const pastes = { ...succeeded(s).pastes };
      pastes.sourceKeyMetadata = editKey(s.pastes.sourceKeyMetadata!, (m) => {
        m.KeyManager = 'CUSTOMER';
        m.Description = 'EBS volumes, shared with the backup account';
      });
      return { ...s, pastes };
    },
    status: 'unknown',
  },
  // The new vault on the customer managed key; the source key is not described, so the check still asks for it.
  'destination-default-vault:encryption': {
    apply: (s, fix) => {
      const name = arg(fix.commands, /create-backup-vault --backup-vault-name (\S+)/)!;
      const key = arg(fix.commands, /--encryption-key-arn (\S+)/)!;
      const region = /^arn:aws:kms:([^:]+):/.exec(key)![1];
      const pastes = { ...succeeded(s).pastes };
      pastes.destinationVault = JSON.stringify(
        { BackupVaultName: name, BackupVaultArn: `arn:aws:backup:${region}:345678901234:backup-vault:${name}`, EncryptionKeyArn: key, EncryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY', Locked: false },
        null,
        4,
      );
      pastes.destinationKeyMetadata = editKey(s.pastes.destinationKeyMetadata!, (m) => {
        m.Arn = key;
        m.KeyId = key.split('/').at(-1);
        m.KeyManager = 'CUSTOMER';
        m.Description = 'Backup vault key for cross-account copies';
      });
      return { ...s, pastes };
    },
    status: 'unknown',
  },
  'kms-key-pending-deletion:encryption': {
    apply: (s, fix) => {
      expect(fix.commands.findIndex((c) => c.includes('cancel-key-deletion'))).toBeLessThan(fix.commands.findIndex((c) => c.includes('enable-key')));
      const pastes = { ...succeeded(s).pastes };
      pastes.sourceKeyMetadata = editKey(s.pastes.sourceKeyMetadata!, (m) => {
        m.KeyState = 'Enabled';
        m.Enabled = true;
        delete m.DeletionDate;
        delete m.PendingDeletionWindowInDays;
      });
      return { ...s, pastes };
    },
    status: 'unknown',
  },
  'vault-lock-retention:vault-lock': {
    apply: (s, fix) => {
      expect(arg(fix.commands, /--lifecycle DeleteAfterDays=(\d+)/)).toBe(String(fix.summaryParams?.days));
      return { ...succeeded(s), answers: { ...s.answers, copyRetentionDays: String(fix.summaryParams?.days) } };
    },
    status: 'pass',
  },
  // Once the role can be assumed the copy runs and completes: the completed job shows the role works.
  'role-cannot-be-assumed:iam-role': { apply: (s) => succeeded(s), status: 'pass' },
};

describe('fixes without documents', () => {
  const cases = examples.flatMap((e) =>
    diagnosed
      .get(e.id)!
      .checks.filter((c) => c.fix && c.fix.documents.length === 0)
      .map((c) => ({ id: e.id, check: c.id, fix: c.fix! })),
  );

  it('are all covered below', () => {
    expect(cases.map((c) => `${c.id}:${c.check}`).sort()).toEqual(Object.keys(AFTER).sort());
  });

  it.each(cases)('$id: once the commands for $check have run, the check no longer fails', ({ id, check: c, fix }) => {
    const after = AFTER[`${id}:${c}`]!;
    const again = diagnose(after.apply(load(byId.get(id)!.file), fix), pack).checks.find((x) => x.id === c)!;
    expect(again.status).toBe(after.status);
    expect(again.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
    expect(again.fix).toBeUndefined();
  });

  it('say where to run them', () => {
    for (const { id, check: c, fix } of cases) {
      expect(['source', 'destination', 'management'], `${id} ${c}`).toContain(fix.runInAccount);
      for (const command of fix.commands) expect(newPlaceholder(command), `${id} ${c}: ${command}`).toBeUndefined();
    }
  });
});

// ---- placeholders and policies AWS refuses (once known gaps, pinned while they lasted)

describe('placeholders and refused policies', () => {
  // The corrected policy puts the user's real IDs in place of the pasted placeholders
  // (arn:aws:iam::DestinationAccountID:root, arn:aws:iam::SourceAccountID :root): KMS and AWS Backup reject a policy
  // with an invalid principal, so a document that kept them could not be applied.
  it.each(['key-policy-placeholder', 'vault-policy-article-placeholder', 'key-policy-article-space-draft'])('%s: the corrected policy carries no placeholder', (id) => {
    const c = diagnosed.get(id)!.checks.find((x) => x.fix && x.fix.documents.length > 0)!;
    for (const doc of c.fix!.documents) {
      expect(doc.text).not.toMatch(/AccountID/);
      expect(newPlaceholder(doc.text)).toBeUndefined();
    }
    expect(c.findings.filter((f) => f.code === 'POLICY_PLACEHOLDER_REPLACED').length).toBeGreaterThan(0);
  });

  // key-policy-article-space-draft: a key policy draft from the article whose owner statement reads
  // "arn:aws:iam::SourceAccountID :root". put-key-policy rejected it; the grammar errors that make KMS refuse it fail
  // the check, and the fix puts the source account in place of the placeholder.
  it('a key policy draft that put-key-policy rejected does not pass the key policy check', () => {
    const c = diagnosed.get('key-policy-article-space-draft')!.checks.find((x) => x.id === 'source-key-policy')!;
    expect(c.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['KEY_POLICY_LOCKOUT', 'PLACEHOLDER_LEFT', 'ARN_HAS_SPACE']));
    expect(c.status).toBe('fail');
    expect(c.fix?.documents[0]?.text).toContain('"arn:aws:iam::210987654321:root"');
  });

  // The tag fix is verified with the copy job's old message still pasted: the pasted tags comply, and that evidence
  // decides.
  it('tag-policy-cost-center: applying the tag fix turns the tag policy check to pass, old message and all', () => {
    const session = load('tag-policy-cost-center.json');
    const c = diagnosed.get('tag-policy-cost-center')!.checks.find((x) => x.id === 'tag-policy')!;
    const again = diagnose(applyFix(session, c.fix!), pack).checks.find((x) => x.id === 'tag-policy')!;
    expect(again.status).toBe('pass');
    expect(again.findings.map((f) => f.code)).toContain('TAG_POLICY_MESSAGE_STALE');
    expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
