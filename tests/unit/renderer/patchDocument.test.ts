import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { patchDocument } from '../../../src/renderer/src/preview/patchDocument';

const window = new Window();
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** A post page as the renderer writes it: head with the theme, header, body blocks, tags. */
function page({ title = 'Night train', minutes = 1, blocks = ['<p>One.</p>', '<p>Two.</p>', '<p>Three.</p>'], tags = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body { color: black }</style></head><body><article class="post"><header class="post-header"><h1 class="post-title">${title}</h1><p class="post-meta"><span class="post-reading-time">${minutes} min read</span></p></header><div class="post-body">${blocks.join('')}</div>${tags}</article></body></html>`;
}

const blocksOf = (doc: Document): Element[] => Array.from(doc.querySelector('.post-body')?.children ?? []);
const many = (count: number, word = 'Block'): string[] => Array.from({ length: count }, (_, i) => `<p>${word} ${i}.</p>`);

describe('patchDocument', () => {
  it('makes the shown document equal to the rendered one', () => {
    const shown = parse(page());
    const rendered = parse(page({ title: 'Day train', minutes: 2, blocks: ['<h2>Intro</h2>', '<p>One!</p>', '<ul><li><p>Two</p></li></ul>'], tags: '<footer class="post-tags"><ul><li>rail</li></ul></footer>' }));
    expect(patchDocument(shown, rendered)).toBe(true);
    expect(shown.documentElement.outerHTML).toBe(rendered.documentElement.outerHTML);
    expect(shown.title).toBe('Day train');
  });

  it('keeps every block that did not change (a keystroke re-lays out one paragraph)', () => {
    const shown = parse(page({ blocks: many(200) }));
    const before = blocksOf(shown);
    const edited = many(200);
    edited[120] = '<p>Block 120, edited.</p>';
    patchDocument(shown, parse(page({ blocks: edited })));
    const after = blocksOf(shown);
    expect(after).toHaveLength(200);
    expect(after.filter((block, i) => block === before[i])).toHaveLength(200);
    expect(after[120]?.textContent).toBe('Block 120, edited.');
  });

  it('inserts and removes blocks where they were split or joined', () => {
    const shown = parse(page({ blocks: many(10) }));
    const before = blocksOf(shown);
    const split = [...many(10).slice(0, 4), '<p>Block 4 first half</p>', '<p>and its second half.</p>', ...many(10).slice(5)];
    patchDocument(shown, parse(page({ blocks: split })));
    expect(blocksOf(shown).map((b) => b.textContent)).toEqual(split.map((html) => html.replace(/<\/?p>/g, '')));
    expect(blocksOf(shown)[9]).toBe(before[8]);

    const joined = many(10).filter((_, i) => i !== 2);
    patchDocument(shown, parse(page({ blocks: joined })));
    expect(blocksOf(shown).map((b) => b.textContent)).toEqual(joined.map((html) => html.replace(/<\/?p>/g, '')));
  });

  it('changes an attribute in place', () => {
    const shown = parse(page({ blocks: ['<h2 id="a">Heading</h2>'] }));
    const heading = blocksOf(shown)[0];
    patchDocument(shown, parse(page({ blocks: ['<h2 id="b" class="x">Heading</h2>'] })));
    expect(blocksOf(shown)[0]).toBe(heading);
    expect(heading?.getAttribute('id')).toBe('b');
    expect(heading?.getAttribute('class')).toBe('x');
  });

  it('fills a long post in parts, a budget at a time, and gets it right in the end', () => {
    const shown = parse('<!doctype html><html><head></head><body></body></html>');
    const rendered = parse(page({ blocks: many(1000) }));
    let patches = 1;
    while (!patchDocument(shown, rendered, { left: 80 })) {
      patches += 1;
      expect(blocksOf(shown).length).toBeLessThanOrEqual(patches * 80);
    }
    expect(patches).toBeGreaterThan(10);
    expect(shown.documentElement.outerHTML).toBe(rendered.documentElement.outerHTML);
  });

  it('takes a newer render in the middle of filling a long post in parts', () => {
    const shown = parse('<!doctype html><html><head></head><body></body></html>');
    expect(patchDocument(shown, parse(page({ blocks: many(500) })), { left: 100 })).toBe(false);
    const newer = parse(page({ title: 'Renamed', blocks: many(600, 'Line') }));
    while (!patchDocument(shown, newer, { left: 100 }));
    expect(shown.documentElement.outerHTML).toBe(newer.documentElement.outerHTML);
  });
});
