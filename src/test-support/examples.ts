// For tests: the example sessions of public/examples (the gallery's index and each session document, validated the
// way the app reads them).
import { readFileSync } from 'node:fs';
import { readSession } from '../engine/session';
import type { CheckId, Session, Status } from '../engine/types';

const root = new URL('../../public/examples/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, root), 'utf8'));

export interface ExampleEntry {
  id: string;
  file: string;
  tags: string[];
  expected: Partial<Record<CheckId, Status>>;
}

export const exampleIndex = (readJson('index.json') as { examples: ExampleEntry[] }).examples;

export function loadExample(file: string): Session {
  const read = readSession(readJson(file));
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  return read.session;
}

/** Every example session, by id, in the gallery's order. */
export const exampleSessions: { id: string; session: Session }[] = exampleIndex.map((e) => ({ id: e.id, session: loadExample(e.file) }));
