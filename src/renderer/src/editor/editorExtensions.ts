import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { schemaExtensions } from '../../../shared/editor/extensions';
import { HighlightedCodeBlock } from './codeHighlight';
import { CurrentBlock } from './currentBlock';
import type { EditorUi } from './formatActions';
import { ExtraKeys, LinkShortcut } from './keyboardShortcuts';
import { LinkEditing } from './linkEditing';
import { MarkdownShortcuts } from './markdownShortcuts';
import { PasteCleanup } from './pasteCleanup';
import { SlashCommands, type SlashMenuController } from './slashCommands';
import { writingPreferenceExtensions } from './writingPreferenceExtensions';

export interface EditorExtensionOptions {
  placeholder: string;
  /** Where the slash menu's state goes, for React to draw it. */
  slashMenu: SlashMenuController;
  /** The image picker and the link popover, for the slash menu and the shortcuts. */
  ui: EditorUi;
}

/**
 * The editor's extensions: the shared post schema (so the editor cannot write what the
 * renderer cannot read) plus what only the editor needs. The code block is swapped for the
 * highlighting one, with the same name and attributes, so the schemas stay equal.
 */
export function editorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  return [
    ...schemaExtensions({ codeBlock: HighlightedCodeBlock }),
    Placeholder.configure({ placeholder: options.placeholder }),
    MarkdownShortcuts,
    ExtraKeys,
    LinkEditing,
    LinkShortcut,
    SlashCommands.configure({ controller: options.slashMenu, ui: options.ui }),
    PasteCleanup,
    CurrentBlock,
    ...writingPreferenceExtensions,
  ];
}
