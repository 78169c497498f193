// The order of the results page: failures in the order their fixes must be applied, then the rest.
import type { Translate } from '../../app/i18n';
import type { CheckResult, Status } from '../../engine/types';
import { CHECK_ORDER } from '../../wizard/tree';

/** Failures in the order their fixes must be applied, then warnings, then what needs input, then the rest. */
const STATUS_ORDER: Status[] = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'];

export function orderChecks(checks: CheckResult[]): CheckResult[] {
  return [...checks].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || CHECK_ORDER.indexOf(a.id) - CHECK_ORDER.indexOf(b.id),
  );
}

/** "2 to fix, 4 passed, 1 needs input": the counts that are not zero. */
export function summaryLine(t: Translate, checks: CheckResult[]): string {
  const n = (s: Status) => checks.filter((c) => c.status === s).length;
  const parts: string[] = [];
  const add = (s: Status, key: string) => {
    const count = n(s);
    if (count > 0) parts.push(t(key, { n: count }));
  };
  add('fail', 'results.count.fail');
  add('warn', n('warn') === 1 ? 'results.count.warn.one' : 'results.count.warn.other');
  add('pass', 'results.count.pass');
  add('unknown', n('unknown') === 1 ? 'results.count.unknown.one' : 'results.count.unknown.other');
  add('not-applicable', 'results.count.not-applicable');
  return parts.join(t('results.count.separator'));
}
