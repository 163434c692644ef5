import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { EMPTY_DOC, countImages, docPlainText, docStats, statsFromText } from '../../../../src/shared/editor/docStats';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const image = (src: string): JSONContent => ({ type: 'image', attrs: { src } });

describe('docPlainText', () => {
  it('separates blocks so words of adjacent paragraphs never run together', () => {
    const doc: JSONContent = { type: 'doc', content: [paragraph('one'), paragraph('two')] };
    expect(docPlainText(doc)).toBe('one\ntwo\n');
    expect(docStats(doc).words).toBe(2);
  });

  it('turns a hard break into a line break', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }, { type: 'hardBreak' }, { type: 'text', text: 'second' }] }],
    };
    expect(docPlainText(doc)).toBe('first\nsecond\n');
  });

  it('joins the text runs of one paragraph (marks split a word into runs)', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, { type: 'text', text: 'face here' }] }],
    };
    expect(docPlainText(doc)).toBe('boldface here\n');
  });

  it('reads text inside lists, quotes and headings', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('item')] }] },
        { type: 'blockquote', content: [paragraph('quoted')] },
      ],
    };
    expect(countImages(doc)).toBe(0);
    expect(docStats(doc).words).toBe(3);
  });
});

describe('countImages', () => {
  it('counts images at any depth', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [image('a.png'), { type: 'blockquote', content: [image('b.png')] }, paragraph('text')],
    };
    expect(countImages(doc)).toBe(2);
  });
});

describe('docStats', () => {
  it('gives an empty document no words and 1 minute', () => {
    expect(docStats(EMPTY_DOC)).toEqual({ words: 0, cjkCharacters: 0, images: 0, characters: 0, readingMinutes: 1 });
  });

  it('gives 510 words spread over paragraphs 2 minutes', () => {
    const content = Array.from({ length: 51 }, (_, i) => paragraph(Array.from({ length: 10 }, (__, j) => `w${i}x${j}`).join(' ')));
    const stats = docStats({ type: 'doc', content });
    expect(stats.words).toBe(510);
    expect(stats.readingMinutes).toBe(2);
  });

  it('adds image time: 275 words and three images make 2 minutes', () => {
    const text = Array.from({ length: 275 }, () => 'word').join(' ');
    expect(docStats({ type: 'doc', content: [paragraph(text)] }).readingMinutes).toBe(1);
    const withImages = docStats({ type: 'doc', content: [image('1.png'), paragraph(text), image('2.png'), image('3.png')] });
    expect(withImages.images).toBe(3);
    expect(withImages.readingMinutes).toBe(2);
  });
});

describe('statsFromText', () => {
  it('counts characters without the block line breaks', () => {
    expect(statsFromText('ab\ncd\n', 0).characters).toBe(4);
    expect(statsFromText('我在家里\n', 0)).toMatchObject({ cjkCharacters: 4, words: 0, characters: 4 });
  });
});

describe('docPlainText: the editor\'s formatting', () => {
  const note = (text: string): JSONContent => ({ type: 'footnote', attrs: { text } });
  const cell = (type: string, text: string): JSONContent => ({ type, content: [paragraph(text)] });

  it('reads a footnote\'s note on its own line after its paragraph, so the sentence stays whole', () => {
    const doc: JSONContent = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The sea' }, note('Mostly grey.'), { type: 'text', text: ' was calm.' }] }] };
    expect(docPlainText(doc)).toBe('The sea was calm.\nMostly grey.\n');
    expect(docStats(doc).words).toBe(6);
  });

  it('reads every table cell, header cells too, without running words together', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Name'), cell('tableHeader', 'Age')] }, { type: 'tableRow', content: [cell('tableCell', 'Ann'), cell('tableCell', '42')] }] }],
    };
    expect(docStats(doc).words).toBe(4);
    expect(docPlainText(doc).split(/\s+/).filter(Boolean)).toEqual(['Name', 'Age', 'Ann', '42']);
  });

  it('reads task items, nested ones too, and image captions', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('pack'), { type: 'taskList', content: [{ type: 'taskItem', content: [paragraph('socks')] }] }] }] },
        { type: 'image', attrs: { src: 'a.png', caption: 'At the station' } },
        { type: 'image', attrs: { src: 'b.png', caption: '' } },
      ],
    };
    expect(docStats(doc)).toMatchObject({ words: 5, images: 2 });
  });

  it('ends the text of every top-level block with a line break, so per-block counts add up', () => {
    const blocks: JSONContent[] = [
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }, note('n')] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableCell', 'b')] }] },
      { type: 'taskList', content: [{ type: 'taskItem', content: [paragraph('c')] }] },
      { type: 'image', attrs: { src: 'x.png', caption: 'd' } },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'e' }, note('f')] },
    ];
    for (const block of blocks) expect(docPlainText(block)).toMatch(/\n$/);
    expect(blocks.map((block) => docPlainText(block)).join('')).toBe(docPlainText({ type: 'doc', content: blocks }));
  });
});
