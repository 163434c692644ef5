import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

let app: AppHarness | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(stopBrowser);

const saved = (harness: AppHarness) => harness.page.getByTestId('save-state').filter({ hasText: /^Saved$/ });
const preview = (harness: AppHarness) => harness.page.frameLocator('iframe.preview-frame');

/**
 * Opens a draft, lets another writer (the CLI, say) save it first, then types "Mine." in the
 * window: the window's next save starts from an old version.
 */
async function typeIntoDraftChangedElsewhere(harness: AppHarness) {
  const { page } = harness;
  const draft = harness.services.drafts.create({ title: 'Shared', author: 'Ada' });
  await harness.reload();
  await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Shared');
  harness.services.drafts.save({ id: draft.id, baseVersion: draft.version, title: 'Changed by the CLI', author: 'Ada', date: draft.date, doc: draft.doc });
  await page.locator('.prose-editor').click();
  await page.keyboard.type('Mine.');
  return draft;
}

describe('writing a draft', () => {
  it('creates, autosaves, survives a reload, previews and exports a post', async () => {
    app = await launchApp();
    const { page } = app;

    await expect.poll(() => page.getByRole('heading', { name: 'Your library is empty' }).isVisible()).toBe(true);
    await app.screenshot('empty-library-light');

    await page.getByRole('button', { name: 'Start your first draft' }).click();
    const title = page.getByLabel('Title');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill('Notes from the night train');
    await page.getByLabel('Author').fill('Ada Lovelace');
    await title.press('Enter'); // moves to the editor
    await page.keyboard.type('The conductor said "we are late" -- and smiled. ');
    await page.keyboard.type("It's fine; the tea is hot.");
    await page.keyboard.press('Enter');
    await page.keyboard.type('Outside, the fields went by in the dark.');

    await saved(app).waitFor();
    const body = page.locator('.prose-editor');
    // Typography input rules: smart quotes and an em dash.
    await expect.poll(() => body.innerText()).toContain('said “we are late” — and smiled.');
    await expect.poll(() => body.innerText()).toContain('It’s fine');

    const row = page.getByRole('option').first();
    await expect.poll(() => row.innerText()).toContain('Notes from the night train');
    await expect.poll(() => page.getByTestId('word-count').innerText()).toBe('22 words');
    await expect.poll(() => page.getByTestId('reading-time').innerText()).toBe('1 min read');

    // The live preview shows the post as it will be published.
    const frame = preview(app);
    await frame.locator('.post-body p', { hasText: 'fields went by' }).waitFor();
    await expect.poll(() => frame.locator('.post-title').innerText()).toBe('Notes from the night train');
    await expect.poll(() => frame.locator('.post-writer').innerText()).toBe('Writer: Ada Lovelace');
    await expect.poll(() => frame.locator('.post-date').innerText()).toBe('November 29, 2026');
    await expect.poll(() => frame.locator('.post-reading-time').innerText()).toBe('1 min read');
    await app.screenshot('draft-light');

    // Reload: everything comes back from SQLite.
    await app.reload();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Notes from the night train');
    await expect.poll(() => page.getByLabel('Author').inputValue()).toBe('Ada Lovelace');
    await expect.poll(() => page.locator('.prose-editor').innerText()).toContain('said “we are late” — and smiled.');
    await expect.poll(() => page.locator('.prose-editor').innerText()).toContain('Outside, the fields went by in the dark.');
    const stored = app.services.drafts.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.title).toBe('Notes from the night train');

    // Export through the save dialog to one standalone HTML file.
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-export-')), 'night-train.html');
    app.nextSavePath = out;
    await page.getByRole('button', { name: 'Export HTML' }).click();
    await page.getByRole('status').filter({ hasText: `Exported to ${out}` }).waitFor();
    expect(app.savePathsAsked).toEqual(['notes-from-the-night-train.html']);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<h1 class="post-title">Notes from the night train</h1>');
    expect(html).toContain('Writer: Ada Lovelace');
    expect(html).toContain('November 29, 2026');
    expect(html).toContain('1 min read');
    expect(html).toContain('said “we are late” — and smiled.');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link /);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });

    expect(app.errors).toEqual([]);
  });

  it('cancelling the export dialog writes nothing and says nothing', async () => {
    app = await launchApp();
    app.services.drafts.create({ title: 'Quiet', author: 'Ada' });
    await app.reload();
    app.nextSavePath = null;
    await app.page.getByRole('button', { name: 'Export HTML' }).click();
    await expect.poll(() => app?.savePathsAsked.length).toBe(1);
    // A second export that is not cancelled: its notice must be the only one.
    const out = path.join(app.dataDir, 'quiet.html');
    app.nextSavePath = out;
    await app.page.getByRole('button', { name: 'Export HTML' }).click();
    await app.page.locator('.toast').first().waitFor();
    await expect.poll(() => app?.page.locator('.toast').allInnerTexts()).toEqual([expect.stringContaining(`Exported to ${out}`)]);
    expect(fs.readdirSync(app.dataDir).filter((f) => f.endsWith('.html'))).toEqual(['quiet.html']);
  });

  it('lists drafts newest first and switches between them without losing words', async () => {
    app = await launchApp();
    const { page } = app;
    app.services.drafts.create({ title: 'Older post', author: 'Ada' });
    app.services.drafts.create({ title: 'Newer post', author: 'Ada' });
    await app.reload();
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toEqual([
      expect.stringContaining('Newer post'),
      expect.stringContaining('Older post'),
    ]);
    // The newest draft opens first; type into it and switch away before the autosave fires.
    await page.locator('.prose-editor').click();
    await page.keyboard.type('Written just before switching.');
    await page.getByRole('option', { name: /Older post/ }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Older post');
    await expect.poll(() => app?.services.drafts.list()[0]?.excerpt).toBe('Written just before switching.');
    // The edited draft moved to the top.
    await expect.poll(() => page.getByRole('option').first().innerText()).toContain('Newer post');
  });

  it('moves a draft to the trash, with undo, and deletes only from the trash after confirmation', async () => {
    app = await launchApp();
    const { page } = app;
    app.services.drafts.create({ title: 'Keep me', author: 'Ada' });
    app.services.drafts.create({ title: 'Delete me', author: 'Ada' });
    await app.reload();

    await page.getByRole('button', { name: 'Move to trash' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Moved “Delete me” to the trash.' });
    await notice.waitFor();
    await expect.poll(() => app?.services.drafts.list().map((d) => d.title)).toEqual(['Keep me']);
    // Undo brings it straight back.
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app?.services.drafts.list().map((d) => d.title).sort()).toEqual(['Delete me', 'Keep me']);

    // The menu command moves the open draft to the trash too.
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Delete me');
    await app.emit('menu:command', 'delete-draft');
    await expect.poll(() => app?.services.drafts.list().map((d) => d.title)).toEqual(['Keep me']);

    // In the trash: read-only, restorable, and deletable for good only after a question.
    await page.getByRole('navigation', { name: 'Library sections' }).getByRole('button', { name: /^Trash/ }).click();
    await page.getByRole('option', { name: /Delete me/ }).click();
    await page.getByText('This draft is in the trash.').waitFor();
    await page.getByRole('button', { name: 'Delete forever…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('“Delete me” and its history will be deleted');
    await app.screenshot('delete-forever-confirmation-light');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(app.services.drafts.get(app.services.drafts.resolve('delete-me').id).trashedAt).not.toBeNull();
    await page.getByRole('button', { name: 'Delete forever…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await expect.poll(() => app?.services.drafts.resolve('keep-me').title).toBe('Keep me');
    await expect.poll(() => { try { app?.services.drafts.resolve('delete-me'); return 'still there'; } catch { return 'gone'; } }).toBe('gone');
    await page.getByText('The trash is empty.').waitFor();
  });

  it('saves the last keystrokes when the window closes', async () => {
    app = await launchApp();
    const { page } = app;
    app.services.drafts.create({ title: 'Closing time', author: 'Ada' });
    await app.reload();
    await page.locator('.prose-editor').click();
    await page.keyboard.type('Last words.');
    await app.emit('app:before-close', null);
    await expect.poll(() => app?.readyToCloseCalls).toBe(1);
    expect(app.services.drafts.list()[0]?.excerpt).toBe('Last words.');
  });

  it('shows a clear error when the draft changed elsewhere, and saves nothing over it', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = await typeIntoDraftChangedElsewhere(app);
    await page.getByTestId('save-state').filter({ hasText: 'Not saved' }).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: 'was changed elsewhere' });
    await banner.waitFor();
    expect(app.services.drafts.get(draft.id).title).toBe('Changed by the CLI');
    await app.screenshot('save-conflict-light');

    // The writer decides: here, their own version wins, and nothing of it is lost.
    await banner.getByRole('button', { name: 'Keep my version' }).click();
    await saved(app).waitFor();
    await expect.poll(() => app?.services.drafts.get(draft.id).title).toBe('Shared');
    expect(app.services.drafts.get(draft.id).excerpt).toBe('Mine.');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  });

  it('after a conflict, can load the other version instead', async () => {
    app = await launchApp();
    const { page } = app;
    const draft = await typeIntoDraftChangedElsewhere(app);
    await page.getByRole('button', { name: 'Load the other version' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Changed by the CLI');
    await saved(app).waitFor();
    expect(app.services.drafts.get(draft.id).title).toBe('Changed by the CLI');
    expect(app.services.drafts.get(draft.id).excerpt).toBe('');
    await expect.poll(() => page.getByRole('option').first().innerText()).toContain('Changed by the CLI');
  });

  it('looks right in dark mode', async () => {
    app = await launchApp({ colorScheme: 'dark' });
    const { page } = app;
    const draft = app.services.drafts.create({ title: 'A quiet evening', author: 'Ada Lovelace' });
    app.services.drafts.save({
      id: draft.id,
      baseVersion: draft.version,
      title: 'A quiet evening',
      author: 'Ada Lovelace',
      date: draft.date,
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The lamps came on one by one along the river, and the city settled into its evening voice.' }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What the river knows' }] },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Every draft is a letter to the writer you will be tomorrow.' }] }] },
        ],
      },
    });
    await app.reload();
    await preview(app).locator('.post-body h2').waitFor();
    // Opening a draft is not editing it: nothing is saved, nothing reorders.
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Saved');
    expect(app.services.drafts.get(draft.id).version).toBe(2);
    await app.screenshot('draft-dark');
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('radio', { name: 'Draft' }).waitFor();
    await app.screenshot('details-panel-dark');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: /Autosaved/ }).first().click();
    await page.getByTestId('revision-diff').waitFor();
    await app.screenshot('history-dark');
    expect(app.errors).toEqual([]);
  });
});
