/**
 * Every keyboard shortcut of the writing pane, in one table: the toolbar's tooltips, the
 * editor's own key bindings and the cheat sheet (Mod-/) all read it, so they cannot disagree.
 *
 * Keys use ProseMirror's notation ("Mod-Shift-x"): Mod is ⌘ on Apple platforms and Ctrl
 * elsewhere. The first binding of an entry is the one shown in tooltips.
 */

export type ShortcutGroup = 'Text' | 'Paragraphs' | 'Insert' | 'Editing' | 'App';

export interface Shortcut {
  keys: readonly string[];
  label: string;
  group: ShortcutGroup;
  /** What to type instead, where a Markdown-style rule does the same while typing. */
  markdown?: string;
}

export const SHORTCUTS = {
  bold: { keys: ['Mod-b'], label: 'Bold', group: 'Text', markdown: '**text**' },
  italic: { keys: ['Mod-i'], label: 'Italic', group: 'Text', markdown: '*text*' },
  underline: { keys: ['Mod-u'], label: 'Underline', group: 'Text' },
  // Tiptap binds Mod-Shift-s; Mod-Shift-x is the Google Docs and Ghost habit.
  strike: { keys: ['Mod-Shift-x', 'Mod-Shift-s'], label: 'Strikethrough', group: 'Text', markdown: '~~text~~' },
  code: { keys: ['Mod-e'], label: 'Inline code', group: 'Text', markdown: '`code`' },
  highlight: { keys: ['Mod-Shift-h'], label: 'Highlight', group: 'Text', markdown: '==text==' },
  link: { keys: ['Mod-k'], label: 'Link the selected text', group: 'Text' },
  paragraph: { keys: ['Mod-Alt-0'], label: 'Body text', group: 'Paragraphs' },
  heading2: { keys: ['Mod-Alt-2'], label: 'Heading', group: 'Paragraphs', markdown: '# or ##' },
  heading3: { keys: ['Mod-Alt-3'], label: 'Subheading', group: 'Paragraphs', markdown: '###' },
  heading4: { keys: ['Mod-Alt-4'], label: 'Small heading', group: 'Paragraphs', markdown: '####' },
  bulletList: { keys: ['Mod-Shift-8'], label: 'Bulleted list', group: 'Paragraphs', markdown: '- or *' },
  orderedList: { keys: ['Mod-Shift-7'], label: 'Numbered list', group: 'Paragraphs', markdown: '1.' },
  taskList: { keys: ['Mod-Shift-9'], label: 'Checklist', group: 'Paragraphs', markdown: '- [ ]' },
  blockquote: { keys: ['Mod-Shift-b'], label: 'Quote', group: 'Paragraphs', markdown: '>' },
  codeBlock: { keys: ['Mod-Alt-c'], label: 'Code block', group: 'Paragraphs', markdown: '```' },
  indent: { keys: ['Tab'], label: 'Indent a list item', group: 'Paragraphs' },
  outdent: { keys: ['Shift-Tab'], label: 'Outdent a list item', group: 'Paragraphs' },
  horizontalRule: { keys: ['Mod-Alt--'], label: 'Divider', group: 'Insert', markdown: '---' },
  footnote: { keys: ['Mod-Alt-f'], label: 'Footnote', group: 'Insert' },
  hardBreak: { keys: ['Shift-Enter'], label: 'Line break', group: 'Insert' },
  slashMenu: { keys: ['/'], label: 'Insert menu (at the start of a line)', group: 'Insert' },
  undo: { keys: ['Mod-z'], label: 'Undo', group: 'Editing' },
  redo: { keys: ['Mod-Shift-z', 'Mod-y'], label: 'Redo', group: 'Editing' },
  quickOpen: { keys: ['Mod-k'], label: 'Open a draft (when no text is selected)', group: 'App' },
  newDraft: { keys: ['Mod-n'], label: 'New draft', group: 'App' },
  exportHtml: { keys: ['Mod-Shift-e'], label: 'Export as HTML', group: 'App' },
  cheatSheet: { keys: ['Mod-/'], label: 'Keyboard shortcuts', group: 'App' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Text', 'Paragraphs', 'Insert', 'Editing', 'App'];

/** True on macOS and iOS, where Mod is ⌘ and modifiers are written as symbols. */
export function isApplePlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(nav.platform || nav.userAgent);
}

const APPLE_SYMBOLS: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Enter: '↩', Tab: '⇥' };
const OTHER_NAMES: Record<string, string> = { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Enter: 'Enter', Tab: 'Tab' };
// Apple's conventional modifier order (⌃⌥⇧⌘); elsewhere Ctrl+Alt+Shift.
const APPLE_ORDER = ['Ctrl', 'Alt', 'Shift', 'Mod'];
const OTHER_ORDER = ['Mod', 'Ctrl', 'Alt', 'Shift'];

/** The keys of one binding, one label per key: ["⌘", "⇧", "X"] or ["Ctrl", "Shift", "X"]. */
export function keyLabels(binding: string, apple: boolean): string[] {
  // "Mod-Alt--" ends in the "-" key: split on dashes that are not the last character.
  const parts = binding.split(/-(?!$)/);
  const key = parts.pop() ?? '';
  const order = apple ? APPLE_ORDER : OTHER_ORDER;
  const modifiers = [...parts].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const names = apple ? APPLE_SYMBOLS : OTHER_NAMES;
  const keyLabel = names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [...modifiers.map((m) => names[m] ?? m), keyLabel];
}

/** One binding as people write it: "⌘⇧X" on a Mac, "Ctrl+Shift+X" elsewhere. */
export function formatBinding(binding: string, apple: boolean): string {
  return keyLabels(binding, apple).join(apple ? '' : '+');
}

/** A tooltip: "Bold (Ctrl+B)". */
export function tooltipFor(id: ShortcutId, apple: boolean, label: string = SHORTCUTS[id].label): string {
  const [first] = SHORTCUTS[id].keys;
  return first ? `${label} (${formatBinding(first, apple)})` : label;
}
