// The paste box's state: the text, what the recognizer found in it, the user's choices, and filing into the session
// through the store. The recognizer loads on the first paste, so the start page stays light.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Decision, Recognized, RecognizeResult } from '../engine/inputs/recognize';
import type { PasteKey, Session } from '../engine/types';
import type { SizeProblem } from '../engine/limits';
import { store, useAppState } from '../lib/store';
import type { BundleMerge } from './bundles';

type Engine = typeof import('./anyPasteEngine');
let loading: Promise<Engine> | undefined;
const loadEngine = () => (loading ??= import('./anyPasteEngine'));

/** The most the box takes: far above any set of outputs, low enough to keep the page responsive. */
export const MAX_PASTE_CHARS = 2_000_000;
/** How long the text must stay unchanged before it is read again (a paste is read at once after it). */
const QUIET_MS = 150;

export interface Outcome {
  /** What was added, in order: the paste key, the item it came from, and whether it replaced an earlier paste. */
  added: { key: PasteKey; item: Recognized; replaced: boolean }[];
  waiting: number;
  /** Bundles handed to the bundle reader: what it filed, its notes, and the bundles it could not read. */
  bundles?: Omit<BundleMerge, 'session'>;
  /** The session would have grown past its cap: nothing was added. */
  tooLarge?: SizeProblem;
}

export function useAnyPaste() {
  const { session } = useAppState();
  const [text, setTextState] = useState('');
  const [engine, setEngine] = useState<Engine>();
  const [result, setResult] = useState<RecognizeResult & { source: string }>();
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [tooLarge, setTooLarge] = useState(false);

  const setText = useCallback((value: string) => {
    if (value.length > MAX_PASTE_CHARS) {
      setTooLarge(true);
      return;
    }
    setTooLarge(false);
    setTextState(value);
  }, []);

  // Read the text again after a quiet moment, in the context of the session as it is now.
  useEffect(() => {
    if (text.trim() === '') return;
    let live = true;
    const id = window.setTimeout(() => {
      void loadEngine().then((e) => {
        if (!live) return;
        setEngine(e);
        setResult({ ...e.recognize(text, e.contextOf(store.get().session)), source: text });
        setDecisions({});
      });
    }, QUIET_MS);
    return () => {
      live = false;
      window.clearTimeout(id);
    };
  }, [text]);

  // What was found belongs to the text it was found in: while the text changes, the box is reading.
  const current = text.trim() !== '' && result?.source === text ? result : undefined;
  const reading = text.trim() !== '' && !current;
  const items = useMemo(() => current?.items ?? [], [current]);

  const decide = useCallback((index: number, change: Decision) => {
    setDecisions((d) => ({ ...d, [index]: { ...d[index], ...change } }));
  }, []);

  /** Files every item that needs no more choices; the others stay in the box. */
  const add = useCallback((): Outcome | undefined => {
    if (!engine || !result || result.source !== text) return undefined;
    const before = store.get().session;
    const filed = engine.fileRecognized(before, result.items, decisions);
    let next = filed.session;
    const added = filed.filed.flatMap((f) => f.items.map((i) => ({ key: f.key, item: result.items[i] as Recognized, replaced: f.replaced })));
    const o: Outcome = { added, waiting: filed.waiting.length };
    // Bundles go to the bundle reader; one from the wrong account (a held warning) is not handed over.
    const bundles = result.items.filter((it, i) => it.kind === 'bundle' && decisions[i]?.target !== 'skip' && !it.warnings.some((w) => w.level === 'hold'));
    if (bundles.length) {
      const { session: merged, ...rest } = engine.mergeBundles(next, bundles.map((b) => b.text));
      o.bundles = rest;
      next = merged;
    }
    if (filed.filed.length || o.bundles?.merged.length) {
      const problem = store.update(() => next, { quiet: true });
      if (problem) {
        o.tooLarge = problem;
        o.added = [];
        if (o.bundles) o.bundles = { ...o.bundles, filed: [], merged: [], notes: [] };
      }
    }
    setOutcome(o);
    if (o.tooLarge) return o; // nothing was added: everything stays in the box
    // What is left for the user to decide stays in the box, each after its command (which helps decide it again).
    const kept = result.items.filter((it, i) => filed.waiting.includes(i) || it.kind === 'session' || (it.kind === 'bundle' && it.warnings.some((w) => w.level === 'hold')));
    const slice = (it: Recognized) => result.source.slice(it.start, it.end);
    setTextState(kept.map((it) => (it.command ? `$ ${it.command}\n${slice(it)}` : slice(it))).join('\n\n'));
    return o;
  }, [engine, result, decisions, text]);

  /** Opens a pasted session file in place of the current one. */
  const openSession = useCallback((s: Session) => {
    store.replace(s);
    setTextState('');
  }, []);

  const clear = useCallback(() => {
    setTextState('');
    setOutcome(undefined);
    setTooLarge(false);
  }, []);

  return { text, setText, items, result: current, engine, decisions, decide, add, outcome, openSession, clear, tooLarge, reading, session };
}
