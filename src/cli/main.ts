// Headless entry: `npm run --silent cli -- diagnose <session.json> [--format json|markdown] [--lang en|zh-TW]`.
// Exit 0: no check failed. 1: at least one check failed. 2: the session (or the knowledge pack) could not be used,
// or the arguments were wrong; one line on stderr, no stack trace.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { anyFailed, diagnose } from '../engine/diagnose';
import { validateKnowledge, type KnowledgePack } from '../engine/knowledge/schema';
import { parseSessionText } from '../engine/session';
import type { Lang } from '../engine/types';
import { markdownReport } from '../engine/report/markdown';
import { makeTranslate } from './translate';

export const USAGE = 'usage: copy-doctor diagnose <session.json> [--format json|markdown] [--lang en|zh-TW]';

export interface CliArgs {
  file: string;
  format: 'json' | 'markdown';
  lang: Lang;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs | 'help' {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const command = args.shift();
  if (command !== 'diagnose') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  let file: string | undefined;
  let format: CliArgs['format'] = 'json';
  let lang: Lang = 'en';
  while (args.length > 0) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--format' || flag === '--lang') {
      const value = inline ?? args.shift();
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--format') {
        if (value !== 'json' && value !== 'markdown') throw new UsageError(`unknown format "${value}" (json or markdown)`);
        format = value;
      } else {
        if (value !== 'en' && value !== 'zh-TW') throw new UsageError(`unknown language "${value}" (en or zh-TW)`);
        lang = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (!file) throw new UsageError('no session file given');
  return { file, format, lang };
}

/** The knowledge pack shipped with the app, read from public/knowledge relative to this repository. */
export function loadKnowledge(): { ok: true; pack: KnowledgePack } | { ok: false; error: string } {
  const dir = fileURLToPath(new URL('../../public/knowledge/', import.meta.url));
  const files: Record<string, unknown> = {};
  for (const name of ['errors', 'regions', 'resources']) {
    try {
      files[name] = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
    } catch (e) {
      return { ok: false, error: `cannot read the knowledge pack file ${name}.json: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const result = validateKnowledge({ errors: files.errors, regions: files.regions, resources: files.resources });
  if (!result.ok) return { ok: false, error: `the knowledge pack is not valid: ${result.problems.slice(0, 3).join('; ')}` };
  return { ok: true, pack: result.pack };
}

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Everything but the process: testable without spawning. */
export function runCli(argv: string[], readText: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliResult {
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `copy-doctor: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n` };
  }
  if (args === 'help') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  let text: string;
  try {
    text = args.file === '-' ? readFileSync(0, 'utf8') : readText(args.file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
    return { code: 2, stdout: '', stderr: `copy-doctor: cannot read ${args.file}: ${reason}\n` };
  }
  const session = parseSessionText(text);
  if (!session.ok) return { code: 2, stdout: '', stderr: `copy-doctor: ${args.file}: ${session.error}\n` };
  const knowledge = loadKnowledge();
  if (!knowledge.ok) return { code: 2, stdout: '', stderr: `copy-doctor: ${knowledge.error}\n` };
  const translate = makeTranslate(args.lang);
  const diagnosis = diagnose(session.session, knowledge.pack, { translate });
  const stdout = args.format === 'json' ? `${JSON.stringify(diagnosis, null, 2)}\n` : markdownReport(diagnosis, session.session, translate);
  return { code: anyFailed(diagnosis) ? 1 : 0, stdout, stderr: '' };
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return fileURLToPath(import.meta.url) === entry || fileURLToPath(import.meta.url).replace(/\.ts$/, '') === entry.replace(/\.(ts|js)$/, '');
  } catch {
    return false;
  }
}

if (isMain()) {
  let result: CliResult;
  try {
    result = runCli(process.argv.slice(2));
  } catch (e) {
    result = { code: 2, stdout: '', stderr: `copy-doctor: internal error: ${e instanceof Error ? e.message : String(e)}\n` };
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
