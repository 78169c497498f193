// Just the fixes, for "Copy all fixes" and "Download all fixes": in the order to apply them, each with its corrected
// documents, the commands labelled with where to run them, and the Terraform and CloudFormation renderings.
import type { Diagnosis } from '../types';
import { fixSection } from './fixSection';
import { checkTitle, statusWord, type Translate } from './md';
import { joinLines } from './md';
import { orderChecks } from './order';

export function allFixesMarkdown(d: Diagnosis, t: Translate): string {
  const withFix = orderChecks(d.checks).filter((c) => c.fix);
  const out: string[] = [`# ${t('report.fixes.title')}`, ''];
  if (withFix.length === 0) out.push(t('report.fixes.none'));
  else {
    out.push(t('report.fixes.intro'), '');
    for (const c of withFix) {
      out.push(`## ${t('report.fixes.check', { title: checkTitle(t, c.id), status: statusWord(t, c.status) })}`, '');
      out.push(...fixSection(c, d.facts, t, { heading: '###', allFormats: true }));
    }
  }
  return joinLines(out);
}
