// What the engine worker does with each message, apart from the worker's global scope so a unit test can drive
// it: keep the knowledge pack it was last sent, diagnose the session, reply with the diagnosis (codes and params;
// the page puts them into words, so switching the language never waits for the engine).
import { diagnose } from '../engine/diagnose';
import type { KnowledgePack } from '../engine/knowledge/schema';
import type { Diagnosis, Session } from '../engine/types';

export interface EngineRequest {
  id: number;
  session: Session;
  /** Sent only when it changed since the last request (it is the largest part of a message); null: no pack. */
  pack?: KnowledgePack | null;
}

export type EngineReply = { id: number; diagnosis: Diagnosis } | { id: number; error: string };

export function engineHandler(): (request: EngineRequest) => EngineReply {
  let pack: KnowledgePack | undefined;
  return (request) => {
    if (request.pack !== undefined) pack = request.pack ?? undefined;
    try {
      return { id: request.id, diagnosis: diagnose(request.session, pack) };
    } catch (e) {
      return { id: request.id, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
