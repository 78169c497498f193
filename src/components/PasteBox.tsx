import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Severity } from '../engine/types';

export interface Marker {
  line: number;
  severity: Severity;
}

export interface PasteBoxHandle {
  /** Put the cursor on a range and bring it into view. */
  select: (offset: number, length: number) => void;
}

interface Props {
  id: string;
  value: string;
  /** Called a moment after typing stops (and at once on blur), so typing never waits for the checks. */
  onCommit: (value: string) => void;
  describedBy?: string;
  markers?: Marker[];
  rows?: number;
  invalid?: boolean;
  placeholder?: string;
}

const DEBOUNCE_MS = 250;
const LINE_HEIGHT_REM = 1.5;

/** A plain textarea with line numbers and error markers; light enough for a 32 KB policy. */
export const PasteBox = forwardRef<PasteBoxHandle, Props>(function PasteBox(
  { id, value, onCommit, describedBy, markers = [], rows = 12, invalid, placeholder },
  ref,
) {
  const [text, setText] = useState(value);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const latest = useRef(text);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  // A value changed from outside (Load example, Apply repair, Start over) replaces what is shown.
  useEffect(() => {
    if (value !== latest.current) {
      latest.current = value;
      setText(value);
    }
  }, [value]);

  // Nothing typed is lost: a pending change is saved on unmount and when the page goes away.
  useEffect(() => {
    const save = () => {
      if (pending.current === undefined) return;
      window.clearTimeout(pending.current);
      pending.current = undefined;
      commit.current(latest.current);
    };
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, []);

  useImperativeHandle(ref, () => ({
    select(offset, length) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(offset, offset + length);
      const line = el.value.slice(0, offset).split('\n').length - 1;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 24;
      el.scrollTop = Math.max(0, line * lineHeight - el.clientHeight / 2);
    },
  }));

  function change(next: string) {
    setText(next);
    latest.current = next;
    if (pending.current !== undefined) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      commit.current(next);
    }, DEBOUNCE_MS);
  }

  function flush() {
    if (pending.current === undefined) return;
    window.clearTimeout(pending.current);
    pending.current = undefined;
    commit.current(latest.current);
  }

  const lineCount = useMemo(() => {
    let n = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
    return n;
  }, [text]);
  const marked = useMemo(() => {
    const m = new Map<number, Severity>();
    for (const mk of markers) if (!m.has(mk.line) || mk.severity === 'error') m.set(mk.line, mk.severity);
    return m;
  }, [markers]);

  return (
    <div
      className={`flex overflow-hidden rounded border-2 font-mono text-sm ${invalid ? 'border-fail' : 'border-line'}`}
      style={{ lineHeight: `${LINE_HEIGHT_REM}rem` }}
    >
      <div
        ref={gutter}
        aria-hidden="true"
        className="select-none overflow-hidden bg-surface py-2 text-right text-muted"
        style={{ height: `${rows * LINE_HEIGHT_REM + 1}rem`, minWidth: '3.5rem' }}
      >
        {Array.from({ length: lineCount }, (_, i) => {
          const sev = marked.get(i + 1);
          return (
            <div
              key={i}
              className={`px-2 ${sev === 'error' ? 'bg-fail font-bold text-white' : sev ? 'bg-warn font-bold text-white' : ''}`}
            >
              {sev ? '●' : ''}
              {i + 1}
            </div>
          );
        })}
      </div>
      <textarea
        ref={area}
        id={id}
        value={text}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
        className="flex-1 resize-none whitespace-pre bg-bg px-3 py-2 text-fg outline-none"
        style={{ height: `${rows * LINE_HEIGHT_REM + 1}rem` }}
        wrap="off"
      />
    </div>
  );
});
