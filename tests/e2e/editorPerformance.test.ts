import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

let app: AppHarness | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(stopBrowser);

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Paragraphs that say where they are, of varied length (so editor and preview differ in height). */
function numberedDoc(count: number): JSONContent {
  const filler = 'The fields went by in the dark while the tea went cold and the train ran on.';
  return {
    type: 'doc',
    content: Array.from({ length: count }, (_, i) => paragraph(`Paragraph ${i + 1}. ${filler.repeat(1 + (i % 4))}`)),
  };
}

const draftRow = (page: Page, title: string) => page.getByRole('complementary', { name: 'Library' }).getByRole('option').filter({ hasText: title });

async function openDraft(harness: AppHarness, title: string): Promise<void> {
  await harness.reload();
  await draftRow(harness.page, title).click();
  await expect.poll(() => harness.page.getByLabel('Title').inputValue()).toBe(title);
}

/** Saves the status bar alone, for a close look at it. */
async function screenshotStatusBar(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.locator('.status-bar').screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

/** Where the preview is scrolled: the index of the post body's child at its top. */
function previewTopBlock(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.preview-frame')?.contentDocument;
    const blocks = Array.from(doc?.querySelector('.post-body')?.children ?? []);
    return blocks.findIndex((block) => block.getBoundingClientRect().bottom > 1);
  });
}

/** Scrolls the editor so that its index-th paragraph is at the top of the writing pane. */
async function scrollEditorTo(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const scroller = document.querySelector('.writing-scroll');
    const block = document.querySelector('.prose-editor')?.children[i];
    if (!scroller || !block) throw new Error(`No paragraph ${i} in the editor`);
    scroller.scrollTop += block.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  }, index);
}

