import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { patchDocument } from '../../../src/renderer/src/preview/patchDocument';

const window = new Window();
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** A post page as the renderer writes it: head with the theme, header, body blocks, tags. */
function page({ title = 'Night train', minutes = 1, blocks = ['<p>One.</p>', '<p>Two.</p>', '<p>Three.</p>'], tags = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body { color: black }</style></head><body><article class="post"><header class="post-header"><h1 class="post-title">${title}</h1><p class="post-meta"><span class="post-reading-time">${minutes} min read</span></p></header><div class="post-body">${blocks.join('')}</div>${tags}</article></body></html>`;
}

/** The standalone page of a site theme, as the preview shows it: the article one level deeper, in <main>. */
function sitePage(blocks: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night train</title><style>body { color: black }</style></head><body class="page-post page-standalone"><main id="main" class="site-main"><article class="post"><header class="post-header"><h1 class="post-title">Night train</h1></header><div class="post-body">${blocks.join('')}</div></article></main></body></html>`;
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

  it('patches a site theme page (the article inside main) as deep as the words inside a block', () => {
    const blocks = many(200);
    blocks[120] = '<p>Block <em>one hundred</em> twenty.</p>';
    const shown = parse(sitePage(blocks));
    const before = blocksOf(shown);
    const emphasis = before[120]?.querySelector('em');
    const edited = [...blocks];
    edited[120] = '<p>Block <em>one hundred and</em> twenty.</p>';
    patchDocument(shown, parse(sitePage(edited)));
    const after = blocksOf(shown);
    expect(after.filter((block, i) => block === before[i])).toHaveLength(200);
    expect(after[120]?.querySelector('em')).toBe(emphasis);
    expect(emphasis?.textContent).toBe('one hundred and');
    expect(shown.documentElement.outerHTML).toBe(parse(sitePage(edited)).documentElement.outerHTML);
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
