import { describe, it, expect, vi } from 'vitest';
import type { BrowserWindow, KeyboardEvent, Menu, MenuItem, MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, installContextMenu, MAX_SPELLING_SUGGESTIONS, type ContextMenuFacts } from '../../../src/main/electron/contextMenu';
import { asElectron, createFakeElectron, fakeEvent } from './fakeElectron';

const ALL_EDITS = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };
const NO_EDITS = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: false, canEditRichly: false };

function facts(overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts {
  return { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: ALL_EDITS, ...overrides };
}

function actions() {
  return { replaceMisspelling: vi.fn<(word: string) => void>(), addToDictionary: vi.fn<(word: string) => void>() };
}

/** A compact picture of the menu: a label, a role (with "(off)" when disabled), or "—". */
function shape(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => {
    if (item.type === 'separator') return '—';
    const name = item.label ?? item.role ?? '?';
    return item.enabled === false ? `${name} (off)` : name;
  });
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`menu item ${item?.label ?? '?'} has no click handler`);
  item.click({} as MenuItem, undefined, {} as KeyboardEvent);
}

describe('contextMenuTemplate', () => {
  it('offers the guesses for a misspelled word, Add to Dictionary, then the edit commands', () => {
    const template = contextMenuTemplate(facts({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tech'] }), actions());
    expect(shape(template)).toEqual(['the', 'ten', 'tech', '—', 'Add to Dictionary', '—', 'cut', 'copy', 'paste', '—', 'selectAll']);
  });

  it('replaces the word with the guess clicked, and adds the word itself to the dictionary', () => {
    const act = actions();
    const template = contextMenuTemplate(facts({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten'] }), act);
    click(template.find((item) => item.label === 'ten'));
    click(template.find((item) => item.label === 'Add to Dictionary'));
    expect(act.replaceMisspelling.mock.calls).toEqual([['ten']]);
    expect(act.addToDictionary.mock.calls).toEqual([['teh']]);
  });

  it('says so when there is no guess, and can still add the word', () => {
    const template = contextMenuTemplate(facts({ misspelledWord: 'Inkpress' }), actions());
    expect(shape(template).slice(0, 4)).toEqual(['No Guesses Found (off)', '—', 'Add to Dictionary', '—']);
  });

  it(`shows at most ${MAX_SPELLING_SUGGESTIONS} guesses`, () => {
    const many = Array.from({ length: 12 }, (_, i) => `guess${i}`);
    const template = contextMenuTemplate(facts({ misspelledWord: 'x', dictionarySuggestions: many }), actions());
    expect(template.filter((item) => item.label?.startsWith('guess'))).toHaveLength(MAX_SPELLING_SUGGESTIONS);
  });

  it('greys out the edit commands the page says cannot run', () => {
    const template = contextMenuTemplate(facts({ editFlags: { ...NO_EDITS, canPaste: true } }), actions());
    expect(shape(template)).toEqual(['cut (off)', 'copy (off)', 'paste', '—', 'selectAll (off)']);
  });

  it('offers only Copy on a selection in text that cannot be edited (the preview)', () => {
    expect(shape(contextMenuTemplate(facts({ isEditable: false, selectionText: 'quoted words' }), actions()))).toEqual(['copy']);
  });

  it('offers nothing where nothing is selected or editable', () => {
    expect(contextMenuTemplate(facts({ isEditable: false, selectionText: '  ' }), actions())).toEqual([]);
  });

  it('ignores a "misspelled" word outside editable text', () => {
    const template = contextMenuTemplate(facts({ isEditable: false, selectionText: 'teh', misspelledWord: 'teh', dictionarySuggestions: ['the'] }), actions());
    expect(shape(template)).toEqual(['copy']);
  });
});

describe('installContextMenu', () => {
  function setup() {
    const fake = createFakeElectron();
    const window = new fake.BrowserWindow();
    installContextMenu(asElectron<BrowserWindow>(window), asElectron<Pick<typeof Menu, 'buildFromTemplate'>>(fake.Menu));
    return { fake, window, built: fake.menuState.built };
  }

  it('pops the menu up over the window on right-click', () => {
    const { window, built } = setup();
    window.webContents.emit('context-menu', fakeEvent(), facts({ misspelledWord: 'teh', dictionarySuggestions: ['the'] }));
    expect(built).toHaveLength(1);
    expect(built[0]?.popups).toEqual([{ window }]);
  });

  it("replaces the misspelling in the window's page, and adds words to the session's dictionary", () => {
    const { fake, window, built } = setup();
    window.webContents.emit('context-menu', fakeEvent(), facts({ misspelledWord: 'teh', dictionarySuggestions: ['the'] }));
    const template = (built[0]?.template ?? []) as MenuItemConstructorOptions[];
    click(template.find((item) => item.label === 'the'));
    click(template.find((item) => item.label === 'Add to Dictionary'));
    expect(window.webContents.replacedMisspellings).toEqual(['the']);
    expect(fake.session.defaultSession.dictionaryWords).toEqual(['teh']);
  });

  it('shows no menu where there is nothing to offer', () => {
    const { window, built } = setup();
    window.webContents.emit('context-menu', fakeEvent(), facts({ isEditable: false }));
    expect(built).toEqual([]);
  });
});
