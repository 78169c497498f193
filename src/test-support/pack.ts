// For tests: the shipped knowledge pack, validated, and a check input built from a partial session
// the way diagnose() builds it (facts resolved, the error message triaged).
import { readFileSync } from 'node:fs';
import type { CheckInput } from '../engine/checks/common';
import { resolveFacts } from '../engine/facts';
import { validateKnowledge, type KnowledgePack } from '../engine/knowledge/schema';
import { triage } from '../engine/triage/triage';
import type { Session } from '../engine/types';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../public/knowledge/${name}`, import.meta.url), 'utf8'));

function loadPack(): KnowledgePack {
  const v = validateKnowledge({ errors: load('errors.json'), regions: load('regions.json'), resources: load('resources.json') });
  if (!v.ok) throw new Error(v.problems.join('\n'));
  return v.pack;
}

export const pack = loadPack();

export function checkInput(s: Partial<Session>): CheckInput {
  const session: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {}, ...s };
  return { session, facts: resolveFacts(session).facts, triage: triage(session.pastes.errorMessage ?? '', pack.errors).matches, knowledge: pack };
}
