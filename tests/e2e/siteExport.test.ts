import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { markdownToDoc } from '../../src/main/core/import/markdownToDoc';
import { createServices, type Services } from '../../src/main/core/services';
import type { SiteThemeName } from '../../src/main/core/site/themes/themeNames';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './harness/launchApp';
import { serveStatic, type StaticServer } from './harness/serveStatic';

// The flags the app harness uses (tests/e2e/harness/launchApp.ts): nothing may leave the machine.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

let browser: Browser;
let page: Page;
let dataDir: string;
let services: Services;
const sites: string[] = [];

const STORY = `The harbour wakes before the town does. By six the first boats are already out past the breakwater, and the gulls have moved on from the fish market to the café terraces, where the chairs are still stacked and chained.

## What the tide leaves

Walk the shore at low water and you find the week written in the sand: rope ends, a child's red spade, a bottle with nothing in it. Nothing here is lost, only *waiting* to be picked up again.

> The sea gives back everything, eventually. It just keeps its own calendar.

- Go early, before the wind turns
- Take the path past the old lighthouse
- Bring something warm to drink

### A small program for the tide table

\`\`\`ts
export function nextLowTide(now: Date, tides: Date[]): Date | undefined {
  // The first low tide still ahead of us.
  return tides.find((tide) => tide.getTime() > now.getTime());
}
\`\`\`

| Day | Low tide | High tide |
| --- | --- | --- |
| Monday | 06:12 | 12:31 |
| Tuesday | 06:58 | 13:17 |

- [x] Check the tide table
- [ ] Buy bread on the way back

By noon the light is flat and white, and the town finally opens its shutters.`;

/** Draws a cover picture in the page (a canvas), so the test needs no image files of its own. */
async function drawCover(hueA: number, hueB: number): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 750;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      const gradient = context.createLinearGradient(0, 0, 1200, 750);
      gradient.addColorStop(0, `hsl(${a} 62% 58%)`);
      gradient.addColorStop(1, `hsl(${b} 55% 32%)`);
      context.fillStyle = gradient;
      context.fillRect(0, 0, 1200, 750);
      for (let i = 0; i < 7; i += 1) {
        context.fillStyle = `hsla(${a + i * 12} 70% 85% / ${0.08 + i * 0.03})`;
        context.beginPath();
        context.arc(200 + i * 140, 520 - i * 40, 90 + i * 35, 0, Math.PI * 2);
        context.fill();
      }
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    [hueA, hueB] as const,
  );
}

/** A document from Markdown, with a footnote added to its first paragraph. */
function storyDoc(markdown: string): JSONContent {
  const doc = markdownToDoc(markdown);
  const first = doc.content?.[0];
  first?.content?.push({ type: 'footnote', attrs: { text: 'Tide times are for the outer harbour.' } });
  return doc;
}

