// String utilities for the grammar: the nearest known name to a misspelled one, and short quotes for params.

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The known name a misspelled one was meant to be: same letters in another case, or one or two typos away. */
export function closest<K extends string>(name: string, candidates: readonly K[]): K | undefined {
  const lower = name.trim().toLowerCase();
  if (lower.length > 40) return undefined;
  for (const c of candidates) if (c.toLowerCase() === lower) return c;
  if (lower.length < 4) return undefined;
  const max = lower.length >= 8 ? 2 : 1;
  let best: K | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
