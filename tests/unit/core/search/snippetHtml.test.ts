import { describe, it, expect } from 'vitest';
import { MATCH_END, MATCH_START, indexableTags, searchDocumentOf } from '../../../../src/main/core/search/searchDocument';
import { snippetHtml } from '../../../../src/main/core/search/snippetHtml';

const marked = (word: string): string => `${MATCH_START}${word}${MATCH_END}`;

describe('snippetHtml', () => {
  it('wraps the matches in <mark>', () => {
    expect(snippetHtml(`The ${marked('night')} train left.`)).toBe('The <mark>night</mark> train left.');
  });

  it('escapes the text first, so markup in a post is shown as text and never runs', () => {
    expect(snippetHtml(`<img src=x onerror=alert(1)> & ${marked('"quoted"')} 'it'`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; <mark>&quot;quoted&quot;</mark> &#39;it&#39;',
    );
  });

  it('reads the line breaks between blocks as spaces, and trims', () => {
    expect(snippetHtml(`First block.\n\nSecond ${marked('block')}.\n`)).toBe('First block. Second <mark>block</mark>.');
  });

  it('keeps the ellipsis FTS5 adds', () => {
    expect(snippetHtml(`…middle of a ${marked('post')}…`)).toBe('…middle of a <mark>post</mark>…');
  });
});

describe('searchDocumentOf', () => {
  it('holds the title, the plain text and the tags one per line', () => {
    expect(searchDocumentOf('Title', 'Body.\n', ['a', 'b c'])).toEqual({ title: 'Title', body: 'Body.\n', tags: 'a\nb c' });
  });

  it('never holds the match markers, so every marker in a snippet is a real match', () => {
    const document = searchDocumentOf(`Evil${MATCH_START}title`, `Body ${MATCH_START}x${MATCH_END} \u0000\u0007 end\tand\nlines`, [`t${MATCH_END}`]);
    expect(document).toEqual({ title: 'Evil title', body: 'Body  x     end\tand\nlines', tags: 't ' });
    expect(indexableTags([`u${MATCH_START}`, 'v'])).toBe('u \nv');
  });
});
