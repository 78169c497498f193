import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t as translate, type Lang } from '../../i18n';
import { diagnose } from '../diagnose';
import { renderings } from '../fixes/render';
import { validateKnowledge } from '../knowledge/schema';
import { readSession } from '../session';
import type { Diagnosis, Session } from '../types';
import { fixSummaryMarkdown } from './fixSection';
import { allFixesMarkdown } from './fixesMarkdown';
import { findingMarkdown, markdownReport, summaryLine } from './markdown';
import { cell, code, escapeText, fence, md, mdFill } from './md';
import { orderChecks } from './order';

const root = new URL('../../../public/', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));
const knowledge = validateKnowledge({ errors: readJson('knowledge/errors.json'), regions: readJson('knowledge/regions.json'), resources: readJson('knowledge/resources.json') });
if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
const tFor = (lang: Lang) => (key: string, params?: Record<string, string | number>) => translate(lang, key, params);

const examples = (readJson('examples/index.json') as { examples: { id: string; file: string }[] }).examples.map((e) => {
  const s = readSession(readJson(`examples/${e.file}`));
  if (!s.ok) throw new Error(`${e.file}: ${s.error}`);
  const session = s.session;
  const run = (lang: Lang): Diagnosis => diagnose(session, knowledge.pack, { translate: tFor(lang) });
  return { id: e.id, session, en: run('en'), zh: run('zh-TW') };
});

/** Catalog keys that were not found show up as themselves: none may reach a report. */
const RAW_KEY = /\b(report|render|status|severity|check|paste|fact|error)\.[A-Za-z-]+(\.[A-Za-z-]+)*\b(?!\.json)/;

