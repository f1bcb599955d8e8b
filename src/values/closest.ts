/** "Did you mean ...?" suggestions by Levenshtein edit distance. */

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Whether `word` abbreviates `candidate`: same first three letters, the rest in order (`prereqs`). */
export function abbreviates(word: string, candidate: string): boolean {
  if (word.length < 3 || word.length >= candidate.length || candidate.slice(0, 3) !== word.slice(0, 3)) return false;
  let at = 0;
  for (const letter of candidate) if (letter === word[at]) at++;
  return at === word.length;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: an
 * abbreviation of it (`prereqs` -> `prerequisites`), or at most a third of the word's length
 * away by edit distance, or a candidate that contains the word or is contained in it.
 * Ties go to the alphabetically first candidate, so suggestions are stable.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const sorted = [...candidates].sort();
  const abbreviated = sorted.filter((candidate) => abbreviates(word, candidate));
  if (abbreviated.length) {
    return abbreviated.reduce((best, candidate) => (editDistance(word, candidate) < editDistance(word, best) ? candidate : best));
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of sorted) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(word.length / 3));
  if (bestDistance <= limit || best.includes(word) || word.includes(best)) return best;
  return undefined;
}
