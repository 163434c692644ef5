import { useCallback } from 'react';
import { findParentNode, type ChainedCommands, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { Icon, type IconName } from './icons';
import { focusIsWithin, type BubbleOptions, type ShouldShow } from './bubbles';

const TABLE_MENU_KEY = new PluginKey('tableMenu');

const findTable = findParentNode((node) => node.type.name === 'table');

interface TableCommand {
  label: string;
  icon: IconName;
  run: (chain: ChainedCommands) => ChainedCommands;
  danger?: boolean;
}

const OPTIONS: BubbleOptions = { placement: 'top-start', offset: 8, flip: true, shift: { padding: 12 } };

const shouldShow: ShouldShow = ({ editor, view, element }) => editor.isEditable && editor.isActive('table') && focusIsWithin(view, element);

const TABLE_COMMANDS: readonly TableCommand[] = [
  { label: 'Add row below', icon: 'rowAdd', run: (c) => c.addRowAfter() },
  { label: 'Delete row', icon: 'rowDelete', run: (c) => c.deleteRow() },
  { label: 'Add column right', icon: 'columnAdd', run: (c) => c.addColumnAfter() },
  { label: 'Delete column', icon: 'columnDelete', run: (c) => c.deleteColumn() },
  { label: 'Header row', icon: 'headerRow', run: (c) => c.toggleHeaderRow() },
  { label: 'Delete table', icon: 'trash', run: (c) => c.deleteTable(), danger: true },
];

/** Rows, columns and the header of the table holding the cursor, above the table. */
export function TableMenu({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e.isActive('table')) return null;
      const table = findTable(e.state.selection)?.node;
      const firstRow = table?.firstChild;
      let headerRow = firstRow !== null && firstRow !== undefined && firstRow.childCount > 0;
      firstRow?.forEach((cell) => {
        if (cell.type.name !== 'tableHeader') headerRow = false;
      });
      return { headerRow, enabled: TABLE_COMMANDS.map((command) => command.run(e.can().chain()).run()) };
    },
  });
  const referenceElement = useCallback(() => {
    const table = findTable(editor.state.selection);
    const dom = table ? editor.view.nodeDOM(table.pos) : null;
    return dom instanceof HTMLElement ? dom : null;
  }, [editor]);
  return (
    <BubbleMenu
      editor={editor}
      pluginKey={TABLE_MENU_KEY}
      className="bubble table-menu"
      role="toolbar"
      aria-label="Table"
      updateDelay={0}
      options={OPTIONS}
      shouldShow={shouldShow}
      getReferencedVirtualElement={referenceElement}
    >
      {TABLE_COMMANDS.map((command, index) => (
        <button
          key={command.label}
          type="button"
          className={`bubble-button${command.danger ? ' danger' : ''}`}
          aria-label={command.label}
          aria-pressed={command.icon === 'headerRow' ? (state?.headerRow ?? false) : undefined}
          data-tooltip={command.label}
          disabled={!(state?.enabled[index] ?? false)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => command.run(editor.chain().focus()).run()}
        >
          <Icon name={command.icon} />
        </button>
      ))}
    </BubbleMenu>
  );
}
