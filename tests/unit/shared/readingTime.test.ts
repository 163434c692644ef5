import { describe, it, expect } from 'vitest';
import {
  CJK_CHARACTERS_PER_MINUTE,
  WORDS_PER_MINUTE,
  countText,
  imageSeconds,
  readingMinutes,
  readingTimeLabel,
} from '../../../src/shared/readingTime';

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
/** Ten Han characters and a full stop, which is punctuation and counts as nothing. */
const CHINESE_SENTENCE = '我在家里写一篇新文章。';

function minutesOf(text: string, images = 0): number {
  return readingMinutes({ ...countText(text), images });
}

describe('countText', () => {
  it('counts space-separated words', () => {
    expect(countText('The quick brown fox')).toEqual({ words: 4, cjkCharacters: 0 });
  });

  it('treats any run of whitespace (newlines, tabs, several spaces) as one break', () => {
    expect(countText('  one\ttwo\n\nthree    four  ')).toEqual({ words: 4, cjkCharacters: 0 });
  });

  it('counts an empty text as nothing', () => {
    expect(countText('')).toEqual({ words: 0, cjkCharacters: 0 });
  });

  it('does not count dashes, quotes or ellipses standing alone as words', () => {
    expect(countText('— – -- " \' “ ” « » … * ·')).toEqual({ words: 0, cjkCharacters: 0 });
    expect(countText('well -- said — truly')).toEqual({ words: 3, cjkCharacters: 0 });
  });

  it('counts numbers and words in other space-separated scripts', () => {
    expect(countText('Привет мир 2026 café')).toEqual({ words: 4, cjkCharacters: 0 });
  });

  it('counts Chinese, Japanese and Korean characters one by one, not as words', () => {
    expect(countText(CHINESE_SENTENCE)).toEqual({ words: 0, cjkCharacters: 10 });
    expect(countText('ひらがなカタカナ')).toEqual({ words: 0, cjkCharacters: 8 });
    expect(countText('한국어')).toEqual({ words: 0, cjkCharacters: 3 });
  });

  it('counts mixed text: Latin words between CJK characters are still words', () => {
    expect(countText('我用Inkpress写作 every day')).toEqual({ words: 3, cjkCharacters: 4 });
  });

  it('counts the Japanese long-vowel mark (ー) with the characters around it, not as a word', () => {
    // コーヒーを飲む: seven Japanese characters, no space-separated words.
    expect(countText('コーヒーを飲む')).toEqual({ words: 0, cjkCharacters: 7 });
  });
});

/** The plain definition countText must agree with (it counts in one pass for speed). */
function referenceCount(text: string): { words: number; cjkCharacters: number } {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70]/gu;
  const cjkCharacters = text.match(cjk)?.length ?? 0;
  const tokens = text.replace(cjk, ' ').split(/\s+/);
  return { words: tokens.filter((token) => /[\p{L}\p{N}]/u.test(token)).length, cjkCharacters };
}

describe('countText agrees with the plain definition', () => {
  // Letters, digits, punctuation, every kind of whitespace, CJK (also outside the BMP),
  // accented and astral letters, a lone surrogate, emoji.
  const PIECES = [
    'a', 'Z', '7', 'é', 'ß', 'Ж', 'ー', '我', '写', 'カ', '한', '𠀋', '𝐀', '😀', '\ud800', '-', '—', '…', '"', '.',
    ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'word', 'Inkpress', '2026',
  ];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  it('on 500 random texts', () => {
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      expect(countText(text), JSON.stringify(text)).toEqual(referenceCount(text));
    }
  });
});

describe('imageSeconds', () => {
  it('adds nothing without images', () => {
    expect(imageSeconds(0)).toBe(0);
  });

  it('gives 12 s to the first image and one second less to each next one', () => {
    expect(imageSeconds(1)).toBe(12);
    expect(imageSeconds(2)).toBe(23);
    expect(imageSeconds(3)).toBe(33);
    expect(imageSeconds(9)).toBe(12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4);
  });

  it('gives 3 s to each image from the tenth on', () => {
    expect(imageSeconds(10)).toBe(75);
    expect(imageSeconds(11)).toBe(78);
    expect(imageSeconds(20)).toBe(75 + 10 * 3);
  });
});

describe('readingMinutes', () => {
  it('reads space-separated words at 275 a minute and CJK characters at 500 a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(275);
    expect(CJK_CHARACTERS_PER_MINUTE).toBe(500);
  });

  it('gives a 510-word text 2 minutes (111 s rounds up)', () => {
    expect(countText(words(510)).words).toBe(510);
    expect(minutesOf(words(510))).toBe(2);
  });

  it('rounds down below the half minute (340 words = 74 s)', () => {
    expect(minutesOf(words(340))).toBe(1);
  });

  it('gives 1,250 Chinese characters 3 minutes (150 s = 2.5 min, rounded half up)', () => {
    const text = CHINESE_SENTENCE.repeat(125);
    expect(countText(text)).toEqual({ words: 0, cjkCharacters: 1250 });
    expect(minutesOf(text)).toBe(3);
  });

  it('adds words and CJK characters of a mixed text', () => {
    // 330 words = 72 s, 300 characters = 36 s: 108 s is 2 minutes; either part alone is 1.
    const text = `${words(330)} ${CHINESE_SENTENCE.repeat(30)}`;
    expect(countText(text)).toEqual({ words: 330, cjkCharacters: 300 });
    expect(minutesOf(text)).toBe(2);
    expect(minutesOf(words(330))).toBe(1);
    expect(minutesOf(CHINESE_SENTENCE.repeat(30))).toBe(1);
  });

  it('adds the image seconds', () => {
    // 275 words = 60 s; three images add 33 s: 93 s rounds to 2 minutes.
    expect(minutesOf(words(275))).toBe(1);
    expect(minutesOf(words(275), 3)).toBe(2);
    expect(readingMinutes({ words: 0, cjkCharacters: 0, images: 20 })).toBe(2);
  });

  it('never says less than 1 minute, even for an empty text', () => {
    expect(minutesOf('')).toBe(1);
    expect(minutesOf('One word.')).toBe(1);
  });
});

describe('readingTimeLabel', () => {
  it('says "N min read"', () => {
    expect(readingTimeLabel(1)).toBe('1 min read');
    expect(readingTimeLabel(12)).toBe('12 min read');
  });
});
