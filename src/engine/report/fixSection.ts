// One fix as Markdown: the summary, the review note, each corrected document in a json block, the commands in a sh
// block labelled with the account and Region to run them in, and (on request) the Terraform and CloudFormation.
import { cliRendering, renderings, runInPlace, type RenderFacts } from '../fixes/render';
import type { CheckResult } from '../types';
import { fence, inputLabel, type Translate } from './md';

export function fixSection(check: Pick<CheckResult, 'id' | 'fix'>, facts: RenderFacts | undefined, t: Translate, options: { heading: string; allFormats?: boolean }): string[] {
  const fix = check.fix;
  if (!fix) return [];
  const out: string[] = [`${options.heading} ${t('report.fix', { summary: fix.summary })}`, ''];
  if (fix.needsReview) out.push(`> ⚠️ ${t('report.review')}`, '');
  for (const doc of fix.documents) {
    out.push(t('report.document', { file: doc.fileName, input: inputLabel(t, doc.input) }), '', fence(doc.text, 'json'), '');
  }
  const cli = cliRendering(check, facts, t);
  if (cli) {
    const { account, where } = runInPlace(fix, facts, t);
    out.push(t('report.commands', { account, where }), '', fence(cli.text, 'sh'), '');
  } else {
    out.push(t('report.noCommands'), '');
  }
  if (options.allFormats) {
    for (const r of renderings(check, facts, t)) {
      if (r.format !== 'terraform' && r.format !== 'cloudformation') continue;
      out.push(t(`report.format.${r.format}`, { file: r.fileName }), '', fence(r.text, r.language === 'hcl' ? 'hcl' : 'yaml'), '');
    }
  }
  return out;
}
