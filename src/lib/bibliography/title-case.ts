/**
 * Titles as citation styles need them: stored in sentence case with the words that must keep
 * their capitals marked, so APA prints sentence case, IEEE and ACM title case, and BibTeX styles
 * that lower-case titles (plain) still print "MapReduce", as Zotero and Better BibTeX store and
 * export titles. A word keeps its capitals when, by these rules and nothing per title:
 *
 * 1. it has a capital after its first letter: an acronym or a name with inner capitals
 *    (`RAMP`, `COPS`, `SQL`, `TCP/IP`, `MapReduce`, `CockroachDB`, `TrueTime`);
 * 2. it is a capitalised possessive, a name by its form (`Google's`, `Amazon's`, `Beej's`);
 * 3. it is the only word before a title's first colon, the name of a system (`Zab:`, `Spanner:`,
 *    `Bigtable:`, `Calvin:`, `Kafka:`);
 * 4. it is in PROPER_NOUNS, names that look like ordinary capitalised words (`Paxos`, `Google`).
 *
 * Everything else is lower-cased, except the first word of the title and the first word after a
 * colon (sentence case as APA writes it; BibTeX's `plain` keeps a capital after ": " too).
 */

/** Names that look like ordinary capitalised words; a word of a title is compared without punctuation. */
export const PROPER_NOUNS: ReadonlySet<string> = new Set(['Paxos', 'Byzantine', 'Google', 'Amazon', 'Linux', 'Raft', 'Internet', 'Cloudflare']);

export interface TitleWord {
  /** The word as printed, with any punctuation attached: `Google's`, `System:`. */
  text: string;
  /** Keeps its capitals in every style. */
  keep: boolean;
  /** Starts the title or follows a colon: capitalised in sentence case. */
  opens: boolean;
}

const letters = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Rule 1 and 2: a word that is a name by its form. */
function isNameByForm(word: string): boolean {
  const core = letters(word).replace(/['’]s$/, '');
  if (/[\p{Lu}\p{N}].*\p{Lu}|\p{Lu}.*[\p{Lu}\p{N}]/u.test(core.slice(1)) || /^\p{Lu}{2,}/u.test(core)) return true;
  return /^\p{Lu}/u.test(core) && /['’]s$/.test(letters(word)) && core.length > 1;
}

/** The words of a title with what each must keep. Hyphenated words are judged by each part. */
export function titleWords(title: string): TitleWord[] {
  const words = title.split(/\s+/).filter(Boolean);
  const firstColon = words.findIndex((word) => word.endsWith(':'));
  return words.map((text, index) => {
    const opens = index === 0 || words[index - 1]!.endsWith(':');
    const parts = text.split('-');
    const keep =
      parts.some((part) => isNameByForm(part) || PROPER_NOUNS.has(letters(part).replace(/['’]s$/, ''))) || (firstColon === 0 && index === 0 && /^\p{Lu}/u.test(text));
    return { text, keep, opens };
  });
}

const lowerUnlessKept = (word: TitleWord) =>
  word.keep ? word.text : word.text.split('-').map((part, index) => (index === 0 && word.opens ? part : part.toLowerCase())).join('-');

/** `Time, Clocks, and the Ordering of Events` -> `Time, clocks, and the ordering of events`. */
export function sentenceCase(title: string): string {
  return titleWords(title).map(lowerUnlessKept).join(' ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The title for CSL-JSON: sentence case, each kept word marked `<span class="nocase">` (CSL's
 * rich-text mark that styles do not change the case of; citation-js writes it as braces in BibTeX).
 */
export function cslTitle(title: string): string {
  return titleWords(title)
    .map((word) => {
      const text = escapeHtml(lowerUnlessKept(word));
      if (!word.keep) return text;
      // Mark the word itself, not the punctuation around it: `<span class="nocase">Zab</span>:`.
      const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}’']*)$/u.exec(text)!;
      return `${match[1]}<span class="nocase">${match[2]}</span>${match[3]}`;
    })
    .join(' ');
}

/** A CSL rich-text title as plain text (for RIS and other plain-text outputs). */
export const plainTitle = (title: string) => title.replace(/<\/?span[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
