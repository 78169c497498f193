// Runs a generated gather script for real, with the stand-in AWS CLI (scripts/fake-aws.sh) first on the PATH.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BundleCall } from '../engine/gather/bundle';

const FAKE = new URL('../../scripts/fake-aws.sh', import.meta.url).pathname;

export type Answer = { output: unknown } | { error: { code: string; message: string } };

/** The operations a gather script may call: reads only. */
export function isReadOnly(service: string, operation: string): boolean {
  return /^(describe|get|list)-[a-z0-9-]+$/.test(operation) || (service === 'sts' && operation === 'get-caller-identity');
}

/** Fails with a clear message when the tools the bash scripts rely on are not installed. */
export function requireTools(): void {
  for (const tool of ['bash', 'jq']) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
    if (found.status !== 0) throw new Error(`${tool} is needed to test the gather scripts (apt-get install ${tool})`);
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Each call the stand-in received, its arguments exactly as passed. */
  argv: string[][];
  dir: string;
}

/** What the AWS CLI v2 prints for an answer: the JSON output, or its error line on stderr with exit code 254. */
function writeAnswers(dir: string, responses: Record<string, Answer>): void {
  mkdirSync(dir);
  for (const [key, answer] of Object.entries(responses)) {
    const hash = createHash('sha1').update(key).digest('hex');
    const operation = (key.startsWith('aws ') ? key.split(' ')[2] : key.split(' ')[1]) ?? '';
    const op = operation.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    if ('error' in answer) {
      writeFileSync(join(dir, `${hash}.out`), '');
      writeFileSync(join(dir, `${hash}.err`), `\nAn error occurred (${answer.error.code}) when calling the ${op} operation: ${answer.error.message}\n`);
      writeFileSync(join(dir, `${hash}.code`), '254');
    } else {
      writeFileSync(join(dir, `${hash}.out`), typeof answer.output === 'string' ? answer.output : `${JSON.stringify(answer.output, null, 4)}\n`);
      writeFileSync(join(dir, `${hash}.err`), '');
      writeFileSync(join(dir, `${hash}.code`), '0');
    }
  }
}

/** Runs `script` with bash; the stand-in answers from `responses`, keyed as scripts/fake-aws.sh says. */
export function runBash(script: string, responses: Record<string, Answer>, args: string[] = [], env: Record<string, string> = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'copy-doctor-gather-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  copyFileSync(FAKE, join(bin, 'aws'));
  chmodSync(join(bin, 'aws'), 0o755);
  writeFileSync(join(dir, 'script.sh'), script);
  writeAnswers(join(dir, 'answers'), responses);
  const log = join(dir, 'argv.log');
  const run = spawnSync('bash', [join(dir, 'script.sh'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: dir,
      FAKE_AWS_ANSWERS: join(dir, 'answers'),
      FAKE_AWS_LOG: log,
      ...env,
    },
    timeout: 60000,
  });
  const argv = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\u001e')
        .filter(Boolean)
        .map((call) => call.split('\0').slice(0, -1))
    : [];
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, argv, dir };
}

/** Answers that make the stand-in reply to each recorded call exactly as it was recorded. */
export function responsesFromCalls(calls: BundleCall[]): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const c of calls) out[c.command] = c.ok ? { output: c.output } : { error: c.error ?? { code: 'CliError', message: '' } };
  return out;
}
