import type { Editor } from '@tiptap/core';
import { ACTIONS, runAction, type ActionId, type EditorUi, type FormatAction } from './formatActions';
import { Icon } from './icons';
import { SHORTCUTS, formatBinding } from './shortcuts';

interface ToolbarButtonProps {
  editor: Editor;
  ui: EditorUi;
  action: ActionId;
  active: boolean;
  disabled: boolean;
  apple: boolean;
  className: string;
}

/** The tooltip text: the action, its keys and, where one exists, the Markdown to type. */
export function actionTooltip(id: ActionId, apple: boolean): string {
  const action: FormatAction = ACTIONS[id];
  if (!action.shortcut) return action.label;
  const shortcut = SHORTCUTS[action.shortcut];
  const [binding] = shortcut.keys;
  const markdown = 'markdown' in shortcut ? `   ${shortcut.markdown}` : '';
  return `${action.label}   ${binding ? formatBinding(binding, apple) : ''}${markdown}`;
}

/** aria-keyshortcuts wants "Control+Shift+X" / "Meta+B". */
function ariaKeys(id: ActionId, apple: boolean): string | undefined {
  const action: FormatAction = ACTIONS[id];
  if (!action.shortcut) return undefined;
  return SHORTCUTS[action.shortcut].keys.map((keys) => keys.replace('Mod', apple ? 'Meta' : 'Control').replace(/-(?!$)/g, '+')).join(' ');
}

/** One formatting button: icon, pressed state for marks and blocks, a tooltip with its keys. */
export function ToolbarButton({ editor, ui, action: id, active, disabled, apple, className }: ToolbarButtonProps) {
  const action: FormatAction = ACTIONS[id];
  return (
    <button
      type="button"
      className={className}
      aria-label={action.label}
      aria-pressed={action.isActive ? active : undefined}
      aria-keyshortcuts={ariaKeys(id, apple)}
      data-tooltip={actionTooltip(id, apple)}
      data-action={id}
      disabled={disabled}
      // Keep the text's selection: a mousedown on a button would otherwise take focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => runAction(editor, id, ui)}
    >
      <Icon name={action.icon} />
    </button>
  );
}