describe('the editor on a long draft', () => {
  it('shows words, characters, reading time and the words in the selection', async () => {
    app = await launchApp();
    const { page } = app;
    app.services.drafts.create({
      title: 'Counting',
      doc: { type: 'doc', content: [paragraph('Night train to the coast.'), paragraph('The tea is hot, the café is closed.')] },
    });
    await openDraft(app, 'Counting');

    await expect.poll(() => page.getByTestId('word-count').innerText()).toBe('13 words');
    await expect.poll(() => page.getByTestId('character-count').innerText()).toBe('60 characters');
    await expect.poll(() => page.getByTestId('reading-time').innerText()).toBe('1 min read');
    await expect.poll(() => page.getByTestId('selection-word-count').count()).toBe(0);

    // Select "tea is hot" by the keyboard: the status bar counts the selection's words.
    await page.locator('.prose-editor p').nth(1).click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 'The '.length; i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'tea is hot'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByTestId('selection-word-count').innerText()).toBe('3 words selected');
    await screenshotStatusBar(page, 'status-bar-selection-light');

    // Typing replaces the selection; the counts follow and the selection count goes away.
    await page.keyboard.type('coffee');
    await expect.poll(() => page.getByTestId('selection-word-count').count()).toBe(0);
    await expect.poll(() => page.getByTestId('word-count').innerText()).toBe('11 words');
    expect(app.errors).toEqual([]);
  });

  it('shows the status bar in dark mode too', async () => {
    app = await launchApp({ colorScheme: 'dark' });
    const { page } = app;
    app.services.drafts.create({ title: 'Dark', doc: numberedDoc(3) });
    await openDraft(app, 'Dark');
    await page.locator('.prose-editor p').first().click({ clickCount: 3 });
    await expect.poll(() => page.getByTestId('selection-word-count').innerText()).toMatch(/^\d+ words selected$/);
    await screenshotStatusBar(page, 'status-bar-selection-dark');
  });

  it('scrolls the preview along with the editor, block for block', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = app.services.drafts.create({ title: 'A long way', author: 'Ada', doc: numberedDoc(120) });
    await openDraft(app, 'A long way');
    const frame = page.frameLocator('iframe.preview-frame');
    await frame.locator('.post-body p').nth(119).waitFor({ state: 'attached' });

    for (const index of [40, 97, 12]) {
      await scrollEditorTo(page, index);
      await expect.poll(() => previewTopBlock(page)).toBe(index);
    }
    await app.screenshot('preview-follows-editor');

    // Back at the top of the editor (the title in view), the preview is at its top too.
    await page.locator('.writing-scroll').evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.preview-frame')?.contentDocument?.scrollingElement?.scrollTop)).toBe(0);
    // Opening and scrolling a draft is not editing it.
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Saved');
    expect(app.services.drafts.get(draft.id).version).toBe(draft.version);
  });

  it('lets the browser skip blocks out of sight, never the one being written, and types in new blocks at once', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = app.services.drafts.create({ title: 'Skipped blocks', doc: numberedDoc(200) });
    await openDraft(app, 'Skipped blocks');
    const visibility = (index: number) =>
      page.evaluate((i) => {
        const block = document.querySelector('.prose-editor')?.children[i];
        return block ? getComputedStyle(block).contentVisibility : null;
      }, index);
    await page.locator('.prose-editor p').nth(150).click();
    await expect.poll(() => page.locator('.prose-editor > .current-block').innerText()).toMatch(/^Paragraph 151\. /);
    expect(await visibility(150)).toBe('visible');
    expect(await visibility(5)).toBe('auto');

    // Keys right after Enter and after a Markdown rule land in the block they made, in order,
    // with no frame in between in which the browser could have laid the new block out.
    // The caret to the end of that paragraph (End would only reach the end of its first line).
    await page.evaluate(() => {
      const editor = (document.querySelector('.prose-editor') as (Element & { editor?: { state: { doc: { child(i: number): { nodeSize: number } } }; commands: { setTextSelection(pos: number): boolean } } }) | null)?.editor;
      if (!editor) throw new Error('No editor on the page');
      let end = 0;
      for (let i = 0; i <= 150; i += 1) end += editor.state.doc.child(i).nodeSize;
      editor.commands.setTextSelection(end - 1);
    });
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Kept');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Next');
    await expect.poll(() => page.locator('.prose-editor > *').nth(151).evaluate((element) => [element.tagName, element.textContent])).toEqual(['H2', 'Kept']);
    expect(await page.locator('.prose-editor > *').nth(152).innerText()).toBe('Next');
    // And that is what the autosave stores.
    const stored = (): unknown[] => (app?.services.drafts.get(draft.id).doc.content ?? []).slice(151, 153).map((block) => [block.type, block.content?.[0]?.text]);
    await expect.poll(stored, { timeout: 5000 }).toEqual([['heading', 'Kept'], ['paragraph', 'Next']]);
    expect(app.errors).toEqual([]);
  });

  it('sends no save while keys come faster than the autosave pause, then saves all of them', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = app.services.drafts.create({ title: 'Quick typing', doc: numberedDoc(40) });
    await openDraft(app, 'Quick typing');
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();

    // Note, in the page's clock, each keystroke and each save request.
    await page.evaluate(() => {
      const log = { keys: [] as number[], saves: [] as number[] };
      Object.assign(window, { typingLog: log });
      window.addEventListener('keydown', (event) => log.keys.push(event.timeStamp), { capture: true });
      const send = Reflect.get(window, '__inkpressInvoke') as (channel: string, args: unknown) => Promise<unknown>;
      Object.defineProperty(window, '__inkpressInvoke', {
        configurable: true,
        value: (channel: string, args: unknown) => {
          if (channel === 'drafts:save') log.saves.push(performance.now());
          return send(channel, args);
        },
      });
    });
    await page.locator('.prose-editor p').nth(20).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Written on the train.', { delay: 40 });
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();

    const { keys, saves } = await page.evaluate(() => (window as unknown as { typingLog: { keys: number[]; saves: number[] } }).typingLog);
    expect(keys.length).toBeGreaterThan(20);
    expect(saves.length).toBeGreaterThan(0);
    // The autosave waits for a 400 ms pause and at most 1 s: no save starts between two
    // keystrokes that came closer together than that, within the first second.
    const quick = keys.slice(1).map((at, i) => ({ from: keys[i] as number, to: at })).filter(({ from, to }) => to - from < 400 && to - (keys[0] as number) < 1000);
    expect(quick.length).toBeGreaterThan(10);
    for (const { from, to } of quick) expect(saves.filter((at) => at > from && at < to)).toEqual([]);

    const stored = app.services.drafts.get(draft.id);
    expect(JSON.stringify(stored.doc)).toContain('Written on the train.');
    expect(app.errors).toEqual([]);
  });

  it('keeps the last keystrokes when the draft is closed right after them', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = app.services.drafts.create({ title: 'Closing fast', doc: numberedDoc(5) });
    app.services.drafts.create({ title: 'Another draft', doc: numberedDoc(2) });
    await openDraft(app, 'Closing fast');
    await page.locator('.prose-editor p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Last words.');
    // At once, before the autosave's pause: opening another draft saves this one first.
    await draftRow(page, 'Another draft').click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Another draft');
    await expect.poll(() => JSON.stringify(app?.services.drafts.get(draft.id).doc)).toContain('Last words.');
  });
});
