// The ticket-ready Markdown report of a diagnosis, shared by the results page and the CLI: the summary, the facts,
// the error message and what it means, the checklist (failures first, in the order to fix them), then every check
// with its findings, what would decide it, and its fix. No dates or timestamps: the same input gives the same text.
// What a paste can carry (finding and fix parameters, facts, the error message, the pastes themselves) is shown in
// code spans and fenced blocks only (see ./md), so the report cannot be forged through it.
import { reportedMessage } from '../inputs/outputs';
import { FACT_KEYS, PASTE_KEYS, type CheckResult, type Diagnosis, type Finding, type PasteKey, type Session } from '../types';
import { fixSection } from './fixSection';
import { findingParams, INPUT_VALUE_REJECTED, REJECTION_WORDS } from '../inputs/rejections';
import { cell, checkTitle, code, escapeText, fence, inputLabel, inputLabelMd, joinLines, md, mdFill, type MdParams, mt, STATUS_ICON, statusWord, template, tr, visibleLines, type Translate } from './md';
import { orderChecks, statusCounts } from './order';

export type { Translate };

export interface MarkdownReportOptions {
  /** Append every pasted input verbatim (off by default: pastes can hold account details). */
  includePastes?: boolean;
  /** Add the Terraform and CloudFormation renderings of each fix after its JSON and commands. */
  allFormats?: boolean;
}

/** "Summary: 1 to fix, 2 passed, 7 need input." */
export function summaryLine(checks: readonly Pick<CheckResult, 'status'>[], t: Translate): string {
  const parts = statusCounts(checks).map(({ status, count }) => t(`report.count.${status}.${count === 1 ? 'one' : 'other'}`, { count }));
  return t('report.summary', { parts: parts.join(t('report.separator')) });
}

function location(f: Finding, t: Translate): string {
  const loc = f.location;
  if (!loc || loc.line === undefined) return '';
  return ` (${mt(t, 'report.at', { line: loc.line, column: (loc.column ?? 0) + 1, input: md(inputLabelMd(t, loc.input)) })})`;
}

/** A finding's message from its catalog template, its parameters in code spans. */
export function findingMarkdown(f: Finding, t: Translate): string {
  const words = template(t, `finding.${f.code}`);
  if (words === undefined) return code(f.message);
  const params: MdParams = { ...findingParams(f, t) };
  // The words a rejection is told in come from the catalogs (trusted); the rest of its params are values.
  if (f.code === INPUT_VALUE_REJECTED) for (const k of REJECTION_WORDS) if (typeof params[k] === 'string') params[k] = md(escapeText(params[k] as string));
  return mdFill(words, params);
}

/** Where a fact came from, as a table cell. */
function factFrom(from: string, t: Translate): string {
  if (from === 'facts') return escapeText(t('report.fromFacts'));
  const label = inputLabel(t, from);
  return label === from ? cell(from) : escapeText(label);
}

function factsSection(d: Diagnosis, t: Translate): string[] {
  const out = [`## ${t('report.facts')}`, ''];
  const rows = FACT_KEYS.flatMap((key) => {
    const v = d.facts[key];
    return v ? [`| ${escapeText(tr(t, `fact.${key}`, key))} | ${cell(v.value)} | ${factFrom(v.from, t)} |`] : [];
  });
  if (rows.length === 0) return [...out, t('report.noFacts'), ''];
  return [...out, `| ${t('report.fact')} | ${t('report.value')} | ${t('report.from')} |`, '|---|---|---|', ...rows, ''];
}

