import { beforeEach, describe, expect, it } from 'vitest';
import { blockTypes, docJson, selectBack, setDoc, textRuns, useEmptyDraftApp, clickToolbar as clickToolbarButton } from './harness/editorPage';
import type { AppHarness } from './harness/launchApp';

let app: AppHarness;
useEmptyDraftApp((opened) => {
  app = opened;
});
beforeEach(async () => {
  await setDoc(app.page, '<p></p>');
});

const toolbar = () => app.page.getByRole('toolbar', { name: 'Formatting' });

const clickToolbar = (label: string): Promise<void> => clickToolbarButton(app.page, label);

// Marks: [toolbar label, shortcut (Linux: Mod is Control), what to type instead, mark name]
const MARKS: [string, string, string | null, string][] = [
  ['Bold', 'Control+b', '**word** ', 'bold'],
  ['Italic', 'Control+i', '*word* ', 'italic'],
  ['Underline', 'Control+u', null, 'underline'],
  ['Strikethrough', 'Control+Shift+x', '~~word~~ ', 'strike'],
  ['Inline code', 'Control+e', '`word` ', 'code'],
  ['Highlight', 'Control+Shift+h', '==word== ', 'highlight'],
];

describe('marks', () => {
  it.each(MARKS)('%s from the toolbar, with its pressed state', async (label, _keys, _markdown, mark) => {
    const { page } = app;
    await page.keyboard.type('A word');
    await selectBack(page, 4);
    await clickToolbar(label);
    expect(await textRuns(page)).toEqual([
      ['A ', []],
      ['word', [mark]],
    ]);
    await expect.poll(() => toolbar().getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it.each(MARKS)('%s with its shortcut', async (_label, keys, _markdown, mark) => {
    const { page } = app;
    await page.keyboard.type('A word');
    await selectBack(page, 4);
    await page.keyboard.press(keys);
    expect(await textRuns(page)).toEqual([
      ['A ', []],
      ['word', [mark]],
    ]);
  });

  it.each(MARKS.filter(([, , markdown]) => markdown !== null))('%s from Markdown while typing', async (_label, _keys, markdown, mark) => {
    const { page } = app;
    await page.keyboard.type(`A ${markdown ?? ''}`);
    const runs = await textRuns(page);
    expect(runs.find(([text]) => text === 'word')).toEqual(['word', [mark]]);
    expect(runs.map(([text]) => text).join('')).not.toMatch(/[*~=`]/);
  });
});

// Blocks: [toolbar label, shortcut, Markdown typed at the start of a line, the block it makes]
const BLOCKS: [string, string, string, string][] = [
  ['Heading', 'Control+Alt+2', '# ', 'heading2'],
  ['Subheading', 'Control+Alt+3', '### ', 'heading3'],
  ['Small heading', 'Control+Alt+4', '#### ', 'heading4'],
  ['Bulleted list', 'Control+Shift+8', '- ', 'bulletList'],
  ['Numbered list', 'Control+Shift+7', '1. ', 'orderedList'],
  ['Checklist', 'Control+Shift+9', '- [ ] ', 'taskList'],
  ['Quote', 'Control+Shift+b', '> ', 'blockquote'],
  ['Code block', 'Control+Alt+c', '``` ', 'codeBlock'],
];

const STYLE_VALUES: Record<string, string> = { Heading: 'heading2', Subheading: 'heading3', 'Small heading': 'heading4' };

it('the style menu works from the keyboard', async () => {
  const { page } = app;
  await setDoc(page, '<p>Words</p>');
  const button = toolbar().getByRole('button', { name: /^Paragraph style/ });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitemradio');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect((await blockTypes(page))[0]).toBe('heading2');
  await expect.poll(() => button.getAttribute('aria-label')).toBe('Paragraph style: Heading');
});

describe('blocks', () => {
  it.each(BLOCKS)('%s from the toolbar', async (label, _keys, _markdown, block) => {
    const { page } = app;
    await page.keyboard.type('Words');
    const style = STYLE_VALUES[label];
    if (style) {
      await toolbar().getByRole('button', { name: /^Paragraph style/ }).click();
      await toolbar().getByRole('menuitemradio', { name: new RegExp(`^${label}`) }).click();
    } else await clickToolbar(label);
    expect((await blockTypes(page))[0]).toBe(block);
    if (!style) await expect.poll(() => toolbar().getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('true');
    else await expect.poll(() => toolbar().getByRole('button', { name: /^Paragraph style/ }).getAttribute('aria-label')).toBe(`Paragraph style: ${label}`);
  });

  it.each(BLOCKS)('%s with its shortcut', async (_label, keys, _markdown, block) => {
    const { page } = app;
    await page.keyboard.type('Words');
    await page.keyboard.press(keys);
    expect((await blockTypes(page))[0]).toBe(block);
  });

  it.each(BLOCKS)('%s from Markdown while typing', async (_label, _keys, markdown, block) => {
    const { page } = app;
    await page.keyboard.type(`${markdown}Words`);
    expect((await blockTypes(page))[0]).toBe(block);
    expect(JSON.stringify(await docJson(page))).toContain('"text":"Words"');
  });

  it('"## " also makes a heading, "- [x] " a ticked item, "1) " a numbered list', async () => {
    const { page } = app;
    await page.keyboard.type('## Two');
    expect((await blockTypes(page))[0]).toBe('heading2');
    await setDoc(page, '<p></p>');
    await page.keyboard.type('- [x] Done');
    const doc = await docJson(page);
    expect(doc.content?.[0]?.type).toBe('taskList');
    expect(doc.content?.[0]?.content?.[0]?.attrs?.checked).toBe(true);
    await setDoc(page, '<p></p>');
    await page.keyboard.type('1) First');
    expect((await blockTypes(page))[0]).toBe('orderedList');
  });

  it('a divider from the toolbar, its shortcut and "---"', async () => {
    const { page } = app;
    await clickToolbar('Divider');
    expect(await blockTypes(page)).toContain('horizontalRule');
    await setDoc(page, '<p></p>');
    await page.keyboard.press('Control+Alt+-');
    expect(await blockTypes(page)).toContain('horizontalRule');
    await setDoc(page, '<p></p>');
    await page.keyboard.type('---');
    expect(await blockTypes(page)).toContain('horizontalRule');
  });

  it('undo and redo from the toolbar and the keyboard', async () => {
    const { page } = app;
    await page.keyboard.type('Kept');
    // The undo history starts with the typing: setContent is not undoable.
    await clickToolbar('Undo');
    expect(await textRuns(page)).toEqual([]);
    await clickToolbar('Redo');
    expect(await textRuns(page)).toEqual([['Kept', []]]);
    await page.keyboard.press('Control+z');
    expect(await textRuns(page)).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    expect(await textRuns(page)).toEqual([['Kept', []]]);
  });
});

describe('a long post', () => {
  it('typing in 100,000 words leaves the toolbar alone: no re-render reaches its DOM', async () => {
    const { page } = app;
    const words = 'the night train runs south through the dark fields while the conductor counts tickets and the tea grows cold'.split(' ');
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `<p>${Array.from({ length: 20 }, (_, j) => words[(i + j) % words.length]).join(' ')}</p>`);
    await setDoc(page, paragraphs.join(''));
    await page.evaluate(() => {
      const target = document.querySelector('.format-toolbar');
      if (!target) throw new Error('No toolbar');
      const log: string[] = [];
      new MutationObserver((records) => log.push(...records.map((r) => r.type))).observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      (window as unknown as { toolbarMutations: string[] }).toolbarMutations = log;
    });
    await page.keyboard.type(' and on it goes');
    // The toolbar's state is worked out when the page is idle: wait for that, then count.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    expect(await page.evaluate(() => (window as unknown as { toolbarMutations: string[] }).toolbarMutations)).toEqual([]);
    expect((await textRuns(page)).at(-1)?.[0]).toMatch(/and on it goes$/);
  });
});
