// Splits a paste into the outputs it holds. People paste a terminal session: shell prompts and the commands that
// produced each output (`$ aws kms get-key-policy …`, `PS C:\> aws …`, `[cloudshell-user@ip-10-0-0-1 ~]$ aws …`),
// CloudShell's welcome banner, Markdown fences, blank lines, several JSON documents one after another (also two on
// one line, as `jq -c` prints them), AWS CLI error lines and plain text (a status message copied from the console).
//
// One pass over the text, no regular expression over the whole paste: a 100 KB paste splits in a few milliseconds.
// Offsets are into the text exactly as pasted.

export type SegmentKind = 'json' | 'text';

export interface Segment {
  kind: SegmentKind;
  /** Offsets into the pasted text: [start, end). */
  start: number;
  end: number;
  /** The command line that produced it (prompt removed, continuation lines joined), when the paste shows one. */
  command?: string;
}

/** A shell prompt at the start of a line, and what follows it. */
const PROMPTS: RegExp[] = [
  /^\s*\[[^\]\n]{1,120}\][$#]\s?/, // [cloudshell-user@ip-10-0-0-1 ~]$
  /^\s*PS(?:\s+(?:[A-Za-z]:\\|\/|~)[^>\n]{0,200})?>\s?/, // PS C:\Users\me> , PS /home/cloudshell-user>
  /^\s*[\w.-]+@[\w.-]+(?::[^$#\n]{0,200})?\s?[$#]\s?/, // me@host:~/dir$
  /^\s*(?:\([\w.-]+\)\s*)?(?:~[\w./-]*\s|[\w.-]*\/[\w./-]*\s)?[$%❯➜#]\s/, // $ aws …, ~ $ aws …, (venv) $ …, % …, ❯ …
  /^\s*>{1,2}\s(?=aws\s)/, // > aws …
];

/** A command typed without a prompt: `aws backup describe-copy-job …`, or an AWS Tools for PowerShell cmdlet. */
const BARE_COMMAND = /^\s*(?:aws\s+[a-z0-9-]+\s+[a-z0-9-]+|(?:Get|Invoke|Find)-[A-Z]{2,}[A-Za-z]+\b)/;

/** Lines of AWS CloudShell's banner and of a terminal's chatter, which are never an output. */
const BANNER: RegExp[] = [
  /^\s*Preparing your terminal/i,
  /^\s*Try these commands to get started:?/i,
  /^\s*aws help\s+or\s+aws <command> help/i,
  /^\s*Welcome to AWS CloudShell/i,
  /^\s*(?:Waiting for|Connecting to) (?:the )?(?:CloudShell|environment)/i,
  /^\s*\(END\)\s*$/,
  /^\s*:\s*$/,
];

const FENCE = /^\s*(```|~~~)/;

export function promptOf(line: string): { prompt: string; rest: string } | undefined {
  for (const re of PROMPTS) {
    const m = re.exec(line);
    if (m) return { prompt: m[0], rest: line.slice(m[0].length) };
  }
  return undefined;
}

function isOpenQuote(c: number) {
  return c === 34 || c === 0x201c || c === 0x201d; // " “ ”
}

/**
 * The end (exclusive) of the JSON document starting at `start` (`{`, `[` or `"`): where its brackets close, strings
 * and comments skipped. Typographic quotes count as quotes (paste damage); a string never runs past its line. A
 * document cut off before it closes ends at the next line that is a prompt or a command, else at the end of the text.
 */
export function jsonEnd(text: string, start: number): number {
  const n = text.length;
  const first = text.charCodeAt(start);
  if (isOpenQuote(first)) {
    for (let i = start + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (isOpenQuote(c) || c === 10) return c === 10 ? i : i + 1;
    }
    return n;
  }
  let depth = 0;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isOpenQuote(c)) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (isOpenQuote(d)) break;
        else if (d === 10) {
          i--; // an unterminated string ends at its line; the newline is looked at below
          break;
        }
      }
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return n;
      i = nl - 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return n;
      i = close + 1;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === 10 && depth > 0 && mayBeCommand(text, i + 1)) {
      const lineEnd = text.indexOf('\n', i + 1);
      const next = text.slice(i + 1, lineEnd === -1 ? n : lineEnd);
      if (isCommandLine(next)) return i;
    }
  }
  return n;
}

/** A cheap first look at a line inside a document: JSON lines start with a quote, a bracket, a digit... */
function mayBeCommand(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  if (c === 34 || c === 123 || c === 125 || c === 93 || c === 44 || c === 45 || (c >= 48 && c <= 57) || c === 10 || c === 13 || Number.isNaN(c)) return false;
  // A bracket starts JSON, or a CloudShell prompt (`[cloudshell-user@ip-… ~]$`).
  if (c === 91) return text.charCodeAt(i + 1) !== 123 && text.charCodeAt(i + 1) !== 34 && /^\[[\w.-]+@/.test(text.slice(i, i + 80));
  return true;
}

function isCommandLine(line: string): boolean {
  const p = promptOf(line);
  if (p) return p.rest.trim() === '' || /^(aws|Get-|Invoke-|cat|jq|echo|sudo)\b/.test(p.rest.trim());
  return BARE_COMMAND.test(line);
}

function lineEndOf(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

/** Splits the paste into JSON documents and runs of text, each with the command that produced it. Never throws. */
export function splitPaste(text: string): Segment[] {
  const segments: Segment[] = [];
  if (typeof text !== 'string') return segments;
  const n = text.length;
  let command: string | undefined;
  /** The text run still open: consecutive lines of text, with no blank line, prompt or JSON between. */
  let open: Segment | undefined;
  const push = (s: Segment) => {
    if (command !== undefined) s.command = command;
    command = undefined;
    segments.push(s);
    return s;
  };

  let pos = 0; // always at the start of a line
  while (pos < n) {
    const end = lineEndOf(text, pos);
    const line = text.slice(pos, end);
    const first = line.search(/[^\s\uFEFF]/);
    if (first === -1 || FENCE.test(line) || BANNER.some((re) => re.test(line))) {
      open = undefined;
      pos = end + 1;
      continue;
    }

    const prompt = promptOf(line);
    if (prompt || BARE_COMMAND.test(line)) {
      open = undefined;
      // Continuation lines: a trailing backslash (bash) or backtick (PowerShell).
      let cmd = (prompt ? prompt.rest : line).trim();
      let last = end;
      while (/[\\`]$/.test(cmd) && last < n) {
        const nextEnd = lineEndOf(text, last + 1);
        cmd = `${cmd.slice(0, -1).trimEnd()} ${text.slice(last + 1, nextEnd).trim()}`;
        last = nextEnd;
      }
      if (cmd !== '') command = cmd;
      pos = last + 1;
      continue;
    }

    let i = pos + first;
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || (isOpenQuote(c) && /^["\u201c\u201d]\s*[{[]/.test(line.slice(first)))) {
      open = undefined;
      // Several documents may share a line (`jq -c`); text after the last one belongs to it (`\tdefault`).
      for (;;) {
        const docEnd = jsonEnd(text, i);
        const seg = push({ kind: 'json', start: i, end: docEnd });
        const lineEnd = lineEndOf(text, docEnd);
        const rest = text.slice(docEnd, lineEnd);
        const more = rest.search(/\S/);
        if (more !== -1 && (rest.charCodeAt(more) === 123 || rest.charCodeAt(more) === 91)) {
          i = docEnd + more;
          continue;
        }
        if (more !== -1) seg.end = lineEnd;
        pos = lineEnd + 1;
        break;
      }
      continue;
    }

    // A line of text joins the run just before it, or starts one.
    if (open) open.end = end;
    else open = push({ kind: 'text', start: i, end });
    pos = end + 1;
  }
  // Trailing blanks (a CR before the newline, say) are not part of a segment.
  for (const s of segments) while (s.end > s.start && /\s/.test(text.charAt(s.end - 1))) s.end--;
  return segments;
}

// ---- the command line

export interface AwsCommand {
  service?: string;
  operation?: string;
  /** `--key-id`, `--backup-vault-name`, … by name without the dashes; flags without a value are `true`. */
  options: Record<string, string | true>;
}

/** Words of a command line, quotes removed (`'…'`, `"…"`). Good enough for reading option values back. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** Reads `aws SERVICE OPERATION --option value …` (anything after a pipe is left out). Undefined for other commands. */
export function parseAwsCommand(command: string | undefined): AwsCommand | undefined {
  if (!command) return undefined;
  const w = words(command.split(/\s\|\s/)[0] ?? command);
  const at = w.findIndex((x) => x === 'aws' || x.endsWith('/aws') || x === 'aws.exe');
  if (at === -1) return undefined;
  const rest = w.slice(at + 1);
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i] as string;
    if (x.startsWith('--')) {
      const [name, inline] = x.slice(2).split(/=(.*)/s);
      const next = rest[i + 1];
      if (inline !== undefined) options[name as string] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        options[name as string] = next;
        i++;
      } else options[name as string] = true;
    } else positional.push(x);
  }
  const cmd: AwsCommand = { options };
  if (positional[0]) cmd.service = positional[0].toLowerCase();
  if (positional[1]) cmd.operation = positional[1].toLowerCase();
  return cmd;
}
