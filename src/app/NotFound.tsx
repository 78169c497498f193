import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export function NotFound() {
  const t = useT();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), []);
  return (
    <section>
      <h1 ref={h1} tabIndex={-1} className="text-2xl font-bold">
        {t('notFound.title')}
      </h1>
      <p className="mt-3">{t('notFound.body')}</p>
      <p className="mt-3">
        <Link className="text-accent underline" to="/step/start">
          {t('notFound.link')}
        </Link>
      </p>
    </section>
  );
}
