/**
 * Citation keys: `<first author's family name><year><first significant title word>`, all ASCII
 * lower case, as Google Scholar and most reference managers make them: `lamport1978time`,
 * `ongaro2014search`.
 *
 * - Words are folded to ASCII (`Preguiça` -> `preguica`), apostrophes are dropped (`Don't` ->
 *   `dont`) and any other character that is not a letter or digit splits words (`Part-Time` ->
 *   `part`, `TCP/IP` -> `tcp`).
 * - The title word is the first that is not a stop word (`a`, `an`, `the`, `on`, `in`, `of`, ...).
 * - A group author (`{ literal: 'Cloudflare' }`) gives its first significant word; a work with no
 *   year leaves the year out.
 * - Clashes: works whose keys would be equal are ordered by publication date, then by content id;
 *   the first keeps the key and the others get `b`, `c`, ... `z`, `aa`, `ab`, ... appended
 *   (`shapiro2011conflict`, `shapiro2011conflictb`), the way Better BibTeX disambiguates.
 */

/** Function words skipped when picking the title word. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'the', 'to', 'with',
]);

/** Letters NFKD does not decompose into ASCII. */
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII words of a text: `"Don't Settle for Eventual"` -> `['dont', 'settle', 'for', 'eventual']`. */
export function asciiWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDS[letter]!)
    .replace(/['’]/g, '');
  return folded.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

const firstSignificantWord = (text: string) => asciiWords(text).find((word) => !STOP_WORDS.has(word)) ?? '';

export interface KeyParts {
  /** Content id, for a stable order among clashing works. */
  id: string;
  /** Family name of the first author, or a group author's name. */
  author: string;
  year?: number | undefined;
  /** Month 1-12, for ordering clashing works; works without one come first. */
  month?: number | undefined;
  title: string;
}

/** The key before clashes are resolved: `lamport1978time`. */
export function baseKey(parts: Omit<KeyParts, 'id' | 'month'>): string {
  return `${firstSignificantWord(parts.author)}${parts.year ?? ''}${firstSignificantWord(parts.title)}`;
}

/** Letters appended to the second, third, ... work sharing a key. */
/** The clash suffix of the index-th work (index >= 1): b, c, ..., z, aa, ab, ... (bijective base 26). */
export function clashSuffix(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    n -= 1;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** Keys for every work, by content id, unique by the clash rule above. */
export function assignCitationKeys(works: readonly KeyParts[]): Map<string, string> {
  const groups = new Map<string, KeyParts[]>();
  for (const work of works) {
    const key = baseKey(work);
    groups.set(key, [...(groups.get(key) ?? []), work]);
  }
  const keys = new Map<string, string>();
  for (const [key, group] of groups) {
    const ordered = [...group].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || a.id.localeCompare(b.id));
    ordered.forEach((work, index) => keys.set(work.id, index === 0 ? key : `${key}${clashSuffix(index)}`));
  }
  const seen = new Map<string, string>();
  for (const [id, key] of keys) {
    const other = seen.get(key);
    if (other) throw new Error(`Citation key "${key}" is given to both "${other}" and "${id}": change one title or add a clash rule.`);
    seen.set(key, id);
  }
  return keys;
}