async function seedLibrary(): Promise<void> {
  const covers: string[] = [];
  for (const [a, b] of [[200, 235], [18, 340], [150, 190], [40, 10]] as const) {
    covers.push(services.assets.importBase64({ fileName: 'cover.png', mimeType: 'image/png', dataBase64: await drawCover(a, b) }).src);
  }
  const posts = [
    { title: 'Low Tide at the Old Harbour', description: 'A morning walk along the breakwater, and what the sea leaves behind.', tags: ['Travel', 'Sea'], cover: covers[0], date: '2026-11-20' },
    { title: 'Notes on Slow Mornings', description: 'Coffee, a notebook and the first hour of the day, kept for myself.', tags: ['Writing'], cover: covers[1], date: '2026-11-12' },
    { title: 'The Lighthouse Keeper’s Logbook', description: 'Forty years of weather, written in one steady hand.', tags: ['History', 'Sea'], cover: covers[2], date: '2026-10-30' },
    { title: 'Bread, Salt and Patience', description: 'What a village bakery taught me about doing one thing well.', tags: ['Food'], cover: covers[3], date: '2026-10-18' },
    { title: 'A Winter Reading List', description: 'Eleven books for the long evenings, from sea stories to slow essays.', tags: ['Books', 'Writing'], cover: '', date: '2026-10-02' },
    { title: 'Drafts I Never Sent', description: '', tags: ['Writing'], cover: '', date: '2026-09-21' },
  ];
  for (const post of posts) {
    services.drafts.create({
      title: post.title,
      author: 'Ada Lovelace',
      date: post.date,
      description: post.description,
      tags: post.tags,
      coverImage: post.cover,
      status: 'published',
      doc: storyDoc(STORY),
    });
  }
  services.drafts.create({ title: 'Unfinished thoughts', author: 'Ada Lovelace', status: 'draft', doc: storyDoc('Not for readers yet.') });
  services.site.updateConfig({
    title: 'The Harbour Journal',
    description: 'Essays on the sea, slow mornings and the small towns along the coast.',
    baseUrl: 'https://journal.example.com/',
    author: 'Ada Lovelace',
    postsPerPage: 5,
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-site-'));
  services = createServices({ dataDir, clock: () => new Date('2026-11-29T10:00:00Z') });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await seedLibrary();
});

afterAll(async () => {
  await browser?.close();
  services?.close();
  for (const dir of [dataDir, ...sites]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function exportSite(theme: SiteThemeName): Promise<{ server: StaticServer; outDir: string; phases: Set<string> }> {
  const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `inkpress-e2e-site-${theme}-`)), 'site');
  sites.push(path.dirname(outDir));
  const phases = new Set<string>();
  const summary = await services.site.exportSite({ outDir, overrides: { theme }, onProgress: (progress) => phases.add(progress.phase) });
  expect(summary).toMatchObject({ posts: 6, cancelled: false, removed: 0, skipped: 0, warnings: [] });
  return { server: await serveStatic(outDir), outDir, phases };
}

/** Resolves once every picture the reader can see has loaded (from the site's own images/ folder). */
async function imagesInView(): Promise<void> {
  await page.waitForFunction(() =>
    [...document.images]
      .filter((image) => image.checkVisibility() && image.getBoundingClientRect().top < innerHeight)
      .every((image) => image.complete && image.naturalWidth > 0),
  );
}

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

describe('the exported site, in a browser', () => {
  it('opens one post exported as a standalone page in a site theme, from disk', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-standalone-')), 'post.html');
    sites.push(path.dirname(file));
    const [post] = services.drafts.list().filter((draft) => draft.title === 'Notes on Slow Mornings');
    services.site.writePostDocument(post?.id as number, file, 'margin');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pathToFileURL(file).href);
    await expect.poll(() => page.locator('h1.post-title').textContent()).toBe('Notes on Slow Mornings');
    await imagesInView();
    // The theme's stylesheet applied (inline) and the cover came from a data: URL.
    expect(await page.locator('h1.post-title').evaluate((title) => getComputedStyle(title).fontFamily)).toContain('Charter');
    expect(await page.locator('.post-cover img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await screenshot('site-standalone-post-margin-light');
  });

  for (const theme of ['harbor', 'margin'] as const) {
    it(`shows the home page and a post in the ${theme} theme, light and dark`, async () => {
      const { server, phases } = await exportSite(theme);
      expect([...phases]).toEqual(['preparing', 'pages', 'images']);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      try {
        for (const scheme of ['light', 'dark'] as const) {
          await page.setViewportSize({ width: 1280, height: 1000 });
          await page.emulateMedia({ colorScheme: scheme });

          await page.goto(`${server.url}/index.html`);
          await expect.poll(() => page.locator('.home-title').textContent()).toBe('The Harbour Journal');
          const cards = page.locator('.post-card-title');
          expect(await cards.allTextContents()).toEqual([
            'Low Tide at the Old Harbour',
            'Notes on Slow Mornings',
            'The Lighthouse Keeper’s Logbook',
            'Bread, Salt and Patience',
            'A Winter Reading List',
          ]);
          expect(await page.locator('.pagination-status').textContent()).toBe('Page 1 of 2');
          expect(await page.locator('.post-card-cover img').count()).toBe(4);
          await imagesInView();
          await screenshot(`site-${theme}-home-${scheme}`);

          await page.goto(`${server.url}/low-tide-at-the-old-harbour/index.html`);
          await expect.poll(() => page.locator('h1.post-title').textContent()).toBe('Low Tide at the Old Harbour');
          await imagesInView();
          expect(await page.locator('.post-meta').textContent()).toBe('Writer: Ada LovelaceNovember 20, 20261 min read');
          expect(await page.locator('.post-tags li').allTextContents()).toEqual(['Travel', 'Sea']);
          expect(await page.locator('.post-body pre code .hljs-keyword').first().textContent()).toBe('export');
          expect(await page.locator('.post-body table td').first().textContent()).toBe('Monday');
          expect(await page.locator('.post-body .footnotes li').count()).toBe(1);
          expect(await page.locator('.post-nav-older .post-nav-title').textContent()).toBe('Notes on Slow Mornings');
          expect(await page.locator('.post-cover img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
          await screenshot(`site-${theme}-post-${scheme}`);
          if (scheme === 'light') {
            await page.locator('.post-body table').scrollIntoViewIfNeeded();
            await screenshot(`site-${theme}-post-body-${scheme}`);
          }
        }
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${server.url}/tags/index.html`);
        expect(await page.locator('.tag-name').allTextContents()).toEqual(['Books', 'Food', 'History', 'Sea', 'Travel', 'Writing']);
        await screenshot(`site-${theme}-tags-light`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${server.url}/low-tide-at-the-old-harbour/index.html`);
        await screenshot(`site-${theme}-post-mobile-light`);
        expect(errors).toEqual([]);
      } finally {
        page.removeAllListeners('console');
        page.removeAllListeners('response');
        await server.close();
      }
    });
  }
});
