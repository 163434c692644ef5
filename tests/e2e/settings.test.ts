import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { renderPostMarkdown } from '../../src/main/core/export/postMarkdown';
import { docWith } from '../unit/helpers/docs';
import { launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

let app: AppHarness | undefined;
const madeDirs: string[] = [];

afterEach(async () => {
  await app?.close();
  app = undefined;
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(stopBrowser);

const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(27, 26, 24)';
/** The paper of the site's default theme, which the preview shows (src/main/core/site/themes/harbor.ts). */
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(21, 23, 26)';

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-files-'));
  madeDirs.push(dir);
  return dir;
}

/** The app with one draft open, written in paragraphs. */
async function appWithDraft(paragraphs: string[], options: Parameters<typeof launchApp>[0] = {}): Promise<AppHarness> {
  const harness = await launchApp(options);
  harness.services.drafts.create({ title: 'The night train', author: 'Ada', doc: docWith(...paragraphs) });
  await harness.reload();
  await harness.page.locator('.prose-editor p').first().waitFor();
  return harness;
}

const backgroundOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
const previewBackground = (page: Page) => backgroundOf(page.frameLocator('iframe.preview-frame').locator('body'));

async function openPreferences(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.waitFor();
  return dialog;
}

describe('preferences: theme', () => {
  it('switches light, dark and system at once, for the app and the preview, and keeps the choice across a reload', async () => {
    app = await appWithDraft(['A quiet compartment.']);
    const { page } = app;
    const body = page.locator('body');
    await page.frameLocator('iframe.preview-frame').locator('.post-body p').waitFor();
    expect(await backgroundOf(body)).toBe(LIGHT_BG);
    expect(await previewBackground(page)).toBe(LIGHT_PAPER);

    let dialog = await openPreferences(page);
    await app.screenshot('preferences-light');
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => backgroundOf(body)).toBe(DARK_BG);
    await expect.poll(() => previewBackground(page)).toBe(DARK_PAPER);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.screenshot('preferences-dark');
    expect(app.services.settings.get().theme).toBe('dark');

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await app.reload();
    await expect.poll(() => backgroundOf(body)).toBe(DARK_BG);
    await page.frameLocator('iframe.preview-frame').locator('.post-body p').waitFor();
    await expect.poll(() => previewBackground(page)).toBe(DARK_PAPER);

    // System follows the system (here: light), the preview too.
    dialog = await openPreferences(page);
    expect(await dialog.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'System' }).check();
    await expect.poll(() => backgroundOf(body)).toBe(LIGHT_BG);
    await expect.poll(() => previewBackground(page)).toBe(LIGHT_PAPER);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(app.services.settings.get().theme).toBe('system');
    expect(app.errors).toEqual([]);
  });

  it('follows a dark system until the writer chooses light', async () => {
    app = await appWithDraft(['Night.'], { colorScheme: 'dark' });
    const { page } = app;
    await expect.poll(() => backgroundOf(page.locator('body'))).toBe(DARK_BG);
    await page.frameLocator('iframe.preview-frame').locator('.post-body p').waitFor();
    expect(await previewBackground(page)).toBe(DARK_PAPER);
    const dialog = await openPreferences(page);
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => backgroundOf(page.locator('body'))).toBe(LIGHT_BG);
    await expect.poll(() => previewBackground(page)).toBe(LIGHT_PAPER);
  });

  it('opens with Ctrl+comma and from the menu', async () => {
    app = await appWithDraft(['Text.']);
    const { page } = app;
    await page.locator('.prose-editor').click();
    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await app.emit('menu:command', 'preferences');
    await dialog.waitFor();
  });
});

describe('preferences: the editor', () => {
  it('changes the editor font and the line width, and keeps them', async () => {
    app = await appWithDraft(['Some words to set.']);
    const { page } = app;
    const surface = page.locator('.editor-surface');
    const column = page.locator('.writing-column');
    const fontOf = () => surface.evaluate((element) => getComputedStyle(element).fontFamily);
    const widthOf = () => column.evaluate((element) => getComputedStyle(element).maxWidth);
    expect(await fontOf()).toMatch(/serif$/);
    expect(await widthOf()).toBe('720px');

    const dialog = await openPreferences(page);
    await dialog.getByRole('radio', { name: 'Mono' }).check();
    await expect.poll(fontOf).toMatch(/monospace$/);
    await dialog.getByRole('radio', { name: 'Sans' }).check();
    await expect.poll(fontOf).toMatch(/sans-serif$/);
    await dialog.getByRole('radio', { name: 'Narrow' }).check();
    await expect.poll(widthOf).toBe('600px');
    await dialog.getByRole('radio', { name: 'Wide' }).check();
    await expect.poll(widthOf).toBe('900px');
    expect(app.services.settings.get()).toMatchObject({ editorFont: 'sans', lineWidth: 'wide' });

    await app.reload();
    await expect.poll(fontOf).toMatch(/sans-serif$/);
    await expect.poll(widthOf).toBe('900px');
  });
});

