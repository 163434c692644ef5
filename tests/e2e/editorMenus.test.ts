import { beforeEach, describe, expect, it } from 'vitest';
import { blockTypes, docJson, selectBack, setDoc, textRuns, useEmptyDraftApp, clickToolbar as clickToolbarButton } from './harness/editorPage';
import type { AppHarness } from './harness/launchApp';

let app: AppHarness;
useEmptyDraftApp((opened) => {
  app = opened;
});
beforeEach(async () => {
  await app.page.keyboard.press('Escape');
  await setDoc(app.page, '<p></p>');
});

const toolbar = () => app.page.getByRole('toolbar', { name: 'Formatting' });
const bubble = () => app.page.getByRole('toolbar', { name: 'Format the selection' });
const linkForm = () => app.page.getByRole('form', { name: 'Edit link' });

const clickToolbar = (label: string): Promise<void> => clickToolbarButton(app.page, label);

function linkHrefs(doc: Awaited<ReturnType<typeof docJson>>): [string, string][] {
  const links: [string, string][] = [];
  const walk = (node: typeof doc): void => {
    const link = node.marks?.find((m) => m.type === 'link');
    if (link) links.push([node.text ?? '', String(link.attrs?.href)]);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return links;
}

describe('the bubble menu on a selection', () => {
  it('formats the selected words and shows what is applied', async () => {
    const { page } = app;
    await page.keyboard.type('A word');
    await selectBack(page, 4);
    await bubble().waitFor();
    await bubble().getByRole('button', { name: 'Italic' }).click();
    await bubble().getByRole('button', { name: 'Highlight' }).click();
    expect(await textRuns(page)).toEqual([
      ['A ', []],
      ['word', ['italic', 'highlight']],
    ]);
    await expect.poll(() => bubble().getByRole('button', { name: 'Italic' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => bubble().getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('false');
    // A caret has nothing to format: the bubble goes.
    await page.keyboard.press('End');
    await bubble().waitFor({ state: 'hidden' });
  });

  it('links the selection from its Link button', async () => {
    const { page } = app;
    await page.keyboard.type('Read the guide');
    await selectBack(page, 5);
    await bubble().getByRole('button', { name: 'Link' }).click();
    await expect.poll(() => linkForm().getByLabel('Link address').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('example.com/guide');
    await page.keyboard.press('Enter');
    expect(linkHrefs(await docJson(page))).toEqual([['guide', 'https://example.com/guide']]);
    await linkForm().waitFor({ state: 'hidden' });
  });
});

describe('the link popover', () => {
  it('checks the address: web and email links only, https:// added to a bare domain', async () => {
    const { page } = app;
    await page.keyboard.type('Write to me');
    await selectBack(page, 2);
    await clickToolbar('Link');
    const address = linkForm().getByLabel('Link address');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await expect.poll(() => linkForm().getByRole('alert').innerText()).toContain('Only web (http, https) and email (mailto) links');
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    await address.fill('ada@example.com');
    await address.press('Enter');
    expect(linkHrefs(await docJson(page))).toEqual([['me', 'mailto:ada@example.com']]);
  });

  it('Mod-K links selected words; with nothing selected, and outside the text, it opens quick open', async () => {
    const { page } = app;
    await page.keyboard.type('Some words');
    await selectBack(page, 5);
    await page.keyboard.press('Control+k');
    await expect.poll(() => linkForm().getByLabel('Link address').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Open a draft' }).count()).toBe(0);
    await page.keyboard.type('https://inkpress.app');
    await page.keyboard.press('Enter');
    expect(linkHrefs(await docJson(page))).toEqual([['words', 'https://inkpress.app']]);

    // A caret in plain text (no selection, not in a link): quick open, as everywhere.
    await setDoc(page, '<p>Plain words</p>');
    await page.keyboard.press('Control+k');
    const quickOpen = page.getByRole('dialog', { name: 'Open a draft' });
    await quickOpen.waitFor();
    await page.keyboard.press('Escape');
    await quickOpen.waitFor({ state: 'detached' });
    await page.getByLabel('Title').click();
    await page.keyboard.press('Control+k');
    await quickOpen.waitFor();
    await page.keyboard.press('Escape');
    await quickOpen.waitFor({ state: 'detached' });
  });

  it('shows the link under the cursor, edits and removes it', async () => {
    const { page } = app;
    await setDoc(page, '<p>See <a href="https://example.com/a">the notes</a> here</p>');
    await page.locator('.prose-editor a').click();
    const preview = page.locator('.link-preview');
    await expect.poll(() => preview.innerText()).toContain('https://example.com/a');
    await preview.getByRole('button', { name: 'Edit link' }).click();
    const address = linkForm().getByLabel('Link address');
    await expect.poll(() => address.inputValue()).toBe('https://example.com/a');
    await address.fill('https://example.com/b');
    await address.press('Enter');
    expect(linkHrefs(await docJson(page))).toEqual([['the notes', 'https://example.com/b']]);
    await page.keyboard.press('ArrowLeft'); // from the link's words, selected by the edit, to a caret in it
    await page.keyboard.press('ArrowRight');
    await page.locator('.link-preview').getByRole('button', { name: 'Remove link' }).click();
    expect(linkHrefs(await docJson(page))).toEqual([]);
    expect(await textRuns(page)).toEqual([['See the notes here', []]]);
  });

  it('with nothing selected, asks for the words too', async () => {
    const { page } = app;
    await page.keyboard.type('Go to ');
    await clickToolbar('Link');
    await linkForm().getByLabel('Link text').fill('the shop');
    await linkForm().getByLabel('Link address').fill('shop.example.org');
    await linkForm().getByRole('button', { name: 'Apply' }).click();
    expect(linkHrefs(await docJson(page))).toEqual([['the shop', 'https://shop.example.org']]);
  });

  it('Escape closes the form and leaves the text as it was', async () => {
    const { page } = app;
    await page.keyboard.type('Unchanged');
    await selectBack(page, 3);
    await page.keyboard.press('Control+k');
    await expect.poll(() => linkForm().getByLabel('Link address').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('example.com');
    await page.keyboard.press('Escape');
    await linkForm().waitFor({ state: 'hidden' });
    expect(linkHrefs(await docJson(page))).toEqual([]);
  });
});

describe('the slash menu', () => {
  const menu = () => app.page.getByRole('listbox', { name: 'Insert a block' });

  it('opens on "/" at the start of a line, filters as you type, inserts with Enter', async () => {
    const { page } = app;
    await page.keyboard.type('/');
    await menu().waitFor();
    expect(await menu().getByRole('option').count()).toBe(12);
    await page.keyboard.type('tab');
    await expect.poll(() => menu().getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Table')]);
    await page.keyboard.press('Enter');
    await menu().waitFor({ state: 'detached' });
    expect((await blockTypes(page))[0]).toBe('table');
    expect(JSON.stringify(await docJson(page))).not.toContain('/tab');
  });

  it('moves with the arrow keys and closes with Escape, keeping the text typed', async () => {
    const { page } = app;
    await page.keyboard.type('/');
    await menu().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => menu().getByRole('option', { selected: true }).innerText()).toContain('Small heading');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect((await blockTypes(page))[0]).toBe('heading3');

    await setDoc(page, '<p></p>');
    await page.keyboard.type('/quo');
    await menu().waitFor();
    await page.keyboard.press('Escape');
    await menu().waitFor({ state: 'detached' });
    expect(await textRuns(page)).toEqual([['/quo', []]]);
  });

  it('opens after a space, not inside a word, and inserts with a click', async () => {
    const { page } = app;
    await page.keyboard.type('and/or');
    expect(await menu().count()).toBe(0);
    await page.keyboard.type(' /div');
    await menu().getByRole('option', { name: /Divider/ }).click();
    expect(await blockTypes(page)).toContain('horizontalRule');
    expect(await textRuns(page)).toEqual([['and/or ', []]]);
  });
});

describe('code blocks', () => {
  it('highlights code and sets its language from the picker', async () => {
    const { page } = app;
    await page.keyboard.type('```python ');
    await page.keyboard.type('def greet(name):\n    return "hi " + name');
    const picker = page.getByRole('combobox', { name: 'Code language' });
    await expect.poll(() => picker.inputValue()).toBe('python');
    await expect.poll(() => page.locator('.prose-editor pre .hljs-keyword').first().innerText()).toBe('def');
    await picker.selectOption('javascript');
    expect((await docJson(page)).content?.[0]?.attrs?.language).toBe('javascript');
    await picker.selectOption('');
    expect((await docJson(page)).content?.[0]?.attrs?.language).toBe(null);
  });
});

describe('tables', () => {
  it('inserts 3×3 with a header row; adds and deletes rows and columns; toggles the header; deletes the table', async () => {
    const { page } = app;
    await clickToolbar('Table');
    const table = page.locator('.prose-editor table');
    await table.waitFor();
    const rows = () => table.locator('tr').count();
    const columns = () => table.locator('tr').first().locator('th, td').count();
    expect([await rows(), await columns(), await table.locator('th').count()]).toEqual([3, 3, 3]);
    await table.locator('td').first().click();
    const controls = page.getByRole('toolbar', { name: 'Table' });
    await controls.getByRole('button', { name: 'Add row below' }).click();
    await controls.getByRole('button', { name: 'Add column right' }).click();
    expect([await rows(), await columns()]).toEqual([4, 4]);
    await controls.getByRole('button', { name: 'Delete row' }).click();
    await controls.getByRole('button', { name: 'Delete column' }).click();
    expect([await rows(), await columns()]).toEqual([3, 3]);
    await expect.poll(() => controls.getByRole('button', { name: 'Header row' }).getAttribute('aria-pressed')).toBe('true');
    await controls.getByRole('button', { name: 'Header row' }).click();
    await expect.poll(() => table.locator('th').count()).toBe(0);
    await controls.getByRole('button', { name: 'Delete table' }).click();
    await table.waitFor({ state: 'detached' });
  });
});

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4EaABRAwQCgAljgUBqTNxyAAAAABJRU5ErkJggg==';

describe('images', () => {
  it('inserts from the toolbar, and takes alt text and a caption shown under it', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await clickToolbar('Image');
    await (await chooser).setFiles({ name: 'dawn.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    const image = page.locator('.prose-editor img');
    await image.waitFor();
    await image.click();
    const details = page.getByRole('group', { name: 'Image details' });
    await details.getByLabel('Alt text').fill('The sea at dawn');
    await details.getByLabel('Caption').fill('Venice, 6 a.m.');
    await expect.poll(() => page.locator('.prose-editor figcaption').innerText()).toBe('Venice, 6 a.m.');
    const node = (await docJson(page)).content?.find((n) => n.type === 'image');
    expect(node?.attrs).toMatchObject({ alt: 'The sea at dawn', caption: 'Venice, 6 a.m.' });
    expect(String(node?.attrs?.src)).toMatch(/^library-assets\/[0-9a-f]{64}\.png$/);
  });
});

describe('footnotes', () => {
  it('inserts from the toolbar, the shortcut and the slash menu, each with its text', async () => {
    const { page } = app;
    await page.keyboard.type('A claim');
    await clickToolbar('Footnote');
    const note = page.getByLabel(/Footnote \d/);
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Source: the archive.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' and another');
    await page.keyboard.press('Control+Alt+f');
    await expect.poll(() => page.getByLabel('Footnote 2').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Second note.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' /foot');
    await page.getByRole('option', { name: /Footnote/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Footnote 3').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Third.');
    await page.keyboard.press('Enter');
    const notes: string[] = [];
    const walk = (node: Awaited<ReturnType<typeof docJson>>): void => {
      if (node.type === 'footnote') notes.push(String(node.attrs?.text));
      for (const child of node.content ?? []) walk(child);
    };
    walk(await docJson(page));
    expect(notes).toEqual(['Source: the archive.', 'Second note.', 'Third.']);
    expect(await page.locator('.prose-editor sup.footnote-ref').count()).toBe(3);
  });

  it('an empty footnote left with Escape goes away', async () => {
    const { page } = app;
    await page.keyboard.type('Nothing to add');
    await page.keyboard.press('Control+Alt+f');
    await expect.poll(() => page.getByLabel('Footnote 1').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.prose-editor sup.footnote-ref').count()).toBe(0);
  });
});

describe('the keyboard cheat sheet', () => {
  it('opens with Mod-/ and the ? button, listing every shortcut for this platform', async () => {
    const { page } = app;
    await page.keyboard.press('Control+/');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const bold = sheet.locator('.shortcut-row', { hasText: 'Bold' });
    await expect.poll(() => bold.locator('kbd').allInnerTexts()).toEqual(['Ctrl', 'B']);
    await expect.poll(() => sheet.locator('.shortcut-row', { hasText: 'Footnote' }).locator('kbd').allInnerTexts()).toEqual(['Ctrl', 'Alt', 'F']);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await toolbar().getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('tooltips name the same keys', async () => {
    await expect.poll(() => toolbar().getByRole('button', { name: 'Bold' }).getAttribute('data-tooltip')).toContain('Ctrl+B');
    await expect.poll(() => toolbar().getByRole('button', { name: 'Strikethrough' }).getAttribute('aria-keyshortcuts')).toBe('Control+Shift+x Control+Shift+s');
  });
});
