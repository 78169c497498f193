// What the results page hands out: the fix renderings, all fixes as one Markdown file, the report and the diagnosis.
import type { CheckResult, Diagnosis, Params, Session } from '../../engine/types';
import type { FixRendering } from '../../components/FixPanel';
import { renderings } from '../../engine/fixes/render';
import { allFixesMarkdown } from '../../engine/report/fixesMarkdown';
import { markdownReport } from '../../engine/report/markdown';

type Translate = (key: string, params?: Params) => string;

export const FILES = {
  allFixes: 'copy-doctor-fixes.md',
  report: 'copy-doctor-report.md',
  diagnosis: 'copy-doctor-diagnosis.json',
} as const;

/** The fix of one check in every deployment format. */
export function fixRenderings(check: CheckResult, d: Diagnosis, t: Translate): FixRendering[] {
  return renderings(check, d.facts, t);
}

/** Every fix, in the order to apply them, as one Markdown document. */
export function allFixes(d: Diagnosis, t: Translate): string {
  return allFixesMarkdown(d, t);
}

/** The ticket-ready report: facts, checklist, findings, fixes. */
export function report(d: Diagnosis, session: Session, t: Translate): string {
  return markdownReport(d, session, t);
}

/** The diagnosis as pretty JSON, as the CLI prints it. */
export function diagnosisJson(d: Diagnosis): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
