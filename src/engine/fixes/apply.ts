import { readCopyJob } from '../inputs/copyJob';
import { readRolePolicies } from '../inputs/rolePolicies';
import type { Fix, FixDocument, Session } from '../types';

/**
 * The input once a document that `adds` is put beside what it holds: the copy role's policies as a list (the
 * documents the paste holds for the copy role, then the new one). A paste that cannot be read is replaced.
 */
function added(session: Session, doc: FixDocument): string {
  if (doc.input !== 'copyRolePolicies') return doc.text;
  const jobText = session.pastes.copyJob ?? session.pastes.errorMessage;
  const read = readRolePolicies(session.pastes.copyRolePolicies, jobText ? readCopyJob(jobText)?.iamRoleArn : undefined);
  if (!read || read.policies.length === 0) return doc.text;
  return JSON.stringify([...read.policies.map((p) => p.document), JSON.parse(doc.text) as unknown], null, 2);
}

/** The session with the fix's documents pasted in place of the inputs they correct (or beside them, for `adds`). */
export function applyFix(session: Session, fix: Fix): Session {
  const pastes = { ...session.pastes };
  for (const doc of fix.documents) pastes[doc.input] = doc.adds ? added({ ...session, pastes }, doc) : doc.text;
  return { ...session, pastes };
}
