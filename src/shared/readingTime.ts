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
const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70]$/u;
// A "word" must hold a letter or a digit, so a lone dash or quote is not counted.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** The first code point of any CJK script (Hangul Jamo, U+1100): below it, nothing is CJK. */
const FIRST_CJK = 0x1100;

export interface TextCounts {
  /** Words in space-separated scripts. */
  words: number;
  /** Chinese, Japanese and Korean characters. */
  cjkCharacters: number;
}

/** Whitespace exactly as JavaScript's \s defines it. */
function isWhitespace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isWordCharacter(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || ((codePoint | 32) >= 97 && (codePoint | 32) <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/**
 * Words are runs between whitespace that hold a letter or a digit; every CJK character counts
 * on its own and also separates words ("我用Inkpress写作" is one word and four characters).
 * One pass over the text, without building substrings: a 100,000-word book is counted on
 * every save.
 */
export function countText(text: string): TextCounts {
  let words = 0;
  let cjkCharacters = 0;
  // Inside a run of non-space characters, and whether that run was counted as a word yet.
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      inRun = false;
      continue;
    }
    const codePoint = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code;
    if (codePoint >= FIRST_CJK && CJK_CHARACTER.test(String.fromCodePoint(codePoint))) {
      cjkCharacters += 1;
      inRun = false;
    } else {
      if (!inRun) {
        inRun = true;
        counted = false;
      }
      if (!counted && isWordCharacter(codePoint)) {
        words += 1;
        counted = true;
      }
    }
    if (codePoint > 0xffff) i += 1;
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