describe('focus mode', () => {
  it('dims every paragraph but the one with the caret, following the caret, and turns off again', async () => {
    app = await appWithDraft(['The first paragraph.', 'The second paragraph, being written.', 'The third paragraph.']);
    const { page } = app;
    const paragraphs = page.locator('.prose-editor > p');
    const opacities = () => paragraphs.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).opacity));

    await paragraphs.nth(1).click();
    expect(await opacities()).toEqual(['1', '1', '1']);
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(opacities).toEqual(['0.3', '1', '0.3']);
    expect(app.services.settings.get().focusMode).toBe(true);
    // Only the focused block carries the decoration.
    expect(await page.locator('.prose-editor .current-block').count()).toBe(1);
    await app.screenshot('focus-mode');

    // Typing keeps the paragraph bright; moving on moves the light.
    await page.keyboard.type(' More words.');
    await expect.poll(opacities).toEqual(['0.3', '1', '0.3']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(opacities).toEqual(['0.3', '0.3', '1']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('A fourth.');
    await expect.poll(opacities).toEqual(['0.3', '0.3', '0.3', '1']);

    // The menu turns it off.
    await app.emit('menu:command', 'toggle-focus-mode');
    await expect.poll(opacities).toEqual(['1', '1', '1', '1']);
    await expect.poll(() => app?.services.settings.get().focusMode).toBe(false);
    // The block being written stays marked (the browser must never skip it), only not bright.
    expect(await page.locator('.prose-editor .current-block').count()).toBe(1);
  });

  it('is on in a draft opened after it was turned on', async () => {
    app = await appWithDraft(['One.', 'Two.']);
    app.services.settings.update({ focusMode: true });
    await app.reload();
    const { page } = app;
    await page.locator('.prose-editor > p').nth(1).click();
    const paragraphs = page.locator('.prose-editor > p');
    await expect.poll(() => paragraphs.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).opacity))).toEqual(['0.3', '1']);
  });
});

