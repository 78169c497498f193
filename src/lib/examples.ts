// Example sessions live in public/examples/: the same files feed "Load example", the golden tests and the e2e tests.
import { useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { readSession } from '../engine/session';
import type { Session } from '../engine/types';
import { assetUrl } from './knowledge';

/** Words in English and, by language code, in others (English stands in for a missing language). */
const Text = v.objectWithRest({ en: v.string() }, v.string());
const IndexSchema = v.object({
  examples: v.array(
    v.object({
      id: v.string(),
      file: v.string(),
      title: Text,
      story: Text,
      expected: v.optional(v.record(v.string(), v.string())),
      /** Walkthrough mode: what to say at each step, by step id. */
      walkthrough: v.optional(v.record(v.string(), Text)),
      /** Short labels for the gallery: a plain word, or one per language. */
      tags: v.optional(v.array(v.union([v.string(), Text]))),
      /** The step a walkthrough opens (a step id; anything else opens the results). */
      start: v.optional(v.string()),
    }),
  ),
});
export type ExampleEntry = v.InferOutput<typeof IndexSchema>['examples'][number];

export function useExamples() {
  return useQuery({
    queryKey: ['examples'],
    staleTime: Infinity,
    queryFn: async () => {
      const res = await fetch(assetUrl('examples/index.json'));
      if (!res.ok) throw new Error(`examples/index.json: HTTP ${res.status}`);
      return v.parse(IndexSchema, await res.json()).examples;
    },
  });
}

export async function fetchExample(file: string): Promise<Session> {
  const res = await fetch(assetUrl(`examples/${file}`));
  if (!res.ok) throw new Error(`examples/${file}: HTTP ${res.status}`);
  const read = readSession(await res.json());
  if (!read.ok) throw new Error(`examples/${file}: ${read.error}`);
  return read.session;
}
