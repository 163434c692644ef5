import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import type { ActionId, EditorUi } from './formatActions';
import { Icon } from './icons';
import { openLinkEditor } from './linkEditing';
import { ShortcutSheet } from './ShortcutSheet';
import { isApplePlatform, tooltipFor } from './shortcuts';
import { ToolbarButton } from './ToolbarButton';
import { StyleMenu } from './StyleMenu';
import { useToolbarState } from './useToolbarState';
import './editor.css';

/** The toolbar's groups, in the order they give way to the "More" menu when space runs out. */
const GROUPS: readonly { name: string; actions: readonly ActionId[] }[] = [
  { name: 'Text', actions: ['bold', 'italic', 'underline', 'strike', 'code', 'highlight', 'link'] },
  { name: 'Paragraphs', actions: ['bulletList', 'orderedList', 'taskList', 'blockquote', 'codeBlock'] },
  { name: 'Insert', actions: ['image', 'table', 'horizontalRule', 'footnote'] },
  { name: 'History', actions: ['undo', 'redo'] },
];

const STYLE_ACTIONS: readonly ActionId[] = ['paragraph', 'heading2', 'heading3', 'heading4'];

const ALL_ACTIONS: readonly ActionId[] = [...STYLE_ACTIONS, ...GROUPS.flatMap((g) => g.actions)];


/** Room kept for the More and ? buttons at the end of the row. */
const END_BUTTONS_WIDTH = 64;
// A button and the gap after it, and a group's padding and rule, as editor.css draws them.
const BUTTON_WIDTH = 31;
const GROUP_CHROME_WIDTH = 13;

/** How many groups, from the first, fit in this many pixels. */
function groupsThatFit(room: number): number {
  let left = room;
  let count = 0;
  for (const group of GROUPS) {
    left -= group.actions.length * BUTTON_WIDTH + GROUP_CHROME_WIDTH;
    if (left < 0) break;
    count += 1;
  }
  return count;
}

/** Left and right arrows walk the toolbar's controls, as in any toolbar. */
function moveFocusWithArrows(event: ReactKeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  if ((event.target as HTMLElement).closest('[role="menu"]')) return; // a menu uses its own arrows
  const controls = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(':scope > * > button:not(:disabled), :scope > button:not(:disabled)')).filter(
    (control) => control.offsetParent !== null,
  );
  const index = controls.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const next = controls[(index + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length];
  next?.focus();
}

interface EditorToolbarProps {
  editor: Editor | null;
  /** The Image button's flow: pick files, copy them into the library, insert them. */
  onInsertImage: () => void;
}

/**
 * The formatting toolbar above the text. Groups that do not fit move into a "More" popover,
 * so the row never wraps; ? (or Mod-/) opens the keyboard cheat sheet.
 */
export function EditorToolbar({ editor, onInsertImage }: EditorToolbarProps) {
  const apple = useMemo(() => isApplePlatform(), []);
  const state = useToolbarState(editor, ALL_ACTIONS);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [visibleGroups, setVisibleGroups] = useState(GROUPS.length);
  const toolbar = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);

  const ui = useMemo<EditorUi>(
    () => ({
      pickImage: onInsertImage,
      editLink: () => {
        if (editor) openLinkEditor(editor);
      },
    }),
    [editor, onInsertImage],
  );

  // Fit the groups to the width, now and whenever the pane is resized.
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const fit = (): void => {
      const styleWidth = element.querySelector<HTMLElement>('.toolbar-style')?.getBoundingClientRect().width ?? 0;
      const { paddingLeft, paddingRight } = getComputedStyle(element);
      const inner = element.clientWidth - Number.parseFloat(paddingLeft) - Number.parseFloat(paddingRight);
      setVisibleGroups(groupsThatFit(inner - styleWidth - END_BUTTONS_WIDTH));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Mod-/ opens the cheat sheet from anywhere in the window.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = apple ? event.metaKey : event.ctrlKey;
      if (mod && !event.altKey && event.key === '/') {
        event.preventDefault();
        setSheetOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apple]);

  // The More popover closes on Escape and on a click elsewhere.
  useEffect(() => {
    if (!moreOpen) return;
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!toolbar.current?.contains(target)) setMoreOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setMoreOpen(false);
        moreButton.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [moreOpen]);

  const disabled = !editor || !state;
  const button = (id: ActionId) =>
    editor ? (
      <ToolbarButton
        key={id}
        editor={editor}
        ui={ui}
        action={id}
        active={state?.active[id] ?? false}
        disabled={disabled || !(state?.enabled[id] ?? false)}
        apple={apple}
        className="toolbar-button"
      />
    ) : null;
  const hidden = GROUPS.slice(visibleGroups);

  return (
    <div ref={toolbar} className="format-toolbar" role="toolbar" aria-label="Formatting" onKeyDown={moveFocusWithArrows}>
      <StyleMenu
        editor={editor}
        ui={ui}
        style={state?.style ?? 'paragraph'}
        enabled={!disabled && STYLE_ACTIONS.some((id) => state?.enabled[id] ?? false)}
        apple={apple}
      />
      {GROUPS.map((group, index) => (
        <div key={group.name} className="toolbar-group" role="group" aria-label={group.name} data-group={group.name} hidden={index >= visibleGroups}>
          {group.actions.map(button)}
        </div>
      ))}
      <span className="toolbar-spacer" />
      {hidden.length > 0 ? (
        <div className="toolbar-more">
          <button
            ref={moreButton}
            type="button"
            className="toolbar-button"
            aria-label="More formatting"
            aria-expanded={moreOpen}
            aria-haspopup="true"
            data-tooltip="More"
            onClick={() => setMoreOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
              <circle cx="5" cy="10" r="1.4" fill="currentColor" />
              <circle cx="10" cy="10" r="1.4" fill="currentColor" />
              <circle cx="15" cy="10" r="1.4" fill="currentColor" />
            </svg>
          </button>
          {moreOpen ? (
            <div className="toolbar-overflow" role="group" aria-label="More formatting" onClick={() => setMoreOpen(false)}>
              {hidden.map((group) => (
                <div key={group.name} className="toolbar-group" role="group" aria-label={group.name}>
                  {group.actions.map(button)}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      <button
        type="button"
        className="toolbar-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts={apple ? 'Meta+/' : 'Control+/'}
        data-tooltip={tooltipFor('cheatSheet', apple)}
        onClick={() => setSheetOpen(true)}
      >
        <Icon name="help" />
      </button>
      {sheetOpen ? <ShortcutSheet apple={apple} onClose={() => setSheetOpen(false)} /> : null}
    </div>
  );
}
