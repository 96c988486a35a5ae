/** Longest edit distance still offered as "did you mean": catches a dropped, added or swapped letter or two. */
export const MAX_SUGGESTION_DISTANCE = 3;

/** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * The allowed name closest to a mistyped one, for a "did you mean" hint; null when none is close.
 *
 * @param typed - the name as written
 * @param allowed - the valid names
 * @returns the closest valid name within `MAX_SUGGESTION_DISTANCE` edits (the first on a tie), or null
 * @example
 * closestName("holdoutShar", ["form", "holdoutShare"]); // => "holdoutShare"
 * @see https://en.wikipedia.org/wiki/Levenshtein_distance
 */
export function closestName(typed: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const name of allowed) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
