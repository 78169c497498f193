import type { Fix, Session } from '../types';

/** The session with the fix's documents pasted in place of the inputs they correct. */
export function applyFix(session: Session, fix: Fix): Session {
  const pastes = { ...session.pastes };
  for (const doc of fix.documents) pastes[doc.input] = doc.text;
  return { ...session, pastes };
}
