// A readable report of a diagnosis: facts, the checklist, then each check's findings and fix (documents, commands,
// and the account to run them in).
import type { KnowledgePack } from '../engine/knowledge/schema';
import type { CheckResult, Diagnosis, Finding, Fix, Params } from '../engine/types';

type Translate = (key: string, params?: Params) => string;

const ICON: Record<CheckResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  unknown: '❔',
  'not-applicable': '➖',
};

/** A catalog key when it exists, else the fallback (t returns the key itself for unknown keys). */
function tr(t: Translate, key: string, fallback: string, params?: Params): string {
  const out = t(key, params);
  return out === key ? fallback : out;
}

function inputName(t: Translate, input: string): string {
  return tr(t, `paste.${input}.short`, tr(t, `fact.${input}`, input));
}

function where(t: Translate, f: Finding): string {
  const loc = f.location;
  if (!loc || loc.line === undefined) return '';
  return ` (${tr(t, 'finding.at', `line ${loc.line}, column ${loc.column ?? 0} of the ${loc.input}`, { line: loc.line, column: loc.column ?? 0, input: inputName(t, loc.input) })})`;
}

function fence(text: string, lang: string): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`;
}

function renderFix(t: Translate, fix: Fix): string[] {
  const out: string[] = [];
  out.push(`#### ${tr(t, 'cli.fix', `Fix: ${fix.summary}`, { summary: fix.summary })}`, '');
  const account = fix.runInAccount ? tr(t, `account.${fix.runInAccount}`, fix.runIn) : fix.runIn;
  const place = [fix.accountId, fix.region].filter(Boolean).join(', ');
  out.push(tr(t, 'cli.runIn', `Run in the ${account}${place ? ` (${place})` : ''}.`, { account, where: place ? ` (${place})` : '' }), '');
  if (fix.needsReview) out.push(`> ${tr(t, 'fix.needsReview', 'Review this change before applying it.')}`, '');
  for (const doc of fix.documents) {
    out.push(tr(t, 'cli.document', `File \`${doc.fileName}\`:`, { file: doc.fileName }), '', fence(doc.text, 'json'), '');
  }
  if (fix.commands.length > 0) out.push(tr(t, 'cli.commands', 'Commands:'), '', fence(fix.commands.join('\n'), 'sh'), '');
  else out.push(tr(t, 'cli.noCommand', 'No command yet: the findings above say what is needed.'), '');
  return out;
}

export function renderMarkdown(d: Diagnosis, t: Translate, knowledge?: KnowledgePack): string {
  const out: string[] = [];
  const title = (id: string) => tr(t, `check.${id}.title`, id);
  const status = (s: CheckResult['status']) => tr(t, `status.${s}`, s);

  out.push(`# ${tr(t, 'cli.title', 'Copy Doctor diagnosis')}`, '');

  out.push(`## ${tr(t, 'cli.facts', 'Facts')}`, '');
  const facts = Object.entries(d.facts);
  if (facts.length === 0) out.push(tr(t, 'cli.noFacts', 'No facts given.'), '');
  else {
    out.push(`| ${tr(t, 'cli.fact', 'Fact')} | ${tr(t, 'cli.value', 'Value')} | ${tr(t, 'cli.from', 'From')} |`, '|---|---|---|');
    for (const [key, v] of facts) {
      if (!v) continue;
      const from = v.from === 'facts' ? tr(t, 'cli.fromFacts', 'entered') : inputName(t, v.from);
      out.push(`| ${tr(t, `fact.${key}`, key)} | \`${v.value}\` | ${from} |`);
    }
    out.push('');
  }

  if (d.triage.length > 0) {
    out.push(`## ${tr(t, 'cli.triage', 'Error message recognised')}`, '');
    for (const m of d.triage) {
      const entry = knowledge?.errors.find((e) => e.id === m.messageId);
      out.push(`- **${tr(t, `error.${m.messageId}.title`, m.messageId)}** (${m.messageId}) → ${m.checks.map(title).join(', ') || '—'}`);
      const explain = tr(t, `error.${m.messageId}.explain`, '');
      if (explain) out.push(`  ${explain}`);
      if (entry?.source) out.push(`  ${entry.source} (${entry.checkedOn})`);
    }
    out.push('');
  }

  out.push(`## ${tr(t, 'cli.checklist', 'Checklist')}`, '');
  for (const c of d.checks) out.push(`- ${ICON[c.status]} ${title(c.id)}: **${status(c.status)}**`);
  out.push('');

  out.push(`## ${tr(t, 'cli.details', 'Findings and fixes')}`, '');
  for (const c of d.checks) {
    out.push(`### ${ICON[c.status]} ${title(c.id)}: ${status(c.status)}`, '');
    if (c.findings.length === 0) out.push(tr(t, 'cli.noFindings', 'No findings.'), '');
    for (const f of c.findings) {
      out.push(`- **${tr(t, `severity.${f.severity}`, f.severity)}** \`${f.code}\`: ${f.message}${where(t, f)}`);
    }
    if (c.findings.length > 0) out.push('');
    if (c.needs?.length) {
      const needs = c.needs.map((n) => inputName(t, n)).join(', ');
      out.push(tr(t, 'cli.needs', `Needs: ${needs}`, { needs }), '');
    }
    if (c.fix) out.push(...renderFix(t, c.fix));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
