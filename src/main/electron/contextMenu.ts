import type { BrowserWindow, ContextMenuParams, Menu, MenuItemConstructorOptions, WebContents } from 'electron';

/** Chromium may offer many guesses; a handful keeps the menu readable. */
export const MAX_SPELLING_SUGGESTIONS = 6;

export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu: spelling guesses for a misspelled word (and "Add to Dictionary"),
 * then cut, copy and paste in text that can be edited, or copy in a selection that cannot.
 * Empty where there is nothing to offer, so no empty menu appears.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const { isEditable, selectionText, misspelledWord, dictionarySuggestions, editFlags } = facts;
  const items: MenuItemConstructorOptions[] = [];
  if (isEditable && misspelledWord) {
    const guesses = dictionarySuggestions.slice(0, MAX_SPELLING_SUGGESTIONS);
    if (guesses.length === 0) items.push({ label: 'No Guesses Found', enabled: false });
    for (const guess of guesses) items.push({ label: guess, click: () => actions.replaceMisspelling(guess) });
    items.push(
      { type: 'separator' },
      { label: 'Add to Dictionary', click: () => actions.addToDictionary(misspelledWord) },
      { type: 'separator' },
    );
  }
  if (isEditable) {
    items.push(
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    );
  } else if (selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: editFlags.canCopy });
  }
  return items;
}

/** Shows contextMenuTemplate's menu on right-click in the window's page. */
export function installContextMenu(window: BrowserWindow, menu: Pick<typeof Menu, 'buildFromTemplate'>): void {
  const contents: WebContents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
    });
    if (template.length > 0) menu.buildFromTemplate(template).popup({ window });
  });
}
