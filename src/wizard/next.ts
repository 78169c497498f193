// The pure next-step function and the path it implies ("Step X of Y").
import type { CheckId, FactKey } from '../engine/types';
import { CHECK_ORDER, TREE, checkStepId, type Condition, type StepId } from './tree';

export interface WizardContext {
  answers: Record<string, string>;
  /** Facts read from pasted outputs (a describe-copy-job output names both accounts, say). */
  pastedFacts: Partial<Record<FactKey, unknown>>;
  /** Checks the triaged error message points to; they come first. */
  triagedChecks: CheckId[];
  /** Checks that do not apply (a same-account copy, say): their steps are skipped. */
  notApplicable?: CheckId[];
}

/** Triaged checks first (in triage order), then every other check in the standard order. */
function fullPlan(ctx: WizardContext): CheckId[] {
  const first = ctx.triagedChecks.filter((c, i, all) => CHECK_ORDER.includes(c) && all.indexOf(c) === i);
  return [...first, ...CHECK_ORDER.filter((c) => !first.includes(c))];
}

/** The checks the user walks through, in order: the plan without the checks that do not apply. */
export function checkPlan(ctx: WizardContext): CheckId[] {
  return fullPlan(ctx).filter((c) => !ctx.notApplicable?.includes(c));
}

function holds(cond: Condition, ctx: WizardContext): boolean {
  if ('answer' in cond) return ctx.answers[cond.answer] === cond.equals;
  return cond.pastedFactsMissing.some((f) => ctx.pastedFacts[f] === undefined || ctx.pastedFacts[f] === '');
}

function nextCheck(current: StepId, ctx: WizardContext): StepId {
  const plan = fullPlan(ctx);
  // From a check step (even a skipped one, reached by a link), go on from its place; from elsewhere, start.
  const at = plan.findIndex((c) => checkStepId(c) === current);
  const next = plan.slice(at + 1).find((c) => !ctx.notApplicable?.includes(c));
  return next ? checkStepId(next) : 'results';
}

/** The step after `current`, or undefined at the end of the flow. */
export function nextStep(current: StepId, ctx: WizardContext): StepId | undefined {
  const route = TREE[current].route;
  if (route === 'end') return undefined;
  if (route === 'next-check') return nextCheck(current, ctx);
  if ('goto' in route) return route.goto;
  if ('branch' in route) return route.options[ctx.answers[route.branch] ?? ''] ?? route.otherwise;
  const hit = route.when.find((w) => holds(w.if, ctx));
  const target = hit ? hit.goto : route.otherwise;
  return target === 'next-check' ? nextCheck(current, ctx) : target;
}

/** The whole path from the start page to the end, as the context routes it. */
export function pathFrom(start: StepId, ctx: WizardContext): StepId[] {
  const path: StepId[] = [start];
  for (let step = nextStep(start, ctx); step && !path.includes(step); step = nextStep(step, ctx)) path.push(step);
  return path;
}

/** Position of a step on the user's path: X of Y. Steps off the path are placed as if reached now. */
export function stepPosition(step: StepId, ctx: WizardContext): { index: number; total: number } {
  const path = pathFrom('start', ctx);
  const at = path.indexOf(step);
  if (at !== -1) return { index: at + 1, total: path.length };
  // A deep link to a step the answers do not route through (for example an example's results):
  // count it from where it starts.
  const rest = pathFrom(step, ctx);
  return { index: 2, total: rest.length + 1 };
}
