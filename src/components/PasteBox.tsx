import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { LIMITS, formatBytes, overBytes, utf8Length, type SizeProblem } from '../engine/limits';
import type { Severity } from '../engine/types';
import { useT } from '../lib/i18n';

/** Anything with a place in the paste: a finding's location gives the line a marker. */
export interface Marker {
  severity: Severity;
  location?: { line?: number };
}

export interface PasteBoxHandle {
  /** Put the cursor on a range and bring it into view. */
  select: (offset: number, length: number) => void;
}

interface Props {
  id: string;
  value: string;
  /**
   * Called on every change that fits the paste cap; the text is saved at once, and the checks run on a deferred
   * copy. Returns a size problem when the store refused it (the session would pass its cap).
   */
  onCommit: (value: string) => SizeProblem | undefined | void;
  describedBy?: string;
  markers?: Marker[];
  rows?: number;
  invalid?: boolean;
  placeholder?: string;
  /** Prose (an error message) wraps and needs no line numbers; JSON keeps its lines. */
  prose?: boolean;
}

const LINE_HEIGHT_REM = 1.5;

/**
 * A plain textarea with line numbers and error markers; light enough for a 32 KB policy. Text over the paste cap
 * (or that would take the session over its cap) is refused whole, never cut: the box keeps what it had and says why.
 */
export const PasteBox = forwardRef<PasteBoxHandle, Props>(function PasteBox(
  { id, value, onCommit, describedBy, markers = [], rows = 12, invalid, placeholder, prose },
  ref,
) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  // The refusal belongs to the text the box held when it was refused: any accepted change (or one made elsewhere,
  // such as Clear) ends it.
  const [refusal, setRefusal] = useState<{ over: string; kind: 'paste' | 'session'; size: number; max: number }>();
  const refused = refusal && refusal.over === value ? refusal : undefined;
  const refusedId = `${id}-refused`;

  function change(next: string) {
    // Over the paste cap: refused here, before the store measures the whole session.
    if (overBytes(next, LIMITS.pasteBytes)) {
      setRefusal({ over: value, kind: 'paste', size: utf8Length(next), max: LIMITS.pasteBytes });
      return;
    }
    const problem: SizeProblem | undefined | void = onCommit(next);
    if (problem) setRefusal({ over: value, kind: problem.code === 'paste-too-large' ? 'paste' : 'session', size: problem.size, max: problem.max });
  }

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

  // The gutter is one text node, so a keystroke in a 32 KB policy does not re-render a thousand elements.
  const lineCount = useMemo(() => {
    let n = 1;
    for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) n++;
    return n;
  }, [value]);
  const numbers = useMemo(() => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'), [lineCount]);
  const marked = useMemo(() => {
    const m = new Map<number, Severity>();
    for (const mk of markers) {
      const line = mk.location?.line;
      if (line !== undefined && (!m.has(line) || mk.severity === 'error')) m.set(line, mk.severity);
    }
    return [...m];
  }, [markers]);

  return (
    <>
      <div
        className={`flex overflow-hidden rounded border-2 font-mono text-sm ${invalid || refused ? 'border-fail' : 'border-line'}`}
        style={{ lineHeight: `${LINE_HEIGHT_REM}rem` }}
      >
        {!prose && (
          <div
            ref={gutter}
            aria-hidden="true"
            className="relative select-none overflow-hidden bg-surface text-right text-muted"
            style={{ height: `${rows * LINE_HEIGHT_REM + 1}rem`, minWidth: '3.5rem' }}
          >
            <div className="relative py-2">
              <pre className="m-0 px-2 font-mono">{numbers}</pre>
              {marked.map(([line, sev]) => (
                <div
                  key={line}
                  className={`absolute inset-x-0 px-2 font-bold text-white ${sev === 'error' ? 'bg-fail' : 'bg-warn'}`}
                  style={{ top: `calc(0.5rem + ${(line - 1) * LINE_HEIGHT_REM}rem)` }}
                >
                  ●{line}
                </div>
              ))}
            </div>
          </div>
        )}
        <textarea
          ref={area}
          id={id}
          value={value}
          rows={rows}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={[describedBy, refused ? refusedId : undefined].filter(Boolean).join(' ') || undefined}
          aria-invalid={invalid || !!refused || undefined}
          placeholder={placeholder}
          onChange={(e) => change(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          className={`flex-1 resize-none bg-bg px-3 py-2 text-fg outline-none ${prose ? '' : 'whitespace-pre'}`}
          style={{ height: `${rows * LINE_HEIGHT_REM + 1}rem` }}
          wrap={prose ? 'soft' : 'off'}
        />
      </div>
      {refused && (
        <p id={refusedId} role="alert" className="max-w-prose font-semibold text-fail">
          {refused.kind === 'paste'
            ? t('paste.refused.tooLarge', { size: formatBytes(refused.size), max: formatBytes(refused.max) })
            : t('paste.refused.sessionFull', { size: formatBytes(refused.size), max: formatBytes(refused.max) })}
        </p>
      )}
    </>
  );
});
