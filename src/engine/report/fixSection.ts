// One fix as Markdown: the summary, the review note, each corrected document in a json block, the commands in a sh
// block labelled with the account and Region to run them in, and (on request) the Terraform and CloudFormation.
// The summary's parameters, the file names, the account ID and the Region are in code spans; the documents and the
// commands in fences their content cannot close (see ./md).
import { cliRendering, RENDER_MESSAGES, renderings, runInPlace, type RenderFacts, type RenderMessageKey } from '../fixes/render';
import type { CheckResult, Fix } from '../types';
import { code, fence, inputLabelMd, md, mdFill, mt, template, tr, type Translate } from './md';

/** A fix's summary from its catalog template, its parameters in code spans (the engine's own text, whole, in one
 *  span when the fix has no summary code). */
export function fixSummaryMarkdown(fix: Fix, t: Translate): string {
  const words = fix.summaryCode ? template(t, `fix.${fix.summaryCode}`) : undefined;
  return words === undefined ? code(fix.summary) : mdFill(words, fix.summaryParams);
}

/** " (account `210987654321`, Region `eu-west-1`)": the place `runInPlace` names, its ID and Region in code spans. */
function whereMarkdown(place: ReturnType<typeof runInPlace>, t: Translate): string {
  const words = (key: RenderMessageKey) => tr(t, key, RENDER_MESSAGES[key]);
  const parts = [
    ...(place.accountId !== undefined ? [mdFill(words('render.where.account'), { accountId: place.accountId })] : []),
    ...(place.region !== undefined ? [mdFill(words('render.where.region'), { region: place.region })] : []),
  ];
  return parts.length ? mdFill(words('render.where'), { parts: md(parts.join(words('render.where.separator'))) }) : '';
}

export function fixSection(check: Pick<CheckResult, 'id' | 'fix'>, facts: RenderFacts | undefined, t: Translate, options: { heading: string; allFormats?: boolean }): string[] {
  const fix = check.fix;
  if (!fix) return [];
  const out: string[] = [`${options.heading} ${mt(t, 'report.fix', { summary: md(fixSummaryMarkdown(fix, t)) })}`, ''];
  if (fix.needsReview) out.push(`> ⚠️ ${t('report.review')}`, '');
  for (const doc of fix.documents) {
    out.push(mt(t, 'report.document', { file: doc.fileName, input: md(inputLabelMd(t, doc.input)) }), '', fence(doc.text, 'json'), '');
  }
  const cli = cliRendering(check, facts, t);
  if (cli) {
    const place = runInPlace(fix, facts, t);
    // The account's role is the catalog's word when the fix names one; otherwise the engine's own text.
    const account = fix.runInAccount ? md(place.account) : place.account;
    out.push(mt(t, 'report.commands', { account, where: md(whereMarkdown(place, t)) }), '', fence(cli.text, 'sh'), '');
  } else {
    out.push(t('report.noCommands'), '');
  }
  if (options.allFormats) {
    for (const r of renderings(check, facts, t)) {
      if (r.format !== 'terraform' && r.format !== 'cloudformation') continue;
      out.push(mt(t, `report.format.${r.format}`, { file: r.fileName }), '', fence(r.text, r.language === 'hcl' ? 'hcl' : 'yaml'), '');
    }
  }
  return out;
}
