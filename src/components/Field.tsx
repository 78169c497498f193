import type { ReactNode } from 'react';

/** A labelled control with an optional hint and an inline message, wired up for screen readers. */
export function Field({ id, label, hint, error, warning, children }: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  warning?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const ids = [hint && `${id}-hint`, (error || warning) && `${id}-msg`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </div>
      )}
      {children(ids)}
      {(error || warning) && (
        <p id={`${id}-msg`} className={error ? 'text-sm font-semibold text-fail' : 'text-sm font-semibold text-warn'}>
          {error ?? warning}
        </p>
      )}
    </div>
  );
}
