// Where the paste box hands gather bundles (`copy-doctor/bundle`) over. The bundle reader and its merge into a session
// live in `src/engine/gather/bundle.ts`, which is not on this branch: until it is wired here, a bundle is recognised
// (by its format field) and the user is told it cannot be read yet; nothing is filed from it.
import type { PasteKey, Session } from '../engine/types';

export type BundleMerge =
  | { ok: true; session: Session; filed: PasteKey[] }
  | { ok: false; reason: 'unavailable' | 'invalid'; detail?: string };

/** Merges the bundles' outputs into the session (facts typed by the user win; conflicts become findings). */
export function mergeBundles(_session: Session, _bundles: string[]): BundleMerge {
  return { ok: false, reason: 'unavailable' };
}
