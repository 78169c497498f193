// The finding for a value that was not used because it does not have its format (INPUT_VALUE_REJECTED): which input
// it came from, which fact, answer or field it was, what kind of value was expected and why it was refused. Shared by
// the facts (a vault name with `;` from a copy job) and the checks (a command that would have needed the value).
import type { Rejection, ValueOrigin } from '../core/shell';
import { PLACEHOLDERS, type RejectReason } from '../core/formats';
import type { Finding, Location, Params, Pastes, Severity } from '../types';
import { copyJobPath, readCopyJob, type CopyJobRead } from './copyJob';
import { outputLocation, readOutput } from './outputs';

export const INPUT_VALUE_REJECTED = 'INPUT_VALUE_REJECTED' as const;

/** A rejection as the finding needs it (the command's placeholder is optional: a fact may reach no command). */
export type RejectedValue = Pick<Rejection, 'kind' | 'reason' | 'origin'> & { placeholder?: string };

function severityOf(reason: RejectReason): Severity {
  return reason === 'shell-character' || reason === 'control-character' ? 'security-warning' : 'warning';
}

function locationOf(origin: ValueOrigin, pastes: Pastes | undefined): Location | undefined {
  if (origin.input === 'answers') return undefined;
  if (origin.input === 'facts') return { input: 'facts', path: origin.fact ? [origin.fact] : [] };
  const path = origin.path ?? [];
  return outputLocation(origin.input, readOutput(pastes?.[origin.input]), path);
}

export function rejectionFinding(r: RejectedValue, pastes?: Pastes): Finding {
  const o = r.origin;
  const params: Params = {
    input: o.input,
    field: o.field ?? o.fact ?? o.answer ?? '',
    kind: r.kind,
    reason: r.reason,
    placeholder: r.placeholder ?? PLACEHOLDERS[r.kind],
  };
  if (o.fact) params.fact = o.fact;
  if (o.answer) params.answer = o.answer;
  const f: Finding = { code: INPUT_VALUE_REJECTED, severity: severityOf(r.reason), params, message: INPUT_VALUE_REJECTED };
  const location = locationOf(o, pastes);
  if (location) f.location = location;
  return f;
}

/** One finding per rejected value (the same value rejected by two commands is said once). */
export function rejectionFindings(rs: RejectedValue[], pastes?: Pastes): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const r of rs) {
    const o = r.origin;
    const tag = [o.input, o.fact, o.answer, o.field, JSON.stringify(o.path ?? []), r.kind].join('|');
    if (seen.has(tag)) continue;
    seen.add(tag);
    out.push(rejectionFinding(r, pastes));
  }
  return out;
}

/** What to ask for instead of a rejected value: the fact or answer it was, else the paste it came from. */
export function rejectionNeeds(rs: RejectedValue[]): string[] {
  return [...new Set(rs.map((r) => r.origin.fact ?? r.origin.answer ?? r.origin.input))];
}

/** The copy job as the checks read it: from the copy job paste, else from a copy job pasted as the error message. */
export function pastedCopyJob(pastes: Pastes | undefined): { job: CopyJobRead; input: 'copyJob' | 'errorMessage'; text: string } | undefined {
  for (const input of ['copyJob', 'errorMessage'] as const) {
    const text = pastes?.[input];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const job = readCopyJob(text);
    if (job) return { job, input, text };
    // The checks read the copy job paste first and fall back to the error message only when it is empty.
    if (input === 'copyJob') return undefined;
  }
  return undefined;
}

/** The fields of the pasted copy job that were left out, among `fields`, as rejections with their place in the paste. */
export function copyJobRejections(pastes: Pastes | undefined, fields: string[]): Rejection[] {
  const found = pastedCopyJob(pastes);
  if (!found) return [];
  const prefix = copyJobPath(found.text);
  return (found.job.rejected ?? [])
    .filter((r) => fields.includes(r.field))
    .map((r) => ({
      kind: r.kind,
      reason: r.reason,
      placeholder: PLACEHOLDERS[r.kind],
      origin: { input: found.input, field: r.field, path: [...prefix, r.field], ...(r.fact ? { fact: r.fact } : {}) },
    }));
}

type Translate = (key: string, params?: Params) => string;

/**
 * The words an INPUT_VALUE_REJECTED message is made of, in the catalog's language: what the value was (`what`), where
 * it came from (`from`), the AWS field name when it says more (`field` as ` (DestinationBackupVaultArn)`), the format
 * expected (`expected`) and why it was refused (`why`). The finding's own params stay codes.
 */
export function rejectionWords(params: Params, translate: Translate): Params {
  const say = (key: string, fallback: string) => {
    const s = translate(key);
    return s === key ? fallback : s;
  };
  const input = String(params.input ?? '');
  const field = String(params.field ?? '');
  const fact = params.fact === undefined ? undefined : String(params.fact);
  const answer = params.answer === undefined ? undefined : String(params.answer);
  const from = input === 'facts' ? say('value.from.facts', input) : input === 'answers' ? say('value.from.answers', input) : say(`paste.${input}.short`, input);
  const what = fact ? say(`fact.${fact}`, fact) : answer ? say(`value.answer.${answer}`, answer) : field;
  const detail = field && field !== fact && field !== answer && what !== field ? say('value.fieldNote', ' ({field})').replace('{field}', field) : '';
  return {
    ...params,
    what,
    from,
    detail,
    expected: say(`value.kind.${String(params.kind)}`, String(params.kind)),
    why: say(`value.reason.${String(params.reason)}`, String(params.reason)),
  };
}

/** The params `rejectionWords` adds: catalog words, not pasted text. */
export const REJECTION_WORDS = ['what', 'from', 'detail', 'expected', 'why'] as const;

/**
 * Params given in several languages (`about` and `about@zh-TW`, words from the knowledge pack) become the one in the
 * catalog's language. `translate` picks it: an unknown key is its own template, so `{about}` is filled in that language.
 */
function localizedParams(params: Params, translate: Translate): Params {
  const bases = [...new Set(Object.keys(params).flatMap((k) => (k.includes('@') ? [k.slice(0, k.indexOf('@'))] : [])))];
  if (bases.length === 0) return params;
  const out: Params = Object.fromEntries(Object.entries(params).filter(([k]) => !k.includes('@')));
  for (const base of bases) if (base in params) out[base] = translate(`{${base}}`, params);
  return out;
}

/** A finding's params as its catalog template reads them: an INPUT_VALUE_REJECTED also gets its words (above). */
export function findingParams(f: { code: string; params?: Params }, translate: Translate): Params | undefined {
  if (!f.params) return f.params;
  const params = localizedParams(f.params, translate);
  return f.code === INPUT_VALUE_REJECTED ? rejectionWords(params, translate) : params;
}
