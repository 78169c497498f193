// What an `unknown` check needs, in words, and the step that asks for it.
import { hasKey } from '../i18n';
import { FACT_KEYS, type CheckId } from '../engine/types';
import { checkStepId, STEP_IDS, TREE, type StepId } from '../wizard/tree';

/** The words for an input a check needs: a paste, a fact, a question or a free-text field. */
export function inputLabel(t: (k: string) => string, need: string): string {
  if (hasKey(`paste.${need}.short`)) return t(`paste.${need}.short`);
  if (hasKey(`fact.${need}`)) return t(`fact.${need}`);
  if (hasKey(`question.${need}`)) return t(`question.${need}`);
  return hasKey(`field.${need}`) ? t(`field.${need}`) : need;
}

const asks = (id: StepId, need: string) => {
  const n = TREE[id];
  return Boolean(n.inputs?.includes(need as never) || n.questions?.some((q) => q.id === need) || n.fields?.includes(need));
};

/** The step that asks for an input: the check's own step first, then any step that asks for it; facts on the facts step. */
export function stepForNeed(check: CheckId, need: string): StepId {
  const own = checkStepId(check);
  if (asks(own, need)) return own;
  if ((FACT_KEYS as readonly string[]).includes(need)) return 'facts';
  return STEP_IDS.find((id) => id !== 'start' && asks(id, need)) ?? own;
}
