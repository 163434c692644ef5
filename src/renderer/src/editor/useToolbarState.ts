import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { canRun, isActionActive, type ActionId } from './formatActions';

/** The text block holding the cursor; 'other' when a picture or a divider is selected. */
export type BlockStyle = 'paragraph' | 'heading2' | 'heading3' | 'heading4' | 'codeBlock' | 'other';

export interface ToolbarState {
  style: BlockStyle;
  active: Partial<Record<ActionId, boolean>>;
  enabled: Partial<Record<ActionId, boolean>>;
}

/** The longest the toolbar may lag behind the text while the writer keeps typing. */
const MAX_LAG_MS = 150;

function blockStyle(editor: Editor): BlockStyle {
  if (editor.isActive('heading', { level: 2 })) return 'heading2';
  if (editor.isActive('heading', { level: 3 })) return 'heading3';
  if (editor.isActive('heading', { level: 4 })) return 'heading4';
  if (editor.isActive('codeBlock')) return 'codeBlock';
  return editor.isActive('paragraph') ? 'paragraph' : 'other';
}

function toolbarState(editor: Editor, actions: readonly ActionId[]): ToolbarState {
  const active: Partial<Record<ActionId, boolean>> = {};
  const enabled: Partial<Record<ActionId, boolean>> = {};
  for (const id of actions) {
    active[id] = isActionActive(editor, id);
    enabled[id] = canRun(editor, id);
  }
  return { style: blockStyle(editor), active, enabled };
}

function sameState(a: ToolbarState, b: ToolbarState, actions: readonly ActionId[]): boolean {
  return a.style === b.style && actions.every((id) => a.active[id] === b.active[id] && a.enabled[id] === b.enabled[id]);
}

/**
 * What the toolbar shows: the paragraph style, which buttons are pressed and which can act.
 * Working that out dry-runs some twenty commands, about 3 ms in a 100,000-word post, so it
 * is not done inside each keystroke: transactions only schedule it for the next idle moment
 * (at most MAX_LAG_MS later), and React renders the toolbar only when an answer changes.
 */
export function useToolbarState(editor: Editor | null, actions: readonly ActionId[]): ToolbarState | null {
  const [state, setState] = useState<ToolbarState | null>(null);

  useEffect(() => {
    if (!editor) {
      setState(null);
      return;
    }
    let scheduled: number | null = null;
    const update = (): void => {
      scheduled = null;
      if (editor.isDestroyed) return;
      const next = toolbarState(editor, actions);
      setState((previous) => (previous && sameState(previous, next, actions) ? previous : next));
    };
    const schedule = (): void => {
      scheduled ??= requestIdleCallback(update, { timeout: MAX_LAG_MS });
    };
    update();
    // 'update' also follows setEditable, which makes no transaction.
    editor.on('transaction', schedule);
    editor.on('update', schedule);
    return () => {
      editor.off('transaction', schedule);
      editor.off('update', schedule);
      if (scheduled !== null) cancelIdleCallback(scheduled);
    };
  }, [editor, actions]);

  return state;
}
