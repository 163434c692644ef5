import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../../../src/renderer/src/editor/looksLikeMarkdown';

describe('looksLikeMarkdown', () => {
  it.each([
    '# A heading',
    'Intro\n\n## Section',
    '- one\n- two',
    '1. first\n2. second',
    '> quoted',
    '```js\nconst a = 1;\n```',
    '| a | b |\n| --- | :-: |\n| 1 | 2 |',
    'Some **bold** words',
    'Run `npm test` first',
    'See [the docs](https://example.com).',
    'This is ~~wrong~~ right',
  ])('sees Markdown in %j', (text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each(['Just a sentence.', 'Costs 2 * 3 euros.', 'snake_case_name and file_name', '#hashtag', 'Call me at 5.30 tonight', 'a - b = c'])('sees prose in %j', (text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});
