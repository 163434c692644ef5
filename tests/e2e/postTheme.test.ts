import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import type { JSONContent } from '@tiptap/core';
import { createServices, type Services } from '../../src/main/core/services';
import { SITE_THEME_NAMES, type SiteThemeName } from '../../src/main/core/site/themes/themeNames';
import { ARTIFACTS_DIR, CHROMIUM_PATH, launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

/**
 * The post in the site's themes, in Chromium: the live preview beside the editor (the theme,
 * language and custom CSS chosen in the publish dialog, the app's light or dark, a keystroke
 * patching one block), and the page File › Export HTML writes, with every kind of formatting
 * the editor offers (the corpus of round-trip fixtures as one post), light and dark.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../unit/fixtures/postDocs');

let browser: Browser;
let picture: Buffer;
let app: AppHarness | undefined;
const madeDirs: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  // A picture for the library (the fixtures' own live on example.com, which nothing here reaches).
  const tab = await browser.newPage({ viewport: { width: 1200, height: 600 } });
  await tab.setContent(
    '<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="1200" height="600" fill="#c9b79c"/><circle cx="900" cy="180" r="90" fill="#f3e6c8"/><path d="M0 600 L380 250 L640 480 L860 330 L1200 600 Z" fill="#6f7f6a"/></svg></body>',
  );
  picture = await tab.screenshot({ type: 'png' });
  await tab.close();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(async () => {
  await browser.close();
  await stopBrowser();
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (value: string): JSONContent => ({ type: 'text', text: value });
const note = (value: string): JSONContent => ({ type: 'footnote', attrs: { text: value } });

/** A short post with what a preview must get right: a heading, a picture from the library, a footnote. */
function storyDoc(imageSrc: string): JSONContent {
  return {
    type: 'doc',
    content: [
      paragraph(text('We boarded at Ventimiglia just before midnight, with two bags and a paper timetable that turned out to be wrong.'), note('The summer timetable; it was October.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('The coast at night')] },
      paragraph(text('The carriage smelled of coffee and wet wool. Outside, the lights of the coast came and went like a slow signal.')),
      { type: 'image', attrs: { src: imageSrc, alt: 'Hills above the sea', caption: 'The hills above Menton, the next morning.' } },
      paragraph(text('By Genoa the compartment had filled with students going home for the weekend.')),
    ],
  };
}

const previewFrame = (page: Page): FrameLocator => page.frameLocator('iframe.preview-frame');
const themeOf = (frame: FrameLocator): Promise<string> => frame.locator('head style').evaluate((style) => (style.textContent ?? '').slice(0, 40));
const backgroundOf = (frame: FrameLocator): Promise<string> => frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
/** A render follows a change within about two seconds (at most one a second, in an idle moment). */
const RENDERED = { timeout: 5000 };

/** A screenshot with the editor, and so the preview that follows it, scrolled to the title. */
async function screenshotFromTop(harness: AppHarness, name: string): Promise<void> {
  await harness.page.locator('.writing-scroll').evaluate((pane) => pane.scrollTo(0, 0));
  await expect.poll(() => previewFrame(harness.page).locator('html').evaluate((html) => html.ownerDocument.scrollingElement?.scrollTop)).toBe(0);
  await harness.screenshot(name);
}

async function appWithStory(options: Parameters<typeof launchApp>[0] = {}): Promise<AppHarness> {
  const harness = await launchApp(options);
  const image = harness.services.assets.import({ fileName: 'hills.png', bytes: picture });
  harness.services.site.updateConfig({ title: 'Slow Trains', author: 'Ada Lovelace' });
  harness.services.drafts.create({ title: 'The night train to Genoa', author: '', date: '2026-11-20', tags: ['Travel', 'Trains'], doc: storyDoc(image.src) });
  await harness.reload();
  await previewFrame(harness.page).locator('.post-body figure img').waitFor();
  // Screenshots wait for the picture to be decoded.
  await expect.poll(() => previewFrame(harness.page).locator('.post-body figure img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1200);
  return harness;
}

// The body's background of each theme, light and dark (harbor.ts, margin.ts).
const PAPER: Record<SiteThemeName, { light: string; dark: string }> = {
  harbor: { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 23, 26)' },
  margin: { light: 'rgb(251, 249, 244)', dark: 'rgb(27, 26, 24)' },
};

describe('the live preview', () => {
  it('shows the post in the site\'s theme, and the theme, language and CSS chosen in the publish dialog at once', async () => {
    app = await appWithStory();
    const { page } = app;
    const frame = previewFrame(page);
    expect(await themeOf(frame)).toContain('Inkpress theme: Harbor');
    expect(await frame.locator('.post-writer').innerText()).toBe('Writer: Ada Lovelace');
    expect(await frame.locator('.post-reading-time').innerText()).toBe('1 min read');
    expect(await frame.locator('.post-tags').innerText()).toContain('Travel');
    expect(await frame.locator('section.footnotes').getAttribute('aria-label')).toBe('Footnotes');
    expect(await backgroundOf(frame)).toBe(PAPER.harbor.light);
    await screenshotFromTop(app, 'preview-harbor-light');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish site' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Margin/ }).check();
    // No keystroke in between: the preview renders again when the setting is saved.
    await expect.poll(() => themeOf(frame), RENDERED).toContain('Inkpress theme: Margin');
    await dialog.getByLabel('Language').selectOption({ label: 'Deutsch' });
    await expect.poll(() => frame.locator('.post-writer').innerText(), RENDERED).toBe('Geschrieben von Ada Lovelace');
    expect(await frame.locator('.post-reading-time').innerText()).toBe('1 Min. Lesezeit');
    expect(await frame.locator('.post-date').innerText()).toBe('20. November 2026');
    expect(await frame.locator('html').getAttribute('lang')).toBe('de');
    expect(await frame.locator('section.footnotes').getAttribute('aria-label')).toBe('Fußnoten');
    expect(await frame.locator('.footnote-back').getAttribute('aria-label')).toBe('Zurück zum Text');
    await dialog.getByLabel('Custom CSS').fill('.post-title { color: rgb(47, 111, 78); }');
    await dialog.getByLabel('Custom CSS').press('Tab');
    await expect.poll(() => frame.locator('.post-title').evaluate((title) => getComputedStyle(title).color), RENDERED).toBe('rgb(47, 111, 78)');
    await dialog.getByLabel('Custom CSS').fill('');
    await dialog.getByLabel('Custom CSS').press('Tab');
    await expect.poll(() => frame.locator('.post-title').evaluate((title) => getComputedStyle(title).color), RENDERED).not.toBe('rgb(47, 111, 78)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    expect(await backgroundOf(frame)).toBe(PAPER.margin.light);
    await screenshotFromTop(app, 'preview-margin-light');
    expect(app.errors).toEqual([]);
  });

  it.each(SITE_THEME_NAMES)('is dark when the app is dark and light when it is light, whatever the system (%s)', async (theme) => {
    app = await appWithStory({ colorScheme: 'light' });
    const { page, services } = app;
    const frame = previewFrame(page);
    services.site.updateConfig({ theme });
    services.settings.update({ theme: 'dark' });
    await app.reload();
    await frame.locator('.post-body figure img').waitFor();
    await expect.poll(() => themeOf(frame)).toContain(`Inkpress theme: ${theme === 'harbor' ? 'Harbor' : 'Margin'}`);
    await expect.poll(() => backgroundOf(frame)).toBe(PAPER[theme].dark);
    await expect.poll(() => frame.locator('.post-body figure img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1200);
    await screenshotFromTop(app, `preview-${theme}-dark`);

    // "System" follows the system, here light; a light choice on a dark system is light.
    services.settings.update({ theme: 'system' });
    await app.reload();
    await frame.locator('.post-body p').first().waitFor();
    await expect.poll(() => backgroundOf(frame)).toBe(PAPER[theme].light);
    await app.close();

    app = await appWithStory({ colorScheme: 'dark' });
    app.services.site.updateConfig({ theme });
    await app.reload();
    await previewFrame(app.page).locator('.post-body p').first().waitFor();
    await expect.poll(() => backgroundOf(previewFrame(app?.page as Page))).toBe(PAPER[theme].dark);
    app.services.settings.update({ theme: 'light' });
    await app.reload();
    await previewFrame(app.page).locator('.post-body p').first().waitFor();
    await expect.poll(() => backgroundOf(previewFrame(app?.page as Page))).toBe(PAPER[theme].light);
    expect(app.errors).toEqual([]);
  });

  it('patches one block of the preview when one paragraph of a long draft is typed in', async () => {
    app = await launchApp();
    const { page } = app;
    const filler = 'The fields went by in the dark while the tea went cold and the train ran on.';
    const blocks = Array.from({ length: 800 }, (_, i) => paragraph(text(`Paragraph ${i + 1}. ${filler.repeat(1 + (i % 4))}`)));
    app.services.drafts.create({ title: 'A long way', author: 'Ann', doc: { type: 'doc', content: blocks } });
    await app.reload();
    const frame = previewFrame(page);
    await frame.locator('.post-body > p').nth(799).waitFor();

    // Every block of the preview marked (a property: the patch cannot copy it), and every change under the body noted.
    await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.preview-frame')?.contentDocument;
      const body = doc?.querySelector('.post-body');
      if (!body) throw new Error('No preview body');
      Array.from(body.children).forEach((block, i) => Object.assign(block, { inkpressBlock: i }));
      const changed = new Set<number | string>();
      new MutationObserver((records) => {
        for (const record of records) {
          const block = record.target === body ? null : Array.from(body.children).find((child) => child.contains(record.target));
          changed.add(block ? (Reflect.get(block, 'inkpressBlock') as number) : 'the body itself');
        }
      }).observe(body, { childList: true, subtree: true, characterData: true, attributes: true });
      Object.assign(window, { previewChanges: changed });
    });

    await page.locator('.prose-editor p').nth(400).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed in.');
    await expect.poll(() => frame.locator('.post-body > p').nth(400).innerText(), RENDERED).toContain('Typed in.');

    const result = await page.evaluate(() => {
      const body = document.querySelector<HTMLIFrameElement>('iframe.preview-frame')?.contentDocument?.querySelector('.post-body');
      const children = Array.from(body?.children ?? []);
      return {
        count: children.length,
        kept: children.filter((block, i) => Reflect.get(block, 'inkpressBlock') === i).length,
        changed: [...(Reflect.get(window, 'previewChanges') as Set<number | string>)],
      };
    });
    expect(result).toEqual({ count: 800, kept: 800, changed: [400] });
    expect(app.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

/** The fixtures as one post, their pictures the library's, and a table too wide for a phone. */
function corpus(imageSrc: string): JSONContent {
  const withPicture = (node: JSONContent): JSONContent => {
    const attrs = node.type === 'image' ? { ...node.attrs, src: imageSrc } : node.attrs;
    return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(withPicture) } : {}) };
  };
  const wideRow = (type: string): JSONContent => ({
    type: 'tableRow',
    content: Array.from({ length: 9 }, (_, i) => ({ type, content: [paragraph(text(`${type === 'tableHeader' ? 'Column' : 'Value'}-${i + 1}-long`))] })),
  });
  return {
    type: 'doc',
    content: [
      ...['marks', 'blocks', 'taskLists', 'tables', 'images', 'footnotes'].flatMap(
        (name) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as JSONContent).content ?? [],
      ),
      { type: 'table', content: [wideRow('tableHeader'), wideRow('tableCell')] },
    ].map(withPicture),
  };
}

/** File › Export HTML's page of the corpus in each theme, written by the real services. */
const exported = new Map<SiteThemeName, string>();

function exportedPage(theme: SiteThemeName): string {
  let page = exported.get(theme);
  if (!page) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-theme-'));
    madeDirs.push(dataDir);
    const services: Services = createServices({ dataDir });
    try {
      const image = services.assets.import({ fileName: 'hills.png', bytes: picture });
      const draft = services.drafts.create({ title: 'Every kind of formatting', author: 'Ann Writer', date: '2026-11-29', tags: ['Theme'], doc: corpus(image.src) });
      services.site.updateConfig({ theme });
      const file = path.join(dataDir, 'post.html');
      services.site.writePostDocument(draft.id, file);
      page = fs.readFileSync(file, 'utf8');
      exported.set(theme, page);
    } finally {
      services.close();
    }
  }
  return page;
}

async function open(theme: SiteThemeName, colorScheme: 'light' | 'dark', width = 1000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.setContent(exportedPage(theme), { waitUntil: 'load' });
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

describe.each(SITE_THEME_NAMES.flatMap((theme) => (['light', 'dark'] as const).map((scheme) => [theme, scheme] as const)))('the exported page in %s (%s)', (theme, scheme) => {
  it('stands alone and shows every kind of formatting readably', async () => {
    const tab = await open(theme, scheme);
    try {
      // Pictures load lazily: bring each into view, as a reader scrolling would, before the screenshot.
      await tab.$$eval('img', async (images) => {
        for (const image of images as HTMLImageElement[]) {
          image.scrollIntoView();
          await image.decode();
        }
        window.scrollTo(0, 0);
      });
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await tab.screenshot({ path: path.join(ARTIFACTS_DIR, `export-${theme}-${scheme}.png`), fullPage: true });
      expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(PAPER[theme][scheme]);

      // Pictures are in the file itself, and shown.
      const pictures = await tab.$$eval('img', (images) => images.map((image) => [(image as HTMLImageElement).src.slice(0, 22), (image as HTMLImageElement).naturalWidth] as const));
      expect(pictures.length).toBeGreaterThan(0);
      for (const [src, width] of pictures) expect([src, width]).toEqual(['data:image/png;base64,', 1200]);

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

describe.each(SITE_THEME_NAMES)('the exported page in %s on a phone', (theme) => {
  it('scrolls a wide table inside its wrapper instead of widening the page', async () => {
    const tab = await open(theme, 'light', 390);
    try {
      await tab.screenshot({ path: path.join(ARTIFACTS_DIR, `export-${theme}-phone.png`) });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const wrappers = await tab.$$eval('.tableWrapper', (items) => items.map((item) => item.scrollWidth > item.clientWidth));
      expect(wrappers).toContain(true);
    } finally {
      await tab.context().close();
    }
  });

  it('links every footnote number to its note and every note back to its number', async () => {
    const tab = await open(theme, 'light');
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
