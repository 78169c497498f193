import { useState } from 'react';
import type { PasteKey, PasteRepair } from '../engine/types';
import { setPaste } from '../lib/store';
import { useT } from '../lib/i18n';
import { DiffView } from './DiffView';

/**
 * Paste damage (smart quotes, trailing commas, comments...) is offered as a repair the user sees as a diff first.
 * `text` is the paste the diagnosis checked and `repair` the diagnosis's repair of it (`Diagnosis.repairs`).
 */
export function RepairOffer({ input, text, repair }: { input: PasteKey; text: string; repair: PasteRepair | undefined }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!repair || !text) return null;
  const { kinds, text: repaired } = repair;
  return (
    <div className="space-y-2 rounded border-2 border-warn p-3">
      <p className="font-semibold">
        {t('repair.found', { kinds: kinds.map((k) => t(`damage.${k}`)).join(', ') })}
      </p>
      {!open ? (
        <button type="button" className="rounded border border-warn px-3 py-1 text-sm font-semibold" onClick={() => setOpen(true)}>
          {t('repair.show')}
        </button>
      ) : (
        <>
          <DiffView before={text} after={repaired} label={t('repair.diffLabel')} />
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-fg"
              onClick={() => {
                setPaste(input, repaired);
                setOpen(false);
              }}
            >
              {t('repair.apply')}
            </button>
            <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => setOpen(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
