import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/diagnose';
import { markdownReport } from '../engine/report/markdown';
import { parseSessionText } from '../engine/session';
import { CHECK_IDS } from '../engine/types';
import { loadKnowledge, parseArgs, runCli, UsageError } from './main';
import { makeTranslate } from './translate';

const examples = new URL('../../public/examples/', import.meta.url).pathname;

describe('parseArgs', () => {
  it('reads the command, the file and the flags', () => {
    expect(parseArgs(['diagnose', 's.json'])).toEqual({ command: 'diagnose', file: 's.json', bundles: [], format: 'json', lang: 'en' });
    expect(parseArgs(['diagnose', '--format', 'markdown', 's.json', '--lang=zh-TW'])).toEqual({ command: 'diagnose', file: 's.json', bundles: [], format: 'markdown', lang: 'zh-TW' });
    expect(parseArgs(['diagnose', '--bundle', 'a.json', '--bundle=b.json'])).toEqual({ command: 'diagnose', bundles: ['a.json', 'b.json'], format: 'json', lang: 'en' });
    expect(parseArgs(['gather', '--role', 'management', 's.json'])).toEqual({ command: 'gather', file: 's.json', role: 'management', shell: 'bash' });
    expect(parseArgs(['gather', '--role=source', '--shell', 'powershell'])).toEqual({ command: 'gather', role: 'source', shell: 'powershell' });
    expect(parseArgs(['--help'])).toBe('help');
  });
  it('rejects unknown commands, flags and values', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['check', 's.json'])).toThrow('unknown command "check"');
    expect(() => parseArgs(['diagnose', 's.json', '--verbose'])).toThrow('unknown option "--verbose"');
    expect(() => parseArgs(['diagnose', 's.json', '--format', 'yaml'])).toThrow('unknown format "yaml"');
    expect(() => parseArgs(['diagnose', 's.json', '--lang', 'xx'])).toThrow('unknown language "xx"');
    expect(() => parseArgs(['diagnose', 's.json', '--lang'])).toThrow('--lang needs a value');
    expect(() => parseArgs(['diagnose'])).toThrow('no session file given');
    expect(() => parseArgs(['diagnose', 'a.json', 'b.json'])).toThrow('unexpected argument "b.json"');
    expect(() => parseArgs(['diagnose', '--bundle'])).toThrow('--bundle needs a value');
    expect(() => parseArgs(['gather', 's.json'])).toThrow('--role is needed');
    expect(() => parseArgs(['gather', '--role', 'auditor'])).toThrow('unknown role "auditor" (source, destination or management)');
    expect(() => parseArgs(['gather', '--role', 'source', '--shell', 'zsh'])).toThrow('unknown shell "zsh" (bash or powershell)');
    expect(() => parseArgs(['gather', '--role', 'source', '--bundle', 'x'])).toThrow('unknown option "--bundle"');
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

describe('bundles', () => {
  const bundles = (name: string) => ['source', 'destination', 'management'].flatMap((r) => ['--bundle', `${examples}bundles/${name}/${r}.json`]);

  it('diagnose --bundle: the bundles alone, with the gather notes beside the diagnosis', () => {
    const r = runCli(['diagnose', ...bundles('vault-without-policy')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(d.format).toBe('copy-doctor/diagnosis');
    expect(d.checks.find((c: { id: string }) => c.id === 'destination-vault-policy').status).toBe('fail');
    expect(d.gather.bundles.map((b: { role: string; used: boolean }) => [b.role, b.used])).toEqual([['source', true], ['destination', true], ['management', true]]);
    expect(d.gather.notes.find((n: { code: string }) => n.code === 'GATHER_NO_TAG_POLICY').message).toBe('No tag policy applies to account 506717245913 (describe-effective-policy found none), so no tag rule can block the copy.');
  });

  it('with a session file too, and in Markdown in Traditional Chinese', () => {
    const r = runCli(['diagnose', ...bundles('key-policy-missing-destination'), `${examples}bundles/key-policy-missing-destination/session.json`, '--format', 'markdown', '--lang', 'zh-TW']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('# Copy Doctor 診斷結果');
    expect(r.stdout).toContain('## 收集指令碼的備註');
    expect(r.stdout).toContain('arn:aws:iam::345678901234:root');
  });

  it('a bundle that cannot be used: exit 2, one line saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-doctor-'));
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'copy-doctor/bundle', version: 3 }));
    for (const [args, pattern] of [
      [['diagnose', '--bundle', wrong], /wrong\.json: This bundle has version 3; this Copy Doctor reads version 1\./],
      [['diagnose', '--bundle', join(dir, 'none.json')], /cannot read .*none\.json: no such file/],
      [['diagnose', '--bundle', `${examples}key-policy-working.json`], /This is not a Copy Doctor bundle/],
    ] as [string[], RegExp][]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('gather prints the script for one account, and says which facts it still lacks', () => {
    const r = runCli(['gather', '--role', 'destination', `${examples}key-policy-missing-destination.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#!\/usr\/bin\/env bash\n# Copy Doctor gather script for the DESTINATION account: run it in account 345678901234, Region eu-central-1\./);
    expect(r.stdout).toContain("DESTINATION_VAULT_NAME='central-backup-vault'");
    expect(r.stderr).toBe('');
    const ps = runCli(['gather', '--role', 'management', '--shell', 'powershell']);
    expect(ps.stdout).toMatch(/^#requires -Version 7\.0\n/);
    expect(ps.stderr).toBe('copy-doctor: the script would gather more with these facts in the session: sourceRegion, sourceAccountId, destinationAccountId\n');
  });
});

describe('the npm script', () => {
  it('runs through tsx with the right exit codes', () => {
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', cwd: new URL('../../', import.meta.url).pathname });
    const fail = run(['diagnose', `${examples}key-policy-deny.json`]);
    expect(fail.status).toBe(1);
    expect(JSON.parse(fail.stdout).checks).toHaveLength(CHECK_IDS.length);
    const bad = run(['diagnose', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(3); // the problem and the two usage lines
    const md = spawnSync('npm', ['run', '--silent', 'cli', '--', 'diagnose', `${examples}vault-policy-missing.json`, '--format', 'markdown', '--lang', 'zh-TW'], {
      encoding: 'utf8',
      cwd: new URL('../../', import.meta.url).pathname,
    });
    expect(md.status).toBe(1);
    expect(md.stdout).toMatch(/^# Copy Doctor 診斷結果\n/);
    expect(md.stdout).toContain('--backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1');
  }, 30000);

  it('npx copy-doctor runs the same entry from a checkout, streams and exit codes included', () => {
    const cwd = new URL('../../', import.meta.url).pathname;
    const run = (args: string[]) => spawnSync('npx', ['--no-install', 'copy-doctor', ...args], { encoding: 'utf8', cwd });
    const bundles = ['source', 'destination', 'management'].flatMap((r) => ['--bundle', `${examples}bundles/key-policy-missing-destination/${r}.json`]);
    const fail = run(['diagnose', ...bundles]);
    expect(fail.status).toBe(1);
    expect(JSON.parse(fail.stdout).checks.find((c: { id: string }) => c.id === 'source-key-policy').status).toBe('fail');
    const bad = run(['diagnose', '--bundle']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^copy-doctor: --bundle needs a value\nusage: copy-doctor diagnose/);
    const direct = spawnSync(process.execPath, [`${cwd}bin/copy-doctor.mjs`, 'gather', '--role', 'source'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/^#!\/usr\/bin\/env bash\n/);
  }, 60000);
});
