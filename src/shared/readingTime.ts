/**
 * Reading time, used everywhere a post shows "N min read" (status bar, preview, export).
 *
 * Words in space-separated scripts are read at 275 a minute; Chinese, Japanese and Korean
 * characters at 500 a minute; images add 12 s for the first, 11 s for the second, one
 * second less for each next one, and 3 s each from the tenth on. The result is rounded to
 * the nearest minute and never less than 1.
 */
export const WORDS_PER_MINUTE = 275;
export const CJK_CHARACTERS_PER_MINUTE = 500;

// Han ideographs, Hiragana, Katakana, Hangul syllables and jamo, and the katakana long-vowel
// marks (U+30FC, U+FF70), whose script is Common although they are read as kana.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70]/gu;
// A "word" must hold a letter or a digit, so a lone dash or quote is not counted.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export interface TextCounts {
  /** Words in space-separated scripts. */
  words: number;
  /** Chinese, Japanese and Korean characters. */
  cjkCharacters: number;
}

export function countText(text: string): TextCounts {
  const cjkCharacters = text.match(CJK_CHARACTER)?.length ?? 0;
  const withoutCjk = cjkCharacters > 0 ? text.replace(CJK_CHARACTER, ' ') : text;
  let words = 0;
  for (const token of withoutCjk.split(/\s+/)) {
    if (token !== '' && WORD_CHARACTER.test(token)) words += 1;
  }
  return { words, cjkCharacters };
}

/** Seconds the images of a post add, in the order they appear. */
export function imageSeconds(imageCount: number): number {
  let seconds = 0;
  for (let n = 1; n <= imageCount; n += 1) seconds += Math.max(3, 13 - n);
  return seconds;
}

export function readingMinutes(counts: TextCounts & { images: number }): number {
  const seconds =
    (counts.words / WORDS_PER_MINUTE) * 60 +
    (counts.cjkCharacters / CJK_CHARACTERS_PER_MINUTE) * 60 +
    imageSeconds(counts.images);
  return Math.max(1, Math.round(seconds / 60));
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
