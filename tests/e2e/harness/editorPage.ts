import type { JSONContent, TiptapEditorHTMLElement } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchApp, stopBrowser, type AppHarness } from './launchApp';

/**
 * Helpers for the editor tests. Tiptap hangs its editor on the editable element
 * (`.prose-editor`.editor), which lets a test reset or read the document without any
 * test-only code in the app.
 */
export async function setDoc(page: Page, html: string): Promise<void> {
  await page.evaluate(async (content) => {
    const element = document.querySelector<TiptapEditorHTMLElement>('.prose-editor');
    const editor = element?.editor;
    if (!editor) throw new Error('No editor on the page');
    // Outside the undo history, so each test's undo steps are its own.
    editor.chain().setMeta('addToHistory', false).setContent(content).focus('end').run();
    // Tiptap's focus command moves the focus in the next animation frame: wait for it, or it
    // takes the focus back from whatever the test goes on to click or focus in the meantime.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (document.activeElement !== editor.view.dom) throw new Error('The editor did not take the focus');
  }, html);
}

/** Two animation frames: what Tiptap's focus command (run by every toolbar action) waits for. */
export async function afterNextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Clicks the formatting toolbar's button, opening its More popover first when the button
 * lives there (a narrow pane), and returns once the action has given the focus back to the
 * text: Tiptap does that in the next animation frame, and it would otherwise close a popover
 * or take the focus from what the test does next.
 */
export async function clickToolbar(page: Page, label: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const button = toolbar.getByRole('button', { name: label, exact: true });
  if (!(await button.isVisible())) await toolbar.getByRole('button', { name: 'More formatting' }).click();
  await button.click();
  await afterNextFrames(page);
}

export async function docJson(page: Page): Promise<JSONContent> {
  return page.evaluate(() => {
    const editor = document.querySelector<TiptapEditorHTMLElement>('.prose-editor')?.editor;
    if (!editor) throw new Error('No editor on the page');
    return editor.getJSON();
  });
}

/** The document's top-level blocks as "type" or "type:attr" strings, for compact assertions. */
export async function blockTypes(page: Page): Promise<string[]> {
  const doc = await docJson(page);
  return (doc.content ?? []).map((node) => (node.type === 'heading' ? `heading${String(node.attrs?.level)}` : (node.type ?? '?')));
}

/** Every text run with its marks: [["word", ["bold"]], ...]. */
export async function textRuns(page: Page): Promise<[string, string[]][]> {
  const runs: [string, string[]][] = [];
  const walk = (node: JSONContent): void => {
    if (node.type === 'text') runs.push([node.text ?? '', (node.marks ?? []).map((m) => m.type)]);
    for (const child of node.content ?? []) walk(child);
  };
  walk(await docJson(page));
  return runs;
}

/**
 * For a file of editor tests sharing one page: launches the app with one empty draft open
 * before the tests (handing it to `opened`) and, after them, checks that the page logged no
 * errors and closes it.
 */
export function useEmptyDraftApp(opened: (app: AppHarness) => void): void {
  let app: AppHarness | undefined;
  beforeAll(async () => {
    app = await launchApp();
    await openEmptyDraft(app);
    opened(app);
  });
  afterAll(async () => {
    expect(app?.errors).toEqual([]);
    await app?.close();
    await stopBrowser();
  });
}

/** Opens one empty draft and puts the cursor in its text. */
export async function openEmptyDraft(app: AppHarness, title = 'Editor test'): Promise<void> {
  app.services.drafts.create({ title, author: 'Ada' });
  await app.reload();
  await app.page.locator('.prose-editor').click();
}

/**
 * Selects the n characters before the cursor, as Shift+Left would. Through the editor rather
 * than the keys: a burst of arrow presses under load can race the editor's reading of the
 * DOM selection, and what is under test is what happens to a selection, not how it is made.
 */
export async function selectBack(page: Page, characters: number): Promise<void> {
  await page.evaluate((n) => {
    const editor = document.querySelector<TiptapEditorHTMLElement>('.prose-editor')?.editor;
    if (!editor) throw new Error('No editor on the page');
    const to = editor.state.selection.to;
    editor.commands.setTextSelection({ from: to - n, to });
  }, characters);
}

/** Pastes clipboard data into the editor the way Chromium delivers a real paste. */
export async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.locator('.prose-editor').evaluate((editor, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