function triageSection(d: Diagnosis, session: Session, t: Translate): string[] {
  const message = reportedMessage(session?.pastes, 2000);
  if (!message && d.triage.length === 0) return [];
  const out = [`## ${t('report.triage')}`, ''];
  // The message as the copy job printed it, in a block that shows text and nothing else (a block quote would render
  // its links, images and HTML).
  if (message) out.push(t('report.quoted'), '', fence(visibleLines(message), 'text'), '');
  for (const m of d.triage) {
    const title = template(t, `error.${m.messageId}.title`);
    const titleMd = title === undefined ? code(m.messageId) : escapeText(title);
    const explain = tr(t, `error.${m.messageId}.explain`, '');
    out.push(explain ? mt(t, 'report.triage.meaning', { title: md(titleMd), explain: md(explain) }) : `**${titleMd}**`, '');
    if (m.checks.length) out.push(t('report.triage.points', { checks: m.checks.map((c) => checkTitle(t, c)).join(t('report.separator')) }), '');
    // A cause no check covers yet: what to look at instead of "retry" (the words are the catalog's, never a paste's).
    if (m.lookAt?.length) out.push(t('triage.lookAt'), '', ...m.lookAt.map((place) => `- ${template(t, `lookAt.${place}`) === undefined ? code(place) : mt(t, `lookAt.${place}`)}`), '');
    else if (!m.checks.length) out.push(t('report.triage.noChecks'), '');
  }
  if (message && d.triage.length === 0) out.push(t('report.triage.unrecognised'), '');
  return out;
}

function checkSection(c: CheckResult, d: Diagnosis, t: Translate, allFormats: boolean): string[] {
  const out = [`### ${STATUS_ICON[c.status]} ${checkTitle(t, c.id)}: ${statusWord(t, c.status)}`, ''];
  const why = tr(t, `check.${c.id}.why`, '');
  if (why) out.push(`_${why}_`, '');
  if (c.findings.length === 0) out.push(t('report.noFindings'), '');
  else {
    out.push(`**${t('report.findings')}**`, '');
    for (const f of c.findings) out.push(`- **${statusWordSeverity(t, f)}** ${code(f.code)}: ${findingMarkdown(f, t)}${location(f, t)}`);
    out.push('');
  }
  if (c.needs?.length && (c.status === 'unknown' || !c.fix)) {
    out.push(t('report.needs'), '', ...c.needs.map((n) => `- ${inputLabelMd(t, n)}`), '');
  }
  out.push(...fixSection(c, d.facts, t, { heading: '####', allFormats }));
  return out;
}

function statusWordSeverity(t: Translate, f: Finding): string {
  return tr(t, `severity.${f.severity}`, f.severity);
}

function pastesSection(session: Session, t: Translate): string[] {
  const pastes = session?.pastes ?? {};
  const keys = PASTE_KEYS.filter((k: PasteKey) => typeof pastes[k] === 'string' && pastes[k]!.trim() !== '');
  if (keys.length === 0) return [];
  const out = [`## ${t('report.pastes')}`, '', t('report.pastes.note'), ''];
  for (const k of keys) {
    const text = pastes[k]!;
    out.push(`### ${inputLabelMd(t, k)}`, '', fence(text, /^\s*[{[]/.test(text) ? 'json' : 'text'), '');
  }
  return out;
}

export function markdownReport(d: Diagnosis, session: Session, t: Translate, options: MarkdownReportOptions = {}): string {
  const checks = orderChecks(d.checks);
  const out: string[] = [`# ${t('report.title')}`, '', t('report.intro'), '', `**${summaryLine(checks, t)}**`, ''];
  out.push(...factsSection(d, t));
  out.push(...triageSection(d, session, t));
  out.push(`## ${t('report.checklist')}`, '', t('report.checklist.order'), '');
  checks.forEach((c, i) => out.push(`${i + 1}. ${t('report.checklist.item', { icon: STATUS_ICON[c.status], status: statusWord(t, c.status), title: checkTitle(t, c.id) })}`));
  out.push('', `## ${t('report.details')}`, '');
  for (const c of checks) out.push(...checkSection(c, d, t, options.allFormats ?? false));
  if (options.includePastes) out.push(...pastesSection(session, t));
  return joinLines(out);
}
