import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { JSONContent } from '@tiptap/core';
import { renderPostDocument } from '../../src/main/core/render/renderPostDocument';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './harness/launchApp';

/**
 * The published theme (the live preview and the export) with every kind of formatting the
 * editor offers, in Chromium, light and dark: the corpus of round-trip fixtures as one post.
 * No app is needed: the page is what renderPostDocument writes.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../unit/fixtures/postDocs');

// The fixtures' pictures live on example.com, which nothing here can reach: draw one instead.
const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="1200" height="600" fill="#c9b79c"/><circle cx="900" cy="180" r="90" fill="#f3e6c8"/><path d="M0 600 L380 250 L640 480 L860 330 L1200 600 Z" fill="#6f7f6a"/></svg>',
)}`;

function withPictures(node: JSONContent): JSONContent {
  const attrs = node.type === 'image' ? { ...node.attrs, src: PICTURE } : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(withPictures) } : {}) };
}

const wideRow = (type: string): JSONContent => ({
  type: 'tableRow',
  content: Array.from({ length: 9 }, (_, i) => ({ type, content: [{ type: 'paragraph', content: [{ type: 'text', text: `${type === 'tableHeader' ? 'Column' : 'Value'}-${i + 1}-long` }] }] })),
});

const corpus: JSONContent = {
  type: 'doc',
  content: [
    ...['marks', 'blocks', 'taskLists', 'tables', 'images', 'footnotes'].flatMap(
      (name) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as JSONContent).content ?? [],
    ),
    { type: 'table', content: [wideRow('tableHeader'), wideRow('tableCell')] },
  ].map(withPictures),
};

const page = renderPostDocument(
  { title: 'Every kind of formatting', author: 'Ann Writer', date: '2026-11-29', tags: ['Theme'], doc: corpus },
  { embedAsset: () => null },
);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser.close();
});

async function open(colorScheme: 'light' | 'dark', width = 1000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.setContent(page, { waitUntil: 'load' });
  return tab;
}

/** WCAG contrast ratio of two CSS colours as Chromium computes them ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['light', 'dark'] as const)('the post theme (%s)', (scheme) => {
  it('shows every kind of formatting readably', async () => {
    const tab = await open(scheme);
    try {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await tab.screenshot({ path: path.join(ARTIFACTS_DIR, `post-theme-${scheme}.png`), fullPage: true });

      // Code tokens are coloured, and every colour reads on the code background (WCAG AA, 4.5:1).
      const tokens = await tab.$$eval('pre code.hljs span[class^="hljs-"]', (spans) =>
        spans.map((span) => [getComputedStyle(span).color, getComputedStyle(span.closest('pre') as Element).backgroundColor, span.className] as const),
      );
      expect(new Set(tokens.map(([color]) => color)).size).toBeGreaterThan(2);
      for (const [color, background, name] of tokens) expect(contrast(color, background), `${name} on ${background}`).toBeGreaterThanOrEqual(4.5);

      // Highlighted words keep the text colour readable on the mark.
      const marks = await tab.$$eval('.post-body mark', (items) => items.map((mark) => [getComputedStyle(mark).color, getComputedStyle(mark).backgroundColor] as const));
      expect(marks.length).toBeGreaterThan(0);
      for (const [color, background] of marks) expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);

      // Task boxes show their state but cannot be ticked.
      const boxes = await tab.$$eval('li[data-type="taskItem"] input', (inputs) => inputs.map((input) => [(input as HTMLInputElement).disabled, (input as HTMLInputElement).checked]));
      expect(boxes.length).toBeGreaterThan(3);
      expect(boxes.every(([disabled]) => disabled)).toBe(true);
      expect(boxes.some(([, checked]) => checked) && boxes.some(([, checked]) => !checked)).toBe(true);
    } finally {
      await tab.context().close();
    }
  });
});

describe('the post theme on a phone', () => {
  it('scrolls a wide table inside its wrapper instead of widening the page', async () => {
    const tab = await open('light', 390);
    try {
      await tab.screenshot({ path: path.join(ARTIFACTS_DIR, 'post-theme-phone.png') });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const wrappers = await tab.$$eval('.tableWrapper', (items) => items.map((item) => item.scrollWidth > item.clientWidth));
      expect(wrappers).toContain(true);
    } finally {
      await tab.context().close();
    }
  });

  it('links every footnote number to its note and every note back to its number', async () => {
    const tab = await open('light');
    try {
      const targets = await tab.$$eval('.footnote-ref a, .footnote-back', (links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(targets.length).toBeGreaterThan(4);
      for (const href of targets) expect(await tab.locator(href).count(), href).toBe(1);
      await tab.click('.footnote-ref a[href="#fn-2"]');
      await expect.poll(() => tab.evaluate(() => location.hash)).toBe('#fn-2');
    } finally {
      await tab.context().close();
    }
  });
});
