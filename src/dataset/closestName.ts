/**
 * The candidate closest to `name` by edit distance (ignoring case), if it is close enough to be a slip:
 * at most 2 edits, or a third of the name's length for longer names. `need.csv` → `needs.csv`.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const typed = name.toLowerCase();
  const allowed = Math.max(2, Math.floor(stem(typed).length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(stem(typed), stem(candidate.toLowerCase()));
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** The name without its `.csv`: every candidate shares it, so it would only dilute the distance. */
function stem(name: string): string {
  return name.replace(/\.csv$/, '');
}

/** Levenshtein distance: insertions, deletions and substitutions, one row of the table at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
