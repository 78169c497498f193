// Where the paste box hands gather bundles (`copy-doctor/bundle`) over: each text is read and validated
// (`parseBundleText`), the readable ones are merged into the session (`mergeBundles`), and what could not be read is
// kept with its reason. Loaded with the paste box's engine chunk, never with the start page.
import { mergeBundles as mergeReadBundles, parseBundleText, type BundleRead, type GatherNote, type GatherRole } from '../engine/gather/bundle';
import type { PasteKey, Session } from '../engine/types';

export type BundleRefusal = Extract<BundleRead, { ok: false }>;

export interface BundleMerge {
  /** The session with every readable bundle merged (the same session when none was). */
  session: Session;
  /** The pastes the merge filled or replaced, in the session's order. */
  filed: PasteKey[];
  /** The roles whose bundles were used (a bundle from the wrong account is not). */
  merged: GatherRole[];
  notes: GatherNote[];
  /** The bundles that could not be read, in the order given, each with its reason. */
  refused: BundleRefusal[];
}

/** Reads each bundle text and merges the readable ones into the session (facts typed by the user win). */
export function mergeBundles(session: Session, texts: string[]): BundleMerge {
  const refused: BundleRefusal[] = [];
  const bundles = [];
  for (const text of texts) {
    const read = parseBundleText(text);
    if (read.ok) bundles.push(read.bundle);
    else refused.push(read);
  }
  if (bundles.length === 0) return { session, filed: [], merged: [], notes: [], refused };
  const result = mergeReadBundles(session, bundles);
  const before = session.pastes;
  const after = result.session.pastes;
  const filed = (Object.keys(after) as PasteKey[]).filter((k) => typeof after[k] === 'string' && after[k] !== before[k]);
  return { session: result.session, filed, merged: result.merged, notes: result.notes, refused };
}
