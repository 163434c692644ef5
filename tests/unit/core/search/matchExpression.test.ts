import { describe, it, expect } from 'vitest';
import { MAX_QUERY_TERMS, matchExpression } from '../../../../src/main/core/search/matchExpression';

describe('matchExpression', () => {
  it('quotes each word, matches it as a prefix, and ANDs the words', () => {
    expect(matchExpression('night train')).toBe('"night"* AND "train"*');
  });

  it('matches a single letter or digit as a whole word, not as a prefix of half the vocabulary', () => {
    expect(matchExpression('a vitamin c')).toBe('"a" AND "vitamin"* AND "c"');
    expect(matchExpression('c3')).toBe('"c3"*');
  });

  it.each(['', '   ', '\n\t', '-- ... !!', '"', '*'])('finds nothing to search for in %j', (text) => {
    expect(matchExpression(text)).toBeNull();
  });

  it('turns FTS5 syntax into plain text: operators, columns, NEAR, ^, parentheses', () => {
    expect(matchExpression('title:secret OR NEAR(a b) ^start (x) -y')).toBe(
      '"title:secret"* AND "OR"* AND "NEAR(a" AND "b" AND "start"* AND "x" AND "y"',
    );
  });

  it('doubles a quote inside a word, so it cannot end the string early', () => {
    expect(matchExpression('say"hi there x""y')).toBe('"say""hi"* AND "there"* AND "x""""y"');
  });

  it('drops punctuation around a word and keeps a word with inner punctuation whole (matched as the phrase it indexes as)', () => {
    expect(matchExpression("don't e-mail travel, (x)")).toBe('"don\'t" AND "e-mail"* AND "travel"* AND "x"');
  });

  it('takes accented and non-Latin words as they are (the index folds accents and case)', () => {
    expect(matchExpression('Café Москва 東京')).toBe('"Café"* AND "Москва"* AND "東京"*');
  });

  it(`uses at most ${MAX_QUERY_TERMS} words`, () => {
    const expression = matchExpression(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')) ?? '';
    expect(expression.split(' AND ')).toHaveLength(MAX_QUERY_TERMS);
  });
});
