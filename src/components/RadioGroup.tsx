import type { ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
  hint?: ReactNode;
}

export function RadioGroup({ id, legend, hint, options, value, onChange, error }: {
  id: string;
  legend: string;
  hint?: string;
  options: Option[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined} className="space-y-2">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      {error && <p className="font-semibold text-fail">{error}</p>}
      {options.map((o, i) => (
        <div key={o.value} className="flex items-start gap-3 rounded border border-line p-3">
          <input
            id={i === 0 ? id : `${id}-${o.value}`}
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            className="mt-1 size-5"
          />
          <label htmlFor={i === 0 ? id : `${id}-${o.value}`} className="flex-1 cursor-pointer">
            <span className="font-medium">{o.label}</span>
            {o.hint && (
              <span id={`${id}-${o.value}-hint`} className="block text-sm text-muted">
                {o.hint}
              </span>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
