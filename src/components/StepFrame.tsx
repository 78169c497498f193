import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Diagnosis, Session } from '../engine/types';
import type { StepId, StepNode } from '../wizard/tree';
import { inLang } from '../i18n';
import { useT } from '../lib/i18n';
import { store, useAppState } from '../lib/store';
import { AnyPasteBox } from './AnyPasteBox';

/** What the frame needs to place a step on the user's path. */
export interface FrameStep {
  node: StepNode;
  position: { index: number; total: number };
  back?: StepId;
  /** The step that follows, given the answers (plus any being submitted now). */
  next: (answers?: Record<string, string>) => StepId | undefined;
}

export interface StepProps extends FrameStep {
  diagnosis: Diagnosis;
  session: Session;
  /** The session as the diagnosis last saw it (a moment behind `session` while the user types). */
  checked: Session;
}

export interface Problem {
  /** id of the field the problem is about; the summary links to it. */
  field: string;
  message: string;
}

interface FrameProps {
  step: FrameStep;
  title: string;
  children: ReactNode;
  /** Problems that stop the user from moving on; an empty list lets them go. Continue is never disabled. */
  validate?: () => Problem[];
  /** Answers to store with the move (so routing sees them at once). */
  onContinue?: () => Record<string, string> | void;
  continueLabel?: string;
  hideContinue?: boolean;
  /** The paste box that takes anything, folded into one line above the step (the start page shows its own). */
  anyPaste?: boolean;
}

export function StepFrame({ step, title, children, validate, onContinue, continueLabel, hideContinue, anyPaste = true }: FrameProps) {
  const t = useT();
  const navigate = useNavigate();
  const h1 = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  // Each step change moves focus to the step's heading, so screen readers announce where the user is.
  useEffect(() => {
    h1.current?.focus();
  }, [step.node.id]);

  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = validate?.() ?? [];
    setProblems(found);
    if (found.length) return;
    const answers = onContinue?.() ?? undefined;
    const to = step.next(answers);
    if (to) navigate(`/step/${to}`);
  }

  return (
    <section aria-labelledby="step-title">
      {step.back && (
        <Link to={`/step/${step.back}`} className="mb-4 inline-block text-accent underline">
          ← {t('step.back')}
        </Link>
      )}
      <h1 id="step-title" ref={h1} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
        <span className="block text-base font-normal text-muted">
          {t('step.position', { index: step.position.index, total: step.position.total })}
        </span>
        {title}
      </h1>
      <WalkthroughBox node={step.node} onLeave={() => h1.current?.focus()} />
      {anyPaste && <AnyPasteBox />}
      <form noValidate onSubmit={submit} className="mt-6 space-y-6">
        {problems.length > 0 && (
          <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="problem-title" className="rounded border-2 border-fail p-4">
            <h2 id="problem-title" className="font-bold text-fail">
              {t('step.problems')}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {problems.map((p) => (
                <li key={p.field + p.message}>
                  <a className="text-fail underline" href={`#${p.field}`} onClick={(e) => focusField(e, p.field)}>
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {children}
        {!hideContinue && (
          <div>
            <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-accent-fg">
              {continueLabel ?? t('step.continue')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

/**
 * Walkthrough mode (an example loaded for a demo): at each step, a clearly marked box says what is being
 * checked and why, in the example's own words where it has them, else the check's general explanation.
 */
function WalkthroughBox({ node, onLeave }: { node: StepNode; onLeave: () => void }) {
  const t = useT();
  const { walkthrough, lang } = useAppState();
  if (!walkthrough) return null;
  const said = walkthrough.steps[node.id];
  const text =
    (said && inLang(said, lang)) ||
    (node.check ? t(`check.${node.check}.why`) : t(`walkthrough.generic.${node.kind}`));
  return (
    <aside aria-labelledby="walkthrough-title" className="mt-4 rounded border-2 border-l-8 border-accent bg-surface p-4">
      <h2 id="walkthrough-title" className="font-bold">
        {t('walkthrough.title', { title: inLang(walkthrough.title, lang) })}
      </h2>
      <p className="mt-2 max-w-prose whitespace-pre-line">{text}</p>
      <button type="button" className="mt-3 rounded border border-line bg-bg px-3 py-1 text-sm" onClick={() => {
          store.leaveWalkthrough();
          onLeave();
        }}>
        {t('walkthrough.leave')}
      </button>
    </aside>
  );
}

/** Links in the problem summary move focus to the field, not the URL hash (the hash is the router's). */
function focusField(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}
