// The results page reads in the report's order and counts: failures first, in the order their fixes must be applied.
import type { Translate } from '../../lib/i18n';
import type { CheckResult } from '../../engine/types';
import { statusCounts } from '../../engine/report/order';

export { orderChecks } from '../../engine/report/order';

/** "3 to fix, 6 need input, 1 passed": the counts that are not zero, in the words of the Markdown report. */
export function summaryLine(t: Translate, checks: readonly Pick<CheckResult, 'status'>[]): string {
  return statusCounts(checks)
    .map(({ status, count }) => t(`report.count.${status}.${count === 1 ? 'one' : 'other'}`, { count }))
    .join(t('report.separator'));
}
