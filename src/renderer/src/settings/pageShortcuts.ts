import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { PAGE_SHORTCUTS } from '../../../shared/pageShortcuts';

/** The command a key press asks for, if it is one of the page's own shortcuts. */
export function pageShortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  const shortcut = Object.values(PAGE_SHORTCUTS).find((candidate) => candidate.key === key && candidate.shift === event.shiftKey);
  return shortcut?.command ?? null;
}

/** Runs the page's shortcuts (Preferences, the writing modes) wherever the focus is. */
export function usePageShortcuts(run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const command = pageShortcutOf(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
