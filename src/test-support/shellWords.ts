// For tests: a small POSIX shell-words reader, and the assertion that a command line is exactly one plain `aws`
// invocation. It is written independently of the engine's quoting (src/engine/core/shell.ts) so that a fault there
// is caught here: it reads the line the way sh would, and reports everything sh would act on.
import { expect } from 'vitest';
import { isValue, type ValueKind } from '../engine/core/formats';

export interface Segment {
  text: string;
  quote: 'none' | 'single' | 'double';
}

export interface ShellWord {
  text: string;
  segments: Segment[];
}

export interface ShellLine {
  words: ShellWord[];
  /** Everything sh would act on: operators, substitutions, escapes, globs, comments, unterminated quotes. */
  problems: string[];
}

/** Control characters as the test knows them (its own list, not the engine's). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export function hasControl(s: string): boolean {
  return CONTROL.test(s);
}

/** Splits one line into words as sh does; whatever sh would interpret beyond plain words is a problem. */
export function shellWords(line: string): ShellLine {
  const words: ShellWord[] = [];
  const problems: string[] = [];
  let word: ShellWord | undefined;
  const add = (text: string, quote: Segment['quote']) => {
    word ??= { text: '', segments: [] };
    word.text += text;
    const last = word.segments[word.segments.length - 1];
    if (last && last.quote === quote) last.text += text;
    else word.segments.push({ text, quote });
  };
  const end = () => {
    if (word) words.push(word);
    word = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      end();
    } else if (c === '\n' || c === '\r') {
      problems.push('line break');
      end();
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) {
        problems.push('unterminated single quote');
        add(line.slice(i + 1), 'single');
        break;
      }
      add(line.slice(i + 1, close), 'single');
      i = close;
    } else if (c === '"') {
      problems.push('double quote (sh expands $ and ` inside it)');
      let j = i + 1;
      let text = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\') j++;
        text += line[j] ?? '';
        j++;
      }
      if (j >= line.length) problems.push('unterminated double quote');
      add(text, 'double');
      i = j;
    } else if (c === '\\') {
      problems.push('backslash escape');
      add(line[i + 1] ?? '', 'none');
      i++;
    } else if (';|&<>()'.includes(c)) {
      problems.push(`operator ${c}`);
      end();
    } else if (c === '$' || c === '`') {
      problems.push(`substitution ${c}`);
      add(c, 'none');
    } else if (c === '#' && !word) {
      problems.push('comment');
      break;
    } else if ('*?[]{}~!'.includes(c)) {
      problems.push(`special character ${c}`);
      add(c, 'none');
    } else {
      add(c, 'none');
    }
  }
  end();
  return { words, problems };
}

/** What each flag the engine writes takes, by the flag: a value kind, a fixed form, a file, or the trust policy. */
const FLAG_VALUES: Record<string, ValueKind | RegExp | 'file' | 'json'> = {
  '--key-id': 'kmsKeyRef',
  '--backup-vault-name': 'vaultName',
  '--source-backup-vault-name': 'vaultName',
  '--region': 'region',
  '--role-name': 'roleName',
  '--path': 'iamPath',
  '--recovery-point-arn': 'recoveryPointArn',
  '--destination-backup-vault-arn': 'vaultArn',
  '--iam-role-arn': 'roleArn',
  '--policy-id': 'policyId',
  '--target-id': 'accountId',
  '--resource-arn': 'backupRecoveryPointArn',
  '--encryption-key-arn': 'kmsKeyArn',
  '--tag-key-list': 'tagKey',
  '--policy-arn': 'managedPolicyArn',
  '--copy-job-id': 'copyJobId',
  '--policy': 'file',
  '--content': 'file',
  '--tags': 'file',
  '--policy-document': 'json',
  '--assume-role-policy-document': 'json',
  '--policy-name': /^default$/,
  '--query': /^[A-Za-z.]+$/,
  '--output': /^text$/,
  '--by-state': /^FAILED$/,
  '--filter': /^(SERVICE|RESOURCE)_CONTROL_POLICY$/,
  // Allowed AMIs criteria: image provider aliases and 12-digit account IDs only.
  '--image-criteria': /^ImageProviders=(amazon|aws-marketplace|aws-backup-vault|none|\d{12})(,(amazon|aws-marketplace|aws-backup-vault|none|\d{12}))*$/,
  '--policy-type': /^TAG_POLICY$/,
  '--global-settings': /^isCrossAccountBackupEnabled=true$/,
  '--description': /^Customer managed key for (cross-account AWS Backup copies|the AWS Backup vault [A-Za-z0-9_-]{2,50})$/,
  '--lifecycle': /^DeleteAfterDays=[1-9]\d*$/,
  '--resource-type-management-preference': /^DynamoDB=true$/,
  '--resource-type-opt-in-preference': /^DynamoDB=true$/,
};

const PLACEHOLDER = /^[A-Z][A-Z0-9_]*$/;
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * The line is one `aws` invocation and nothing else: no operator, substitution, escape, glob or line break outside
 * single quotes, no control character anywhere; every bare word is plain; every value after a flag is a placeholder or
 * a valid value of the flag's kind (values from the session appear only that way); file arguments name plain files.
 */
export function expectOneAwsCall(line: string, context = ''): ShellLine {
  const where = `${context}\n${JSON.stringify(line)}`;
  expect(hasControl(line), `control character in ${where}`).toBe(false);
  const parsed = shellWords(line);
  expect(parsed.problems, where).toEqual([]);
  const [first, service, operation] = parsed.words;
  expect(first?.segments, where).toEqual([{ text: 'aws', quote: 'none' }]);
  expect(service?.text ?? '', where).toMatch(/^[a-z0-9-]+$/);
  expect(operation?.text ?? '', where).toMatch(/^[a-z0-9-]+$/);
  let flag: string | undefined;
  for (const w of parsed.words.slice(3)) {
    for (const seg of w.segments) if (seg.quote === 'none') expect(seg.text, where).toMatch(BARE);
    if (w.segments.length === 1 && w.segments[0]!.quote === 'none' && /^--[a-z0-9-]+$/.test(w.text)) {
      flag = w.text;
      expect(Object.keys(FLAG_VALUES), `unknown flag ${flag} in ${where}`).toContain(flag);
      continue;
    }
    expect(flag, `a value before any flag in ${where}`).toBeDefined();
    const rule = FLAG_VALUES[flag!]!;
    if (rule === 'file') expect(w.text, where).toMatch(/^file:\/\/[a-z0-9][a-z0-9._-]*\.json$/);
    else if (rule === 'json') expect(() => JSON.parse(w.text) as unknown, where).not.toThrow();
    else if (rule instanceof RegExp) expect(w.text, where).toMatch(rule);
    else if (!PLACEHOLDER.test(w.text)) expect(isValue(rule, w.text), `${flag} ${JSON.stringify(w.text)} is not a valid ${rule} in ${where}`).toBe(true);
  }
  return parsed;
}

/** A script: comment lines (`# ...`, one line each, no control character) and single `aws` calls. */
export function expectScript(text: string, context = ''): string[] {
  const commands: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('# ')) {
      expect(hasControl(line), `control character in a comment: ${context}\n${JSON.stringify(line)}`).toBe(false);
      continue;
    }
    expectOneAwsCall(line, context);
    commands.push(line);
  }
  return commands;
}
