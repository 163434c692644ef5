import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { ACTIONS, runAction, type EditorUi, type FormatAction } from './formatActions';
import { Icon } from './icons';
import { formatBinding, SHORTCUTS } from './shortcuts';
import type { BlockStyle } from './useToolbarState';

const STYLES = ['paragraph', 'heading2', 'heading3', 'heading4'] as const;
type Style = (typeof STYLES)[number];

interface StyleMenuProps {
  editor: Editor | null;
  ui: EditorUi;
  style: BlockStyle;
  enabled: boolean;
  apple: boolean;
}

const labelOf = (style: BlockStyle): string => (style === 'other' ? 'Style' : ACTIONS[style].label);

function keysOf(style: Style, apple: boolean): string {
  const action: FormatAction = ACTIONS[style];
  const binding = action.shortcut ? SHORTCUTS[action.shortcut].keys[0] : undefined;
  return binding ? formatBinding(binding, apple) : '';
}

/**
 * The paragraph style picker: a menu button (not a <select>, whose options would read as a
 * second list of choices on the page), each style shown in its own type size with its keys.
 */
export function StyleMenu({ editor, ui, style, enabled, apple }: StyleMenuProps) {
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]')[focused]?.focus();
  }, [open, focused]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number): void => {
    setFocused(index);
    setOpen(true);
  };

  const choose = (chosen: Style): void => {
    setOpen(false);
    if (editor) runAction(editor, chosen, ui);
  };

  const onMenuKey = (event: KeyboardEvent): void => {
    const last = STYLES.length - 1;
    if (event.key === 'ArrowDown') setFocused((i) => (i === last ? 0 : i + 1));
    else if (event.key === 'ArrowUp') setFocused((i) => (i === 0 ? last : i - 1));
    else if (event.key === 'Home') setFocused(0);
    else if (event.key === 'End') setFocused(last);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') button.current?.focus();
      if (event.key === 'Tab') return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const current = STYLES.indexOf(style as Style);
  return (
    <div className="toolbar-style">
      <button
        ref={button}
        type="button"
        className="style-button"
        aria-label={`Paragraph style: ${labelOf(style)}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-tooltip="Paragraph style"
        disabled={!enabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? setOpen(false) : openAt(Math.max(0, current)))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            event.stopPropagation();
            openAt(Math.max(0, current));
          }
        }}
      >
        <span>{labelOf(style)}</span>
        <Icon name="chevron" size={14} />
      </button>
      {open ? (
        <div ref={menu} id={menuId} className="style-menu" role="menu" aria-label="Paragraph style" onKeyDown={onMenuKey}>
          {STYLES.map((option, index) => (
            <button
              key={option}
              type="button"
              role="menuitemradio"
              aria-checked={option === style}
              tabIndex={index === focused ? 0 : -1}
              className={`style-option style-${option}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span className="style-check">{option === style ? <Icon name="check" size={14} /> : null}</span>
              <span className="style-name">{ACTIONS[option].label}</span>
              <span className="style-keys">{keysOf(option, apple)}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
