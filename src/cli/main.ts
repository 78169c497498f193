// Headless entry:
//   copy-doctor diagnose [--bundle FILE]... [session.json] [--format json|markdown] [--lang en|zh-TW]
//   copy-doctor gather --role source|destination|management [--shell bash|powershell] [session.json]
// diagnose: exit 0 when no check failed, 1 when at least one failed, 2 when the session, a bundle or the knowledge
// pack could not be used, or the arguments were wrong (one line on stderr, no stack trace). gather prints the
// read-only script for one account (exit 0), or exit 2.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { anyFailed, diagnose } from '../engine/diagnose';
import { GATHER_ROLES, mergeBundles, parseBundleText, renderBundleError, renderNote, type Bundle, type GatherRole } from '../engine/gather/bundle';
import { gatherFacts, gatherScript, type Shell } from '../engine/gather/scripts';
import { validateKnowledge, type KnowledgePack } from '../engine/knowledge/schema';
import { escapeText } from '../engine/report/md';
import { parseSessionText } from '../engine/session';
import type { Session } from '../engine/types';
import { LANGS, type Lang } from '../i18n';
import { markdownReport } from '../engine/report/markdown';
import { loadWords, makeTranslate } from './translate';

export const USAGE = [
  `usage: copy-doctor diagnose [--bundle FILE]... [session.json] [--format json|markdown] [--lang ${LANGS.join('|')}]`,
  '       copy-doctor gather --role source|destination|management [--shell bash|powershell] [session.json]',
].join('\n');

export interface DiagnoseArgs {
  command: 'diagnose';
  /** The session file; undefined when only bundles are given (an empty session then). */
  file?: string;
  bundles: string[];
  format: 'json' | 'markdown';
  lang: Lang;
}

export interface GatherArgs {
  command: 'gather';
  file?: string;
  role: GatherRole;
  shell: Shell;
}

export type CliArgs = DiagnoseArgs | GatherArgs;

export class UsageError extends Error {}

const VALUES: Record<string, readonly string[]> = {
  '--format': ['json', 'markdown'],
  '--lang': LANGS,
  '--role': GATHER_ROLES,
  '--shell': ['bash', 'powershell'],
};
const WORD: Record<string, string> = { '--format': 'format', '--lang': 'language', '--role': 'role', '--shell': 'shell' };
const FLAGS: Record<CliArgs['command'], string[]> = { diagnose: ['--format', '--lang', '--bundle'], gather: ['--role', '--shell'] };

export function parseArgs(argv: string[]): CliArgs | 'help' {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const command = args.shift();
  if (command !== 'diagnose' && command !== 'gather') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  let file: string | undefined;
  const bundles: string[] = [];
  const opts: Record<string, string> = {};
  while (args.length > 0) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (FLAGS[command].includes(flag)) {
      const value = inline ?? args.shift();
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--bundle') {
        bundles.push(value);
        continue;
      }
      const allowed = VALUES[flag]!;
      if (!allowed.includes(value)) throw new UsageError(`unknown ${WORD[flag]} "${value}" (${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')})`);
      opts[flag] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (command === 'gather') {
    if (!opts['--role']) throw new UsageError('--role is needed (source, destination or management)');
    return { command, ...(file ? { file } : {}), role: opts['--role'] as GatherRole, shell: (opts['--shell'] ?? 'bash') as Shell };
  }
  if (!file && bundles.length === 0) throw new UsageError('no session file given');
  return { command, ...(file ? { file } : {}), bundles, format: (opts['--format'] ?? 'json') as DiagnoseArgs['format'], lang: (opts['--lang'] ?? 'en') as Lang };
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

const EMPTY_SESSION: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} };

type Read = (path: string) => string;

function readInput(path: string, readText: Read): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: path === '-' ? readFileSync(0, 'utf8') : readText(path) };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
    return { ok: false, error: `copy-doctor: cannot read ${path}: ${reason}\n` };
  }
}

function readSessionFile(file: string | undefined, readText: Read): { ok: true; session: Session } | { ok: false; error: string } {
  if (!file) return { ok: true, session: EMPTY_SESSION };
  const text = readInput(file, readText);
  if (!text.ok) return text;
  const session = parseSessionText(text.text);
  return session.ok ? session : { ok: false, error: `copy-doctor: ${file}: ${session.error}\n` };
}

function gather(args: GatherArgs, readText: Read): CliResult {
  const session = readSessionFile(args.file, readText);
  if (!session.ok) return { code: 2, stdout: '', stderr: session.error };
  const script = gatherScript(gatherFacts(session.session), args.role, args.shell);
  const stderr = script.needs.length > 0 ? `copy-doctor: the script would gather more with these facts in the session: ${script.needs.join(', ')}\n` : '';
  return { code: 0, stdout: script.text, stderr };
}

/** Everything but the process: testable without spawning. */
export function runCli(argv: string[], readText: Read = (p) => readFileSync(p, 'utf8')): CliResult {
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `copy-doctor: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n` };
  }
  if (args === 'help') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (args.command === 'gather') return gather(args, readText);
  const read = readSessionFile(args.file, readText);
  if (!read.ok) return { code: 2, stdout: '', stderr: read.error };
  const translate = makeTranslate(args.lang);
  const bundles: { file: string; bundle: Bundle }[] = [];
  for (const file of args.bundles) {
    const text = readInput(file, readText);
    if (!text.ok) return { code: 2, stdout: '', stderr: text.error };
    const bundle = parseBundleText(text.text);
    if (!bundle.ok) return { code: 2, stdout: '', stderr: `copy-doctor: ${file}: ${renderBundleError(bundle, translate)}\n` };
    bundles.push({ file, bundle: bundle.bundle });
  }
  const knowledge = loadKnowledge();
  if (!knowledge.ok) return { code: 2, stdout: '', stderr: `copy-doctor: ${knowledge.error}\n` };
  const merged = bundles.length > 0 ? mergeBundles(read.session, bundles.map((b) => b.bundle)) : undefined;
  const session = merged?.session ?? read.session;
  const diagnosis = diagnose(session, knowledge.pack, { translate });
  const notes = (merged?.notes ?? []).map((n) => ({ ...n, message: renderNote(n, translate) }));
  let stdout: string;
  if (args.format === 'json') {
    const gathered = merged ? { gather: { bundles: bundles.map((b) => ({ file: b.file, role: b.bundle.role, accountId: b.bundle.accountId, used: merged.merged.includes(b.bundle.role) })), notes } } : {};
    stdout = `${JSON.stringify({ ...diagnosis, ...gathered }, null, 2)}\n`;
  } else {
    stdout = markdownReport(diagnosis, session, translate);
    if (notes.length > 0) stdout = `${stdout.replace(/\n+$/, '')}\n\n## ${translate('gather.notes')}\n\n${notes.map((n) => `- ${escapeText(n.message.replace(/\s+/g, " "))}`).join('\n')}\n`;
  }
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
    await loadWords(LANGS);
    result = runCli(process.argv.slice(2));
  } catch (e) {
    result = { code: 2, stdout: '', stderr: `copy-doctor: internal error: ${e instanceof Error ? e.message : String(e)}\n` };
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
