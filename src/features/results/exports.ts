// What the results page hands out: the fix renderings, all fixes as one Markdown file, the report and the diagnosis.
import type { CheckResult, Diagnosis, Params } from '../../engine/types';
import type { FixRendering } from '../../components/FixPanel';
import { renderings } from '../../engine/fixes/render';

export const FILES = {
  allFixes: 'copy-doctor-fixes.md',
  report: 'copy-doctor-report.md',
  diagnosis: 'copy-doctor-diagnosis.json',
} as const;

/** The fix of one check in every deployment format. */
export function fixRenderings(check: CheckResult, d: Diagnosis, t: (key: string, params?: Params) => string): FixRendering[] {
  return renderings(check, d.facts, t);
}

/** The diagnosis as pretty JSON, as the CLI prints it. */
export function diagnosisJson(d: Diagnosis): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
