import type { MenuCommand } from './ipc/contract';

export interface PageShortcut {
  command: MenuCommand;
  /** KeyboardEvent.key, lower case, pressed with Ctrl (Cmd on macOS). */
  key: string;
  shift: boolean;
  /** The same keys as Electron writes them in the menu. */
  accelerator: string;
}

/**
 * Keys the page handles itself, so they work while typing and wherever no application menu
 * exists; the menu shows them without registering them, so a press is never handled twice.
 */
export const PAGE_SHORTCUTS = {
  preferences: { command: 'preferences', key: ',', shift: false, accelerator: 'CmdOrCtrl+,' },
  focusMode: { command: 'toggle-focus-mode', key: 'f', shift: true, accelerator: 'CmdOrCtrl+Shift+F' },
  typewriterScrolling: { command: 'toggle-typewriter-scrolling', key: 't', shift: true, accelerator: 'CmdOrCtrl+Shift+T' },
  distractionFree: { command: 'toggle-distraction-free', key: 'd', shift: true, accelerator: 'CmdOrCtrl+Shift+D' },
} as const satisfies Record<string, PageShortcut>;
