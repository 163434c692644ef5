import { Extension, type Editor, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionProps } from '@tiptap/suggestion';
import { canRun, runAction, type ActionId, type EditorUi } from './formatActions';

export interface SlashItem {
  action: ActionId;
  title: string;
  hint: string;
  /** Other words a writer might type for it. */
  keywords: readonly string[];
}

export const SLASH_ITEMS: readonly SlashItem[] = [
  { action: 'heading2', title: 'Heading', hint: 'A section title', keywords: ['h2', 'title', 'section'] },
  { action: 'heading3', title: 'Subheading', hint: 'A smaller section title', keywords: ['h3'] },
  { action: 'heading4', title: 'Small heading', hint: 'The smallest title', keywords: ['h4'] },
  { action: 'bulletList', title: 'Bulleted list', hint: 'A simple list', keywords: ['ul', 'unordered', 'bullet'] },
  { action: 'orderedList', title: 'Numbered list', hint: 'A list with numbers', keywords: ['ol', 'ordered', 'number'] },
  { action: 'taskList', title: 'Checklist', hint: 'A list to tick off', keywords: ['todo', 'task', 'checkbox'] },
  { action: 'blockquote', title: 'Quote', hint: 'Set a passage apart', keywords: ['blockquote', 'citation'] },
  { action: 'codeBlock', title: 'Code block', hint: 'Code, with highlighting', keywords: ['pre', 'snippet', 'program'] },
  { action: 'table', title: 'Table', hint: 'Three by three, with a header row', keywords: ['grid', 'rows', 'columns'] },
  { action: 'horizontalRule', title: 'Divider', hint: 'A break between sections', keywords: ['hr', 'rule', 'line', 'separator'] },
  { action: 'image', title: 'Image', hint: 'A picture from your computer', keywords: ['picture', 'photo', 'img'] },
  { action: 'footnote', title: 'Footnote', hint: 'A note at the end of the post', keywords: ['note', 'reference'] },
];

/** The items whose title or keywords start with (then contain) what was typed after the slash. */
export function filterSlashItems(query: string, items: readonly SlashItem[] = SLASH_ITEMS): SlashItem[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...items];
  const words = (item: SlashItem) => [item.title.toLowerCase(), ...item.title.toLowerCase().split(' '), ...item.keywords];
  const starts = items.filter((item) => words(item).some((w) => w.startsWith(q)));
  const contains = items.filter((item) => !starts.includes(item) && words(item).some((w) => w.includes(q)));
  return [...starts, ...contains];
}

export interface SlashMenuState {
  items: SlashItem[];
  active: number;
  /** The element the menu is drawn into; Suggestion positions it under the slash. */
  host: HTMLElement;
  choose(item: SlashItem): void;
}

/**
 * Between the Suggestion plugin (which knows when the menu is open, where, and what was
 * typed) and the React menu (which draws it): a small store React subscribes to.
 */
export class SlashMenuController {
  private state: SlashMenuState | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SlashMenuState | null => this.state;

  set(next: SlashMenuState | null): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  setActive(index: number): void {
    if (this.state) this.set({ ...this.state, active: index });
  }

  /** Arrow keys move, Enter and Tab choose. Escape is the plugin's own (it dismisses). */
  keyDown(event: KeyboardEvent): boolean {
    const state = this.state;
    if (!state || state.items.length === 0) return false;
    const count = state.items.length;
    if (event.key === 'ArrowDown') this.setActive((state.active + 1) % count);
    else if (event.key === 'ArrowUp') this.setActive((state.active - 1 + count) % count);
    else if (event.key === 'Enter' || event.key === 'Tab') {
      const item = state.items[state.active];
      if (item) state.choose(item);
    } else return false;
    return true;
  }
}

export const slashMenuPluginKey = new PluginKey('slashMenu');

interface SlashCommandsOptions {
  controller: SlashMenuController | null;
  ui: EditorUi | null;
}

/** Where "/" opens the menu: in body text (not code, not a heading), at a line's start or after a space. */
function allowedAt(editor: Editor, range: Range): boolean {
  const $from = editor.state.doc.resolve(range.from);
  return $from.parent.type.name === 'paragraph' && editor.isEditable;
}

/** Typing "/" opens a filterable menu of blocks to insert (headings, lists, table, image…). */
export const SlashCommands = Extension.create<SlashCommandsOptions>({
  name: 'slashCommands',

  addOptions() {
    return { controller: null, ui: null };
  },

  addProseMirrorPlugins() {
    const { controller, ui } = this.options;
    if (!controller || !ui) return [];
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashMenuPluginKey,
        char: '/',
        allowedPrefixes: [' '],
        placement: 'bottom-start',
        floatingUi: { strategy: 'fixed' },
        allow: ({ editor, range }) => allowedAt(editor, range),
        // Only what fits here (no table inside a list item, say).
        items: ({ query, editor }) => filterSlashItems(query).filter((item) => canRun(editor, item.action)),
        command: ({ editor, range, props: item }) => {
          runAction(editor, item.action, ui, range);
        },
        render: () => {
          let unmount: (() => void) | null = null;
          const publish = (props: SuggestionProps<SlashItem, SlashItem>, host: HTMLElement) =>
            controller.set({ items: props.items, active: 0, host, choose: (item) => props.command(item) });
          return {
            onStart: (props) => {
              const host = document.createElement('div');
              host.className = 'slash-menu-host';
              unmount = props.mount(host);
              publish(props, host);
            },
            onUpdate: (props) => {
              const current = controller.getSnapshot();
              if (current) publish(props, current.host);
            },
            onExit: () => {
              unmount?.();
              unmount = null;
              controller.set(null);
            },
            onKeyDown: ({ event }) => controller.keyDown(event),
          };
        },
      }),
    ];
  },
});
