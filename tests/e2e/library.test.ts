import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

let app: AppHarness | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(stopBrowser);

const paragraphs = (...texts: string[]): JSONContent => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Seeds a draft through the real services, with text, tags and a status. */
function seed(harness: AppHarness, title: string, text: string, tags: string[] = [], status: 'draft' | 'scheduled' | 'published' = 'draft') {
  const draft = harness.services.drafts.create({ title, author: 'Ada Lovelace', tags });
  harness.services.drafts.save({ id: draft.id, baseVersion: draft.version, title, author: 'Ada Lovelace', date: draft.date, doc: paragraphs(text), status });
  return draft.id;
}

const saved = (harness: AppHarness) => harness.page.getByTestId('save-state').filter({ hasText: /^Saved$/ });

describe('the library', () => {
  it('edits every field of a post in the details panel', async () => {
    app = await launchApp();
    const { page } = app;
    seed(app, 'Old habits', 'Something about travel.', ['travel']);
    const id = seed(app, 'Notes from Zürich', 'The lake was still.');
    await app.reload();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Notes from Zürich');

    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('radio', { name: 'Scheduled' }).click();
    await page.getByLabel('Slug').fill('zurich-notes');
    await page.getByLabel('Excerpt').fill('A morning by the lake.');
    const tagBox = page.getByLabel('Add a tag');
    await tagBox.fill('tra');
    await page.getByRole('listbox').getByRole('option', { name: 'travel', exact: true }).click(); // completion from existing tags
    await tagBox.fill('switzerland');
    await tagBox.press('Enter');
    await page.getByLabel('Canonical URL').fill('https://example.com/zurich');
    await page.getByLabel('Language').fill('en-GB');
    await page.getByLabel('Publish date').fill('2026-12-24');
    await saved(app).waitFor();
    await app.screenshot('details-panel-light');

    await expect.poll(() => app?.services.drafts.get(id).status).toBe('scheduled');
    const draft = app.services.drafts.get(id);
    expect(draft).toMatchObject({
      slug: 'zurich-notes',
      slugIsCustom: true,
      description: 'A morning by the lake.',
      tags: ['travel', 'switzerland'],
      canonicalUrl: 'https://example.com/zurich',
      language: 'en-GB',
      date: '2026-12-24',
    });

    // An invalid value is explained and never saved.
    await page.getByLabel('Canonical URL').fill('example.com');
    await page.getByText('Enter a full address starting with https://').waitFor();
    expect(app.services.drafts.get(id).canonicalUrl).toBe('https://example.com/zurich');

    // The slug can follow the title again.
    await page.getByRole('button', { name: 'Follow the title again' }).click();
    await expect.poll(() => app?.services.drafts.get(id).slug).toBe('notes-from-zurich');
    expect(app.errors).toEqual([]);
  });

  it('browses by status and tag, with counts', async () => {
    app = await launchApp();
    const { page } = app;
    seed(app, 'A winter walk', 'Snow on the hills.', ['travel', 'winter']);
    seed(app, 'Summer plans', 'Boats and islands.', ['travel'], 'published');
    seed(app, 'Bread', 'Flour, water, salt.', ['cooking'], 'scheduled');
    await app.reload();

    const nav = page.getByRole('navigation', { name: 'Library sections' });
    await expect.poll(() => nav.getByRole('button', { name: /All drafts/ }).innerText()).toMatch(/All drafts\s*3/);
    await expect.poll(() => nav.getByRole('button', { name: /travel/ }).innerText()).toMatch(/travel\s*2/);
    await nav.getByRole('button', { name: /travel/ }).click();
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Summer plans'), expect.stringContaining('A winter walk')]);
    await nav.getByRole('button', { name: /Published/ }).click();
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Summer plans')]);
    await nav.getByRole('button', { name: /Scheduled/ }).click();
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Bread')]);
    await nav.getByRole('button', { name: /All drafts/ }).click();
    await expect.poll(() => page.getByRole('option').count()).toBe(3);
    await app.screenshot('library-light');

    // Rename a tag everywhere; renaming onto another tag merges them.
    await nav.getByRole('button', { name: 'Edit' }).click();
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('button', { name: 'Rename' }).first().waitFor();
    await app.screenshot('tag-manager-light');
    await sheet.getByRole('button', { name: 'Rename' }).nth(2).click(); // tags sorted: cooking, travel, winter
    await sheet.getByLabel('New name for winter').fill('travel');
    await sheet.getByLabel('New name for winter').press('Enter');
    await expect.poll(() => app?.services.drafts.resolve('a-winter-walk').tags).toEqual(['travel']);
    await sheet.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => nav.getByRole('button', { name: /winter/ }).count()).toBe(0);
  });

  it('searches everything with highlighted snippets, and opens a draft quickly', async () => {
    app = await launchApp();
    const { page } = app;
    seed(app, 'Lighthouses', 'The keeper climbed the spiral stairs every evening at dusk.', ['sea']);
    seed(app, 'Markets', 'Apples, pears and the smell of fresh bread.', ['food']);
    await app.reload();

    await page.getByLabel('Search drafts').fill('spir');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await results.getByRole('option').first().waitFor();
    await expect.poll(() => results.getByRole('option').count()).toBe(1);
    await expect.poll(() => results.locator('mark').first().innerText()).toMatch(/^spir/i);
    await app.screenshot('search-light');
    await results.getByRole('option').first().click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Lighthouses');
    await page.getByLabel('Search drafts').press('Escape');

    // Quick open: Ctrl+K, type, Enter.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Open a draft' });
    await palette.waitFor();
    await palette.getByLabel('Search drafts to open').fill('pears');
    await palette.getByRole('option', { name: /Markets/ }).waitFor();
    await app.screenshot('quick-open-light');
    await palette.getByLabel('Search drafts to open').press('Enter');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Markets');
  });

  it('shows what changed since a version and restores it, undoably', async () => {
    app = await launchApp();
    const { page } = app;
    seed(app, 'Drafting', 'The first version of this sentence.');
    await app.reload();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Save this version…' }).click();
    await page.getByLabel('Version name').fill('First thoughts');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: /First thoughts/ }).waitFor();

    // Change the text, then compare with the named version.
    await page.locator('.prose-editor').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('The second version of this sentence.');
    await saved(app).waitFor();
    await page.getByRole('button', { name: /First thoughts/ }).click();
    const diff = page.getByTestId('revision-diff');
    await expect.poll(() => diff.locator('del').allInnerTexts()).toEqual([expect.stringContaining('first')]);
    await expect.poll(() => diff.locator('ins').allInnerTexts()).toEqual([expect.stringContaining('second')]);
    await app.screenshot('history-light');

    await page.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.locator('.prose-editor').innerText()).toContain('The first version of this sentence.');
    const id = app.services.drafts.resolve('drafting').id;
    await expect.poll(() => app?.services.drafts.get(id).excerpt).toBe('The first version of this sentence.');
    // The text before the restore is in the history, so the restore can be undone.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: /Before a restore/ }).waitFor();
  });

  it('keeps the sidebar light with 10,000 drafts: only the visible rows exist', async () => {
    app = await launchApp();
    const { page } = app;
    const insert = app.services.db.transaction(() => {
      for (let i = 1; i <= 10_000; i += 1) app?.services.drafts.create({ title: `Note ${String(i).padStart(5, '0')}`, author: 'Ada' });
    });
    insert();
    await app.reload();
    const nav = page.getByRole('navigation', { name: 'Library sections' });
    await expect.poll(() => nav.getByRole('button', { name: /All drafts/ }).innerText()).toMatch(/All drafts\s*10,000/);
    const list = page.getByRole('listbox', { name: 'All drafts' });
    await list.getByRole('option', { name: /Note 10000/ }).waitFor();
    expect(await list.getByRole('option').count()).toBeLessThan(60);
    // Scroll to the very end: the oldest draft is there, loaded on demand.
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await list.getByRole('option', { name: /Note 00001/ }).waitFor();
    expect(await list.getByRole('option').count()).toBeLessThan(60);
    await list.getByRole('option', { name: /Note 00001/ }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Note 00001');
  }, 60_000);

  it('pastes and drops images: copied into the library once, shown in the editor and the preview', async () => {
    app = await launchApp();
    const { page } = app;
    seed(app, 'Pictures', 'Here is the view:');
    await app.reload();
    await page.locator('.prose-editor').click();
    await page.keyboard.press('End');
    // A real 2x2 PNG, pasted the way a browser delivers a copied image.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4EaABRAwQCgAljgUBqTNxyAAAAABJRU5ErkJggg==';
    await page.locator('.prose-editor').evaluate((editor, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'view.png', { type: 'image/png' }));
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, png);
    const image = page.locator('.prose-editor img');
    await image.waitFor();
    await expect.poll(() => image.getAttribute('src')).toMatch(/^library-assets\/[0-9a-f]{64}\.png$/);
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2);
    await saved(app).waitFor();
    const preview = page.frameLocator('iframe.preview-frame').locator('.post-body img');
    await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2);

    // Dropping a file works the same way; the same bytes are stored once.
    await page.locator('.prose-editor p').first().evaluate((paragraph, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'again.png', { type: 'image/png' }));
      const box = paragraph.getBoundingClientRect();
      paragraph.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: box.left + 5, clientY: box.top + 5, bubbles: true, cancelable: true }));
    }, png);
    await expect.poll(() => image.count()).toBe(2);
    const sources = await image.evaluateAll((images) => images.map((img) => img.getAttribute('src')));
    expect(new Set(sources).size).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
