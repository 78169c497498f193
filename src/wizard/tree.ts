// The wizard as data: nodes with routing only. What a step shows lives in the UI and the catalogs;
// which step comes next is decided here, by a pure function, so a test can walk the whole graph.
import { CHECK_STEPS } from '../engine/checks/steps';
import type { Question } from '../engine/checks/registry';
import { CHECK_IDS, type CheckId, type FactKey, type PasteKey } from '../engine/types';

export type { Question };

export type StepId =
  | 'start'
  | 'triage'
  | 'facts'
  | 'examples'
  | 'results'
  | `check-${CheckId}`;

/** A condition on what the user has told us, as data. */
export type Condition =
  | { answer: string; equals: string }
  /** True when any of these facts did not come from a paste (typed facts keep the facts step on the path). */
  | { pastedFactsMissing: FactKey[] };

export type Route =
  /** Go to one step. */
  | { goto: StepId }
  /** Branch on an answer; `otherwise` when unanswered or no option matches. */
  | { branch: string; options: Record<string, StepId>; otherwise: StepId }
  /** First matching condition wins. */
  | { when: { if: Condition; goto: StepId | 'next-check' }[]; otherwise: StepId | 'next-check' }
  /** The next check in the plan (triaged checks first), or the results. */
  | 'next-check'
  /** The end of the flow. */
  | 'end';

export interface StepNode {
  id: StepId;
  kind: 'start' | 'triage' | 'facts' | 'check' | 'results' | 'examples';
  /** i18n key of the step title. */
  titleKey: string;
  check?: CheckId;
  /** Pasted inputs this step asks for. */
  inputs?: readonly PasteKey[];
  /** Multiple-choice questions this step asks; answers are stored under the question id. */
  questions?: readonly Question[];
  /** Free-text answers this step asks for (a number of days, an ARN), stored under their id. */
  fields?: readonly string[];
  route: Route;
}

/** The standard order of checks: the contract's order, the cheapest to confirm and the most common causes first. */
export const CHECK_ORDER: readonly CheckId[] = CHECK_IDS;

export const checkStepId = (check: CheckId): StepId => `check-${check}`;

function buildTree(): Record<StepId, StepNode> {
  const nodes: StepNode[] = [
    {
      id: 'start',
      kind: 'start',
      titleKey: 'step.start.title',
      questions: [{ id: 'start', options: ['error', 'walk', 'example'] }],
      route: { branch: 'start', options: { error: 'triage', walk: 'facts', example: 'examples' }, otherwise: 'triage' },
    },
    {
      id: 'triage',
      kind: 'triage',
      titleKey: 'step.triage.title',
      inputs: ['errorMessage'],
      // With both accounts known (from a describe-copy-job output, say) go straight to the first check.
      route: {
        when: [{ if: { pastedFactsMissing: ['sourceAccountId', 'destinationAccountId'] }, goto: 'facts' }],
        otherwise: 'next-check',
      },
    },
    { id: 'facts', kind: 'facts', titleKey: 'step.facts.title', route: 'next-check' },
    { id: 'examples', kind: 'examples', titleKey: 'step.examples.title', route: { goto: 'results' } },
    ...CHECK_ORDER.map(
      (check): StepNode => ({
        id: checkStepId(check),
        kind: 'check',
        titleKey: `check.${check}.title`,
        check,
        ...CHECK_STEPS[check],
        route: 'next-check',
      }),
    ),
    { id: 'results', kind: 'results', titleKey: 'step.results.title', route: 'end' },
  ];
  return Object.fromEntries(nodes.map((n) => [n.id, n])) as Record<StepId, StepNode>;
}

export const TREE: Record<StepId, StepNode> = buildTree();
export const STEP_IDS = Object.keys(TREE) as StepId[];

export function isStepId(s: string | undefined): s is StepId {
  return s !== undefined && Object.prototype.hasOwnProperty.call(TREE, s);
}