describe('markdownReport', () => {
  for (const e of examples) {
    it(`${e.id}: every check with its status, every corrected document verbatim, every command`, () => {
      for (const [lang, d] of [['en', e.en], ['zh-TW', e.zh]] as const) {
        const t = tFor(lang);
        const md = markdownReport(d, e.session, t);
        for (const c of d.checks) {
          const title = t(`check.${c.id}.title`);
          expect(md).toContain(`**${t(`status.${c.status}`)}**${lang === 'en' ? ': ' : '：'}${title}`);
          for (const f of c.findings) expect(md).toContain(`${code(f.code)}: ${findingMarkdown(f, t)}`);
          for (const doc of c.fix?.documents ?? []) expect(md).toContain(`\`\`\`json\n${doc.text.replace(/\n+$/, '')}\n\`\`\``);
          for (const command of c.fix?.commands ?? []) expect(md).toContain(`\n${command}\n`);
        }
        expect(md).not.toMatch(RAW_KEY);
        expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
        expect(markdownReport(d, e.session, t)).toBe(md);
      }
    });
  }

  it('lists failures first, in the order to fix them, and the checklist says status in words and icon', () => {
    const e = examples.find((x) => x.id === 'key-policy-missing-destination')!;
    const md = markdownReport(e.en, e.session, tFor('en'));
    const items = md.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items).toHaveLength(e.en.checks.length);
    expect(items[0]).toBe('1. ❌ **Fail**: Source KMS key policy');
    const ordered = orderChecks(e.en.checks).map((c) => c.status);
    expect(ordered.indexOf('fail')).toBe(0);
    expect(ordered.lastIndexOf('fail')).toBeLessThan(ordered.indexOf('unknown'));
    expect(md).toContain(`**${summaryLine(e.en.checks, tFor('en'))}**`);
    expect(md).toMatch(/\*\*Summary: 1 to fix, \d+ need input, \d+ passed\.\*\*/);
  });

  it('quotes the error message and says what it means; locates findings; says what decides unknown checks', () => {
    const e = examples.find((x) => x.id === 'key-policy-missing-destination')!;
    const md = markdownReport(e.en, e.session, tFor('en'));
    expect(md).toContain('The copy job reported:\n\n```text\nGiven key ID is not accessible\n```');
    expect(md).toContain(`**${translate('en', 'error.kms-key-not-accessible.title')}**`);
    expect(md).toMatch(/\(line \d+, column \d+ of the source key policy\)/);
    expect(md).toContain('To decide this check, provide:\n\n- vault access policy');
    expect(md).toContain('Commands: run them in the source account (account `210987654321`, Region `eu-west-1`).\n\n```sh\n# Run in the source account (account 210987654321, Region eu-west-1).');
    expect(md).toContain('#### Fix: Let account `345678901234` use the source key for the copy\n\nCorrected `key-policy.json` (the source key policy):');
    expect(md).toContain('| Destination vault name | `central-backup-vault` | entered |');
    expect(md).toContain(
      '- **Error** `KEY_POLICY_GRANT_NOT_ALLOWED`: The key policy does not allow the destination account’s AWSServiceRoleForBackup (`arn:aws:iam::345678901234:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`) to manage grants',
    );
  });

  it('in Traditional Chinese', () => {
    const e = examples.find((x) => x.id === 'vault-policy-missing')!;
    const md = markdownReport(e.zh, e.session, tFor('zh-TW'));
    expect(md).toContain('# Copy Doctor 診斷結果');
    expect(md).toContain('## 檢查清單');
    expect(md).toContain('1. ❌ **未通過**：目的地保存庫存取政策'.replace('未通過', translate('zh-TW', 'status.fail')));
    expect(md).toContain('指令：請在目的地帳戶（帳戶 `345678901234`，區域 `eu-central-1`）執行。');
    expect(md).toContain('修正後的 `vault-policy.json`（保存庫存取政策）：');
    expect(md).toContain('# 在目的地帳戶（帳戶 345678901234，區域 eu-central-1）執行。');
    expect(md).toMatch(/摘要：1 項待修正、/);
  });

  it('adds the pastes verbatim only when asked', () => {
    const e = examples.find((x) => x.id === 'key-policy-deny')!;
    const t = tFor('en');
    expect(markdownReport(e.en, e.session, t)).not.toContain('## What was pasted');
    const md = markdownReport(e.en, e.session, t, { includePastes: true });
    expect(md).toContain('## What was pasted');
    for (const text of Object.values(e.session.pastes)) expect(md).toContain(text!.replace(/\n+$/, ''));
  });

  it('adds Terraform and CloudFormation when asked', () => {
    const e = examples.find((x) => x.id === 'vault-policy-missing')!;
    const md = markdownReport(e.en, e.session, tFor('en'), { allFormats: true });
    expect(md).toContain('resource "aws_backup_vault_policy" "copy_doctor"');
    expect(md).toContain('Type: "AWS::Backup::BackupVault"');
  });

  it('says where to look, not "retry", for a message no check covers yet; "retry" only for service-side errors', () => {
    const session = (message: string): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: { errorMessage: message } });
    for (const lang of ['en', 'zh-TW'] as const) {
      const t = tFor(lang);
      const s = session('Source AMI ami-0123456789abcdef0 not found in Region.');
      const md = markdownReport(diagnose(s, knowledge.pack, { translate: t }), s, t);
      expect(md).toContain(t('triage.lookAt'));
      expect(md).toContain('`aws ec2 get-allowed-images-settings`');
      expect(md).not.toContain(t('report.triage.noChecks'));
      const window = session('Backup job could not start because it is either inside or too close to the weekly maintenance window configured');
      const windowMd = markdownReport(diagnose(window, knowledge.pack, { translate: t }), window, t);
      expect(windowMd).toContain(t('lookAt.db-windows').replace(/`[^`]*`/g, '').slice(0, 12));
      expect(windowMd).not.toContain(t('report.triage.noChecks'));
      const fatal = session('Copy job encountered a fatal error.');
      expect(markdownReport(diagnose(fatal, knowledge.pack, { translate: t }), fatal, t)).toContain(t('report.triage.noChecks'));
    }
  });

  it('survives an empty diagnosis and a session without pastes', () => {
    const d: Diagnosis = { format: 'copy-doctor/diagnosis', version: 1, facts: {}, triage: [], checks: [] };
    const session: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} };
    const md = markdownReport(d, session, tFor('en'), { includePastes: true });
    expect(md).toContain('No accounts, Regions or other facts were given.');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/);
  });
});

describe('allFixesMarkdown', () => {
  for (const e of examples.filter((x) => x.en.checks.some((c) => c.fix))) {
    it(`${e.id}: every fix in every format`, () => {
      for (const [lang, d] of [['en', e.en], ['zh-TW', e.zh]] as const) {
        const t = tFor(lang);
        const md = allFixesMarkdown(d, t);
        for (const c of d.checks.filter((x) => x.fix)) {
          expect(md).toContain(`### ${t('report.fix', { summary: fixSummaryMarkdown(c.fix!, t) })}\n`);
          for (const r of renderings(c, d.facts, t)) {
            if (r.format === 'aws-cli') expect(md).toContain(`\`\`\`sh\n${r.text.trimEnd()}\n\`\`\``);
            else expect(md).toContain(r.text.replace(/\n+$/, ''));
          }
        }
        expect(md).not.toMatch(RAW_KEY);
        expect(md).not.toContain('## Checks in detail');
      }
    });
  }

  it('says when there is nothing to fix', () => {
    const e = examples.find((x) => x.id === 'key-policy-working')!;
    expect(allFixesMarkdown({ ...e.en, checks: e.en.checks.filter((c) => !c.fix) }, tFor('en'))).toBe('# Copy Doctor fixes\n\nNothing to fix: no check has a fix.\n');
  });
});

