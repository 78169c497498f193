import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/diagnose';
import { markdownReport } from '../engine/report/markdown';
import { parseSessionText } from '../engine/session';
import { loadKnowledge, parseArgs, runCli, UsageError } from './main';
import { makeTranslate } from './translate';

const examples = new URL('../../public/examples/', import.meta.url).pathname;

describe('parseArgs', () => {
  it('reads the command, the file and the flags', () => {
    expect(parseArgs(['diagnose', 's.json'])).toEqual({ file: 's.json', format: 'json', lang: 'en' });
    expect(parseArgs(['diagnose', '--format', 'markdown', 's.json', '--lang=zh-TW'])).toEqual({ file: 's.json', format: 'markdown', lang: 'zh-TW' });
    expect(parseArgs(['--help'])).toBe('help');
  });
  it('rejects unknown commands, flags and values', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['check', 's.json'])).toThrow('unknown command "check"');
    expect(() => parseArgs(['diagnose', 's.json', '--verbose'])).toThrow('unknown option "--verbose"');
    expect(() => parseArgs(['diagnose', 's.json', '--format', 'yaml'])).toThrow('unknown format "yaml"');
    expect(() => parseArgs(['diagnose', 's.json', '--lang', 'fr'])).toThrow('unknown language "fr"');
    expect(() => parseArgs(['diagnose', 's.json', '--lang'])).toThrow('--lang needs a value');
    expect(() => parseArgs(['diagnose'])).toThrow('no session file given');
    expect(() => parseArgs(['diagnose', 'a.json', 'b.json'])).toThrow('unexpected argument "b.json"');
  });
});

describe('runCli', () => {
  it('exit 1 with the diagnosis JSON when a check fails', () => {
    const r = runCli(['diagnose', `${examples}key-policy-missing-destination.json`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout);
    expect(d.format).toBe('copy-doctor/diagnosis');
    const key = d.checks.find((c: { id: string }) => c.id === 'source-key-policy');
    expect(key.status).toBe('fail');
    expect(key.findings[0].message).toContain('kms:DescribeKey');
    expect(key.fix.summary).toBe('Let account 345678901234 use the source key for the copy');
  });

  it('exit 0 when nothing failed', () => {
    expect(runCli(['diagnose', `${examples}key-policy-working.json`]).code).toBe(0);
  });

  it('markdown in Traditional Chinese', () => {
    const r = runCli(['diagnose', `${examples}vault-policy-missing.json`, '--format', 'markdown', '--lang', 'zh-TW']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('# Copy Doctor 診斷結果');
    expect(r.stdout).toContain('目的地保存庫沒有存取政策');
    expect(r.stdout).toContain('aws backup put-backup-vault-access-policy --backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1');
    expect(r.stdout).toContain('```json');
  });

  it('markdown comes from the shared report renderer, in either language', () => {
    const file = `${examples}key-policy-missing-destination.json`;
    const session = parseSessionText(readFileSync(file, 'utf8'));
    const knowledge = loadKnowledge();
    if (!session.ok || !knowledge.ok) throw new Error('example or knowledge pack unreadable');
    for (const lang of ['en', 'zh-TW'] as const) {
      const t = makeTranslate(lang);
      const r = runCli(['diagnose', file, '--format', 'markdown', '--lang', lang]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(markdownReport(diagnose(session.session, knowledge.pack, { translate: t }), session.session, t));
    }
    const zh = runCli(['diagnose', file, '--format=markdown', '--lang=zh-TW']).stdout;
    expect(zh).toContain('1. ❌ **失敗**：來源 KMS 金鑰政策');
    expect(zh).toContain('# 在來源帳戶（帳戶 210987654321，區域 eu-west-1）執行。');
    expect(zh).not.toMatch(/\b(report|render)\.[a-z]/);
    expect(runCli(['diagnose', `${examples}key-policy-working.json`, '--format', 'markdown']).code).toBe(0);
  });

  it('exit 2 with one line on stderr for files that cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-doctor-'));
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ nope');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'copy-doctor/session', version: 7 }));
    for (const [args, pattern] of [
      [['diagnose', join(dir, 'missing.json')], /cannot read .*missing\.json: no such file/],
      [['diagnose', notJson], /not valid JSON/],
      [['diagnose', wrong], /"version" must be 1/],
      [['diagnose', notJson, '--format', 'xml'], /unknown format "xml"/],
    ] as [string[], RegExp][]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the npm script', () => {
  it('runs through tsx with the right exit codes', () => {
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', cwd: new URL('../../', import.meta.url).pathname });
    const fail = run(['diagnose', `${examples}key-policy-deny.json`]);
    expect(fail.status).toBe(1);
    expect(JSON.parse(fail.stdout).checks).toHaveLength(10);
    const bad = run(['diagnose', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(2); // the problem and the usage line
    const md = spawnSync('npm', ['run', '--silent', 'cli', '--', 'diagnose', `${examples}vault-policy-missing.json`, '--format', 'markdown', '--lang', 'zh-TW'], {
      encoding: 'utf8',
      cwd: new URL('../../', import.meta.url).pathname,
    });
    expect(md.status).toBe(1);
    expect(md.stdout).toMatch(/^# Copy Doctor 診斷結果\n/);
    expect(md.stdout).toContain('--backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1');
  }, 30000);
});
