import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanPastedHtml, tidyPastedDom, withoutInlineHandlers, type PasteWindow } from '../../../src/shared/html/cleanPastedHtml';

/*
 * The DOM reshaping runs here on happy-dom. The sanitising step (DOMPurify) needs a DOM that
 * follows the standard prototypes, which happy-dom does not; it is exercised in Chromium by
 * tests/e2e/editorPaste.test.ts, and refuses to run (last test) rather than pass HTML through.
 */
const window = new Window();
afterAll(() => window.happyDOM.close());

const fixture = (name: string): string => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/paste', name), 'utf8');

/** Tidies the HTML and returns the body, with whitespace between tags collapsed for readable expectations. */
function tidy(html: string) {
  const body = new window.DOMParser().parseFromString(withoutInlineHandlers(html), 'text/html').body;
  tidyPastedDom(body as unknown as Parameters<typeof tidyPastedDom>[0]);
  return body;
}

const compact = (html: string): string => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ');

describe('tidyPastedDom', () => {
  it('turns Word list paragraphs into nested lists, bullets and numbers told apart by their markers', () => {
    const body = tidy(fixture('word.html'));
    const lists = Array.from(body.querySelectorAll('ul, ol')).map((list) => `${list.tagName.toLowerCase()}>${Array.from(list.children).length}`);
    expect(lists).toEqual(['ul>2', 'ul>1', 'ol>2']);
    expect(body.querySelector('ul > li > ul > li')?.textContent?.trim()).toBe('With a hood');
    expect(Array.from(body.querySelectorAll('ol > li')).map((li) => li.textContent?.trim())).toEqual(['Vienna', 'Venice']);
    // The typed markers ("·", "o", "1.") are gone with their spans, and so are the list paragraphs.
    expect(body.textContent).not.toMatch(/·|\bo\b\s+With|1\.\s*Vienna/);
    expect(body.querySelector('p[style*="mso-list"]')).toBeNull();
  });

  it('drops Word spacing paragraphs and images from outside the library, and maps H1 to H2', () => {
    const body = tidy(fixture('word.html'));
    expect(body.querySelector('img')).toBeNull();
    const emptyParagraphs = Array.from(body.querySelectorAll('p')).filter((p) => !(p.textContent ?? '').replace(/[\s\u00a0]/g, ''));
    expect(emptyParagraphs).toEqual([]);
    expect(body.querySelector('h1')).toBeNull();
    expect(body.querySelector('h2')?.textContent?.trim()).toBe('The night train');
  });

  it('reads Google Docs emphasis from styles and unwraps its bold-looking wrapper', () => {
    const body = tidy(fixture('google-docs.html'));
    expect(Array.from(body.querySelectorAll('strong')).map((b) => b.textContent)).toEqual(['ten past eleven', 'Train', 'Departs']);
    expect(Array.from(body.querySelectorAll('em')).map((i) => i.textContent)).toEqual(['very']);
    expect(Array.from(body.querySelectorAll('code')).map((c) => c.textContent)).toEqual(['npm start']);
    expect(Array.from(body.querySelectorAll('s')).map((s) => s.textContent)).toEqual([' gone']);
    // The link's underline is the link's, the heading's weight the heading's.
    expect(body.querySelector('u')).toBeNull();
    expect(body.querySelector('h2 strong')).toBeNull();
    expect(body.querySelector('b[id^="docs-internal-guid"]')).toBeNull();
  });

  it('nests Google Docs sublists in the item before them and drops breaks between blocks', () => {
    const body = tidy(fixture('google-docs.html'));
    expect(body.querySelector('ul > ul')).toBeNull();
    expect(body.querySelector('ul > li > ul > li')?.textContent).toBe('With a hood');
    expect(Array.from(body.querySelectorAll('br'))).toEqual([]);
  });

  it('drops what a web page hid: heading anchors, ad slots, tracking pixels', () => {
    const body = tidy(fixture('web-page.html'));
    expect(body.querySelector('h2')?.textContent).toBe('The route');
    expect(body.querySelector('.ad')).toBeNull();
    expect(body.querySelector('img')).toBeNull();
    // A figure without its picture is unwrapped by the importers' normalisation; its caption stays as text.
    expect(body.querySelector('figure')).toBeNull();
    expect(body.textContent).toContain('Venice at dawn');
  });

  it('keeps a picture that is already in the library', () => {
    const src = `library-assets/${'a'.repeat(64)}.png`;
    const body = tidy(`<p>Before</p><p><img src="${src}" alt="Dawn"></p><p><img src="https://cdn.example.org/x.jpg"></p>`);
    expect(compact(body.innerHTML)).toMatch(new RegExp(`^<p>Before</p>(<p>)?<img src="${src}" alt="Dawn">(</p>)?$`));
  });
});

describe('withoutInlineHandlers', () => {
  it('removes on…= attributes from tags and leaves text alone', () => {
    expect(withoutInlineHandlers(`<a href="/x" onclick="track('a')" ONMOUSEOVER=go()>turn on=off</a><img src=x onerror='y()'>`)).toBe(
      '<a href="/x">turn on=off</a><img src=x>',
    );
  });
});

describe('cleanPastedHtml', () => {
  it('refuses a DOM that DOMPurify cannot sanitise with, rather than pass the HTML through', () => {
    expect(() => cleanPastedHtml('<p onclick="x()">Hi</p>', window as unknown as PasteWindow)).toThrow('DOMPurify cannot sanitise with this DOM implementation');
  });
});
