import { normalizeForSearch } from '@/lib/search-text';

/**
 * Joining words that carry no meaning of their own in a label ("Họ, chữ đệm và tên của cha"):
 * left out so "Họ tên" and "Họ, chữ đệm và tên" are compared on what they ask for.
 */
const joiningWords = new Set(['cua', 'va', 'hoac', 'cac', 'la', 'neu', 'nay', 'the', 'of', 'and', 'or', 'a', 'an']);

/**
 * Set phrases of Vietnamese forms said the long way on the paper declaration and the short way
 * elsewhere: "Ngày, tháng, năm sinh" is "Ngày sinh", "Họ, chữ đệm và tên" is "Họ tên".
 */
const setPhrases: readonly [RegExp, string][] = [
  [/\bngay thang nam\b/g, 'ngay'],
  [/\bho (chu dem va |va )?ten\b/g, 'ho ten'],
];

/** The meaningful words of a label, folded (case, Vietnamese diacritics, đ, set phrases) and deduplicated. */
export function labelWords(label: string): Set<string> {
  const folded = setPhrases.reduce(
    (text, [phrase, short]) => text.replace(phrase, short),
    normalizeForSearch(label).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
  );
  return new Set(folded.split(' ').filter((word) => word !== '' && !joiningWords.has(word)));
}

/**
 * How alike two labels are, 0 to 1: shared meaningful words over all of them (Jaccard), and 0
 * unless one label's words all appear in the other's, so that labels sharing only a generic word
 * ("Số bản sao", "Tờ bản đồ số") are not alike. 1 means the same words: "Ngày sinh" and "Ngày,
 * tháng, năm sinh"; "Ngày sinh" against "Ngày sinh của trẻ" is 2/3.
 */
export function labelSimilarity(a: string, b: string): number {
  const left = labelWords(a);
  const right = labelWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const contained = shared === left.size || shared === right.size;
  const all = new Set([...left, ...right]).size;
  return all === 0 || !contained ? 0 : shared / all;
}
