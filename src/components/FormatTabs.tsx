import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Tabs as the ARIA pattern has them: one tab stop, arrow keys (and Home, End) move between tabs and select. */
export function FormatTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const base = useId();
  const [selected, setSelected] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(selected, tabs.length - 1);

  function onKey(e: KeyboardEvent) {
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight' ? (current === last ? 0 : current + 1)
      : e.key === 'ArrowLeft' ? (current === 0 ? last : current - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : undefined;
    if (to === undefined) return;
    e.preventDefault();
    setSelected(to);
    refs.current[to]?.focus();
  }

  return (
    <div className="format-tabs">
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b-2 border-line print:hidden">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={i === current}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => setSelected(i)}
            onKeyDown={onKey}
            className={`-mb-0.5 rounded-t border-2 px-3 py-1 text-sm font-semibold ${
              i === current ? 'border-line border-b-bg bg-bg' : 'border-transparent text-muted underline'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={i !== current}
          tabIndex={0}
          className="space-y-3 pt-3"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
