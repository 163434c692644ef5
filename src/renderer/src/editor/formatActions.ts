import type { ChainedCommands, Editor, Range } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { IconName } from './icons';
import type { ShortcutId } from './shortcuts';

/** What some actions need from the screen around the editor: a file picker, a popover. */
export interface EditorUi {
  pickImage(): void;
  editLink(): void;
}

interface ActionBase {
  label: string;
  icon: IconName;
  shortcut?: ShortcutId;
  isActive?(editor: Editor): boolean;
}

/** An action that is a chain of editor commands, so it can be dry-run (can()) and combined. */
export interface CommandAction extends ActionBase {
  command(chain: ChainedCommands): ChainedCommands;
}

/** An action that asks the writer something first (a file, a URL). */
export interface DialogAction extends ActionBase {
  open(ui: EditorUi): void;
  /** Whether what it would add fits here (no link or picture inside code, say). */
  canOpen(editor: Editor): boolean;
}

export type FormatAction = CommandAction | DialogAction;

const isCommand = (action: FormatAction): action is CommandAction => 'command' in action;

/** Puts a NodeSelection on the node just before the cursor, so its popover opens. */
const selectNodeBefore =
  (typeName: string) =>
  (chain: ChainedCommands): ChainedCommands =>
    chain.command(({ tr, dispatch }) => {
      // A dry run (can()) inserts nothing, so there is nothing to select yet.
      if (!dispatch) return true;
      const pos = tr.selection.from - 1;
      if (pos < 0 || tr.doc.nodeAt(pos)?.type.name !== typeName) return false;
      tr.setSelection(NodeSelection.create(tr.doc, pos));
      return true;
    });

export const ACTIONS = {
  paragraph: { label: 'Body text', icon: 'paragraph', shortcut: 'paragraph', command: (c) => c.setParagraph(), isActive: (e) => e.isActive('paragraph') },
  heading2: { label: 'Heading', icon: 'heading2', shortcut: 'heading2', command: (c) => c.setHeading({ level: 2 }), isActive: (e) => e.isActive('heading', { level: 2 }) },
  heading3: { label: 'Subheading', icon: 'heading3', shortcut: 'heading3', command: (c) => c.setHeading({ level: 3 }), isActive: (e) => e.isActive('heading', { level: 3 }) },
  heading4: { label: 'Small heading', icon: 'heading4', shortcut: 'heading4', command: (c) => c.setHeading({ level: 4 }), isActive: (e) => e.isActive('heading', { level: 4 }) },
  bold: { label: 'Bold', icon: 'bold', shortcut: 'bold', command: (c) => c.toggleBold(), isActive: (e) => e.isActive('bold') },
  italic: { label: 'Italic', icon: 'italic', shortcut: 'italic', command: (c) => c.toggleItalic(), isActive: (e) => e.isActive('italic') },
  underline: { label: 'Underline', icon: 'underline', shortcut: 'underline', command: (c) => c.toggleUnderline(), isActive: (e) => e.isActive('underline') },
  strike: { label: 'Strikethrough', icon: 'strike', shortcut: 'strike', command: (c) => c.toggleStrike(), isActive: (e) => e.isActive('strike') },
  code: { label: 'Inline code', icon: 'code', shortcut: 'code', command: (c) => c.toggleCode(), isActive: (e) => e.isActive('code') },
  highlight: { label: 'Highlight', icon: 'highlight', shortcut: 'highlight', command: (c) => c.toggleHighlight(), isActive: (e) => e.isActive('highlight') },
  link: {
    label: 'Link',
    icon: 'link',
    shortcut: 'link',
    open: (ui) => ui.editLink(),
    canOpen: (e) => e.can().setLink({ href: 'https://example.com' }),
    isActive: (e) => e.isActive('link'),
  },
  bulletList: { label: 'Bulleted list', icon: 'bulletList', shortcut: 'bulletList', command: (c) => c.toggleBulletList(), isActive: (e) => e.isActive('bulletList') },
  orderedList: { label: 'Numbered list', icon: 'orderedList', shortcut: 'orderedList', command: (c) => c.toggleOrderedList(), isActive: (e) => e.isActive('orderedList') },
  taskList: { label: 'Checklist', icon: 'taskList', shortcut: 'taskList', command: (c) => c.toggleTaskList(), isActive: (e) => e.isActive('taskList') },
  blockquote: { label: 'Quote', icon: 'blockquote', shortcut: 'blockquote', command: (c) => c.toggleBlockquote(), isActive: (e) => e.isActive('blockquote') },
  codeBlock: { label: 'Code block', icon: 'codeBlock', shortcut: 'codeBlock', command: (c) => c.toggleCodeBlock(), isActive: (e) => e.isActive('codeBlock') },
  horizontalRule: { label: 'Divider', icon: 'horizontalRule', shortcut: 'horizontalRule', command: (c) => c.setHorizontalRule() },
  image: { label: 'Image', icon: 'image', open: (ui) => ui.pickImage(), canOpen: (e) => e.can().insertContent({ type: 'image', attrs: { src: 'library-assets/x.png' } }) },
  table: { label: 'Table', icon: 'table', command: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }), isActive: (e) => e.isActive('table') },
  footnote: { label: 'Footnote', icon: 'footnote', shortcut: 'footnote', command: (c) => selectNodeBefore('footnote')(c.insertFootnote({ text: '' })) },
  undo: { label: 'Undo', icon: 'undo', shortcut: 'undo', command: (c) => c.undo() },
  redo: { label: 'Redo', icon: 'redo', shortcut: 'redo', command: (c) => c.redo() },
} as const satisfies Record<string, FormatAction>;

export type ActionId = keyof typeof ACTIONS;

/**
 * Runs an action on the selection; with a range (the slash menu's "/query"), replaces that
 * text first, in the same undo step.
 */
export function runAction(editor: Editor, id: ActionId, ui: EditorUi, range?: Range): boolean {
  const action: FormatAction = ACTIONS[id];
  const chain = editor.chain().focus();
  if (range) chain.deleteRange(range);
  if (isCommand(action)) return action.command(chain).run();
  const ran = chain.run();
  action.open(ui);
  return ran;
}

/** Whether the action would do anything here (a dry run: nothing changes). */
export function canRun(editor: Editor, id: ActionId): boolean {
  if (!editor.isEditable) return false;
  const action: FormatAction = ACTIONS[id];
  return isCommand(action) ? action.command(editor.can().chain()).run() : action.canOpen(editor);
}

export function isActionActive(editor: Editor, id: ActionId): boolean {
  const action: FormatAction = ACTIONS[id];
  return action.isActive?.(editor) ?? false;
}