describe('typewriter scrolling', () => {
  it('keeps the line being typed in the middle of the writing pane', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the long draft, long enough to wrap onto a second line in the column.`);
    app = await appWithDraft(filler);
    const { page } = app;
    app.services.settings.update({ typewriterScrolling: true });
    await app.reload();

    /** How far the caret's line is from the middle of the scroller, in pixels. */
    const caretOffset = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.writing-scroll');
        const selection = window.getSelection();
        if (!scroller || !selection || selection.rangeCount === 0) return Number.NaN;
        const range = selection.getRangeAt(0).cloneRange();
        const caret = range.getClientRects()[0] ?? (range.startContainer.parentElement ?? scroller).getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        return Math.round((caret.top + caret.bottom) / 2 - (box.top + box.height / 2));
      });

    await page.locator('.prose-editor > p').nth(5).click();
    await page.keyboard.press('End');
    for (let line = 0; line < 8; line += 1) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`New line ${line}.`);
    }
    expect(Math.abs(await caretOffset())).toBeLessThanOrEqual(16);
    const scrolled = await page.locator('.writing-scroll').evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(0);

    // At the very end of the draft the last line still comes up to the middle.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The last line.');
    expect(Math.abs(await caretOffset())).toBeLessThanOrEqual(16);

    // Off: typing only scrolls as far as needed.
    await page.keyboard.press('Control+Shift+T');
    await expect.poll(() => app?.services.settings.get().typewriterScrolling).toBe(false);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Start. ');
    expect(await caretOffset()).toBeLessThan(-100);
  });
});

describe('distraction-free writing', () => {
  it('hides the sidebar, inspector, toolbar and status bar, asks for full screen, and Esc brings them back', async () => {
    app = await appWithDraft(['Only the text is left.', 'And the caret.']);
    const { page } = app;
    const chrome = [
      page.locator('.sidebar'),
      page.locator('.inspector'),
      page.locator('.writing-pane > .pane-header').first(),
      page.getByRole('toolbar', { name: 'Formatting' }),
      page.locator('.status-bar'),
    ];
    const chromeVisible = () => Promise.all(chrome.map((locator) => locator.isVisible()));
    const SHOWN = chrome.map(() => true);
    const HIDDEN = chrome.map(() => false);
    expect(await chromeVisible()).toEqual(SHOWN);

    await page.locator('.prose-editor p').first().click();
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(chromeVisible).toEqual(HIDDEN);
    expect(await page.locator('.prose-editor').isVisible()).toBe(true);
    expect(app.fullScreen).toBe(true);
    // Still writing: the caret stayed in the text.
    await page.keyboard.type(' Still here.');
    await expect.poll(() => page.locator('.prose-editor p').first().innerText()).toBe('Only the text is left. Still here.');
    await app.screenshot('distraction-free');

    await page.keyboard.press('Escape');
    await expect.poll(chromeVisible).toEqual(SHOWN);
    await expect.poll(() => app?.fullScreen).toBe(false);

    // The menu toggles it too, and leaving full screen elsewhere ends it.
    await app.emit('menu:command', 'toggle-distraction-free');
    await expect.poll(chromeVisible).toEqual(HIDDEN);
    await app.emit('window:left-full-screen', null);
    await expect.poll(chromeVisible).toEqual(SHOWN);
    expect(app.errors).toEqual([]);
  });
});

describe('spelling', () => {
  it("switches the editor's spellcheck attribute, and picks the dictionaries", async () => {
    app = await appWithDraft(['Teh quick brown fox.']);
    const { page } = app;
    const editor = page.locator('.prose-editor');
    expect(await editor.getAttribute('spellcheck')).toBe('true');

    const dialog = await openPreferences(page);
    const spelling = dialog.getByRole('switch', { name: 'Check spelling as you type' });
    expect(await spelling.isChecked()).toBe(true);
    await spelling.uncheck();
    await expect.poll(() => editor.getAttribute('spellcheck')).toBe('false');
    expect(app.services.settings.get().spellcheck.enabled).toBe(false);
    await spelling.check();
    await expect.poll(() => editor.getAttribute('spellcheck')).toBe('true');

    // The languages come from the shell (a fixed list in these tests).
    await dialog.getByText('Your system’s language').waitFor();
    const add = dialog.getByLabel('Add a spelling language');
    await add.selectOption({ label: 'Brazilian Portuguese' });
    await add.selectOption({ label: 'German (Germany)' });
    await expect.poll(() => app?.services.settings.get().spellcheck.languages).toEqual(['pt-BR', 'de-DE']);
    await dialog.getByRole('button', { name: 'Remove Brazilian Portuguese' }).click();
    await expect.poll(() => app?.services.settings.get().spellcheck.languages).toEqual(['de-DE']);

    await spelling.uncheck();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await app.reload();
    await expect.poll(() => page.locator('.prose-editor').getAttribute('spellcheck')).toBe('false');
  });
});

describe('importing and exporting files', () => {
  it('imports a Markdown file into a new draft and opens it', async () => {
    app = await launchApp();
    const { page } = app;
    const file = path.join(tempDir(), 'night-train.md');
    fs.writeFileSync(file, '---\ntitle: Night train to Vienna\ntags: [rail]\n---\n\nThe sleeper leaves at *nine*.\n\n## Arrival\n\nBreakfast in Vienna.\n');

    // Cancelling changes nothing.
    await page.getByRole('button', { name: 'Import a Markdown or HTML file' }).click();
    await expect.poll(() => app?.openDialogsShown).toEqual(['Import a post']);
    expect(app.services.drafts.list()).toEqual([]);

    app.nextOpenPath = file;
    await page.getByRole('button', { name: 'Import a file' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Night train to Vienna');
    await expect.poll(() => page.locator('.prose-editor').innerText()).toContain('The sleeper leaves at nine.');
    expect(await page.locator('.prose-editor em').innerText()).toBe('nine');
    expect(await page.locator('.prose-editor h2').innerText()).toBe('Arrival');
    await page.getByRole('status').filter({ hasText: 'Imported “Night train to Vienna”.' }).waitFor();
    await expect.poll(() => page.getByRole('option').first().innerText()).toContain('Night train to Vienna');
    expect(app.services.drafts.list().map((draft) => draft.title)).toEqual(['Night train to Vienna']);
  });

  it('shows why a file cannot be imported, and leaves the library as it was', async () => {
    app = await appWithDraft(['Kept as it is.']);
    const { page } = app;
    const file = path.join(tempDir(), 'broken.md');
    fs.writeFileSync(file, '---\ntitle: "unterminated\n---\nText');
    app.nextOpenPath = file;
    await app.emit('menu:command', 'import-file');
    await page.getByRole('alert').filter({ hasText: 'Could not import: Malformed front matter' }).waitFor();
    expect(app.services.drafts.list().map((draft) => draft.title)).toEqual(['The night train']);
    expect(await page.getByLabel('Title').inputValue()).toBe('The night train');
    expect(app.errors).toEqual([]);
  });

  it('exports the open draft as Markdown with front matter', async () => {
    app = await appWithDraft(['First words.', 'Second words.']);
    const { page } = app;
    const target = path.join(tempDir(), 'exported.md');
    app.nextSavePath = target;
    await app.emit('menu:command', 'export-markdown');
    await page.getByRole('status').filter({ hasText: `Exported to ${target}` }).waitFor();
    expect(app.savePathsAsked).toEqual(['the-night-train.md']);
    const [draft] = app.services.drafts.list();
    if (!draft) throw new Error('no draft');
    const written = fs.readFileSync(target, 'utf8');
    expect(written).toBe(renderPostMarkdown(app.services.drafts.get(draft.id)));
    expect(written).toMatch(/^---\ntitle: The night train\nslug: the-night-train\n[\s\S]*\n---\n\nFirst words\.\n\nSecond words\.\n$/);
  });
});