describe('Markdown helpers', () => {
  it('fences and code spans that no content can close early', () => {
    expect(fence('a ``` b', 'json')).toBe('````json\na ``` b\n````');
    expect(fence('x\n\n\ny\n', 'sh')).toBe('```sh\nx\n\n\ny\n```');
    expect(fence('~~~~\n`````\n', 'text')).toBe('``````text\n~~~~\n`````\n``````');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
  it('code spans on one line, with nothing invisible, that show their content exactly', () => {
    expect(code('a\r\n\r\nb\rc\nd\u2028e\u2029f\u0085g\u000bh\u000ci')).toBe('`a b c d e f g h i`');
    expect(code('x\u0000\u001b[1m\u007f\u0090\u202eevil\u2066\ud800')).toBe('`x␀␛[1m␡\\u0090\\u202Eevil\\u2066\ufffd`');
    expect(code('')).toBe('` `');
    expect(code(' a')).toBe('`  a `');
    expect(code('   ')).toBe('`   `');
    expect(code('tab\there')).toBe('`tab\there`');
  });
  it('table cells escape their pipes; catalog words are escaped', () => {
    expect(cell('a|b\\|c')).toBe('`a\\|b\\\\|c`');
    expect(escapeText('[x](y) <b> @me #1 *a* a_b ~c~ !d &e\nf')).toBe('\\[x\\](y) \\<b\\> \\@me \\#1 \\*a\\* a\\_b \\~c\\~ \\!d \\&e f');
  });
  it('fills catalog templates: words kept, string parameters in code spans, numbers and Markdown as given', () => {
    expect(mdFill('Sid "{sid}" at {n}: {m}{x}', { sid: 'a`b', n: 3, m: md('**m**') })).toBe('Sid "``a`b``" at 3: **m**{x}');
    // A placeholder inside the catalog's own code span: the whole span is filled, then fenced anew.
    expect(mdFill('Paste `aws kms describe-key --key-id {keyArn}` here, `as is`.', { keyArn: 'k`\n# x' })).toBe('Paste ``aws kms describe-key --key-id k` # x`` here, `as is`.');
  });
});
