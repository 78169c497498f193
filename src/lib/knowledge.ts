// The knowledge pack is data, fetched at run time so a site owner can replace it without a rebuild.
import { useQuery } from '@tanstack/react-query';
import { validateKnowledge, type KnowledgePack } from '../engine/knowledge/schema';

/** Files in public/ are fetched relative to the app root (the document), never to the current route. */
export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).toString();
}

export class PackError extends Error {
  constructor(public problems: string[]) {
    super(problems.join('\n'));
  }
}

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(assetUrl(path), { cache: 'no-cache' });
  if (!res.ok) throw new PackError([`${path}: HTTP ${res.status}`]);
  try {
    return await res.json();
  } catch {
    throw new PackError([`${path}: not valid JSON`]);
  }
}

async function loadPack(): Promise<KnowledgePack> {
  const [errors, regions, resources] = await Promise.all(
    ['knowledge/errors.json', 'knowledge/regions.json', 'knowledge/resources.json'].map(fetchJson),
  );
  const result = validateKnowledge({ errors, regions, resources });
  if (!result.ok) throw new PackError(result.problems);
  return result.pack;
}

export function useKnowledge() {
  return useQuery({ queryKey: ['knowledge'], queryFn: loadPack, staleTime: Infinity, retry: 1 });
}
