import { useEffect, useRef } from 'react';
import { useT } from '../lib/i18n';
import { PackError } from '../lib/knowledge';

export function PackErrorPage({ error }: { error: Error }) {
  const t = useT();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), []);
  const problems = error instanceof PackError ? error.problems : [error.message];
  return (
    <section>
      <h1 ref={h1} tabIndex={-1} className="text-2xl font-bold text-fail">
        {t('pack.errorTitle')}
      </h1>
      <p className="mt-3">{t('pack.errorBody')}</p>
      <ul className="mt-3 list-disc pl-6 font-mono text-sm">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
