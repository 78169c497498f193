// The order people read and fix checks in: failures first, in the order their fixes must be applied (the order of
// CHECK_IDS, which is the wizard's order too), then warnings, checks that need input, passes, and the rest.
import { CHECK_IDS, type CheckResult, type Status } from '../types';

export const STATUS_ORDER: readonly Status[] = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'];

export function orderChecks<C extends Pick<CheckResult, 'id' | 'status'>>(checks: readonly C[]): C[] {
  const rank = (id: string) => {
    const i = (CHECK_IDS as readonly string[]).indexOf(id);
    return i < 0 ? CHECK_IDS.length : i;
  };
  return [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || rank(a.id) - rank(b.id));
}

/** How many checks have each status, in STATUS_ORDER, zero counts left out. */
export function statusCounts(checks: readonly Pick<CheckResult, 'status'>[]): { status: Status; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: checks.filter((c) => c.status === status).length })).filter((c) => c.count > 0);
}
