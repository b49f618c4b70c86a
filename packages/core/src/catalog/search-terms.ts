/**
 * Turns what a customer typed into safe search input. Only letters and digits survive, so nothing the
 * user types can change the tsquery syntax; accents are folded in SQL (puoti_fold) on both sides.
 */
export interface SearchTerms {
  /** The folded words, for to_tsquery: each a run of letters or digits. */
  words: string[];
  /** The cleaned query as one string, for trigram and substring matching. */
  text: string;
}

const maxWords = 8;

export function parseSearchTerms(raw: string): SearchTerms | null {
  const words = (
    raw
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, maxWords);
  if (words.length === 0) return null;
  return { words, text: words.join(' ') };
}

/**
 * A prefix query for the words: every word must match, the last one also as the start of a longer word,
 * so "kahvi" finds "kahvinkeitin" while the customer is still typing.
 */
export function toPrefixTsQuery(terms: SearchTerms): string {
  return terms.words
    .map((word, index) => (index === terms.words.length - 1 ? `${word}:*` : word))
    .join(' & ');
}

/** Han, Hiragana, Katakana or Hangul: scripts without spaces between words, matched by substring. */
export function isCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/**
 * Overlapping two-character pieces of the CJK runs in a query: Chinese has no spaces, so a wrong
 * character in a word is forgiven by counting how many of its pieces the product name contains.
 */
export function cjkBigrams(text: string): string[] {
  const runs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? [];
  const pieces = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) pieces.add(run);
    for (let i = 0; i + 1 < chars.length; i += 1) pieces.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...pieces];
}
