import { describe, it, expect } from 'vitest';
import { PAGE_SHORTCUTS } from '../../../src/shared/pageShortcuts';
import { pageShortcutOf } from '../../../src/renderer/src/settings/pageShortcuts';

const press = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

describe('pageShortcutOf', () => {
  it('knows each shortcut the menu shows, with Ctrl or Cmd', () => {
    expect(pageShortcutOf(press(',', { ctrl: true }))).toBe('preferences');
    expect(pageShortcutOf(press(',', { meta: true }))).toBe('preferences');
    // With Shift held, KeyboardEvent.key is the capital letter.
    expect(pageShortcutOf(press('F', { ctrl: true, shift: true }))).toBe('toggle-focus-mode');
    expect(pageShortcutOf(press('T', { meta: true, shift: true }))).toBe('toggle-typewriter-scrolling');
    expect(pageShortcutOf(press('D', { ctrl: true, shift: true }))).toBe('toggle-distraction-free');
  });

  it('matches the accelerators written in the menu', () => {
    for (const shortcut of Object.values(PAGE_SHORTCUTS)) {
      expect(shortcut.accelerator).toBe(`CmdOrCtrl+${shortcut.shift ? 'Shift+' : ''}${shortcut.key.toUpperCase()}`);
    }
  });

  it('leaves other keys alone: without Ctrl/Cmd, with Alt, or without the Shift a shortcut needs', () => {
    expect(pageShortcutOf(press(','))).toBeNull();
    expect(pageShortcutOf(press('F', { shift: true }))).toBeNull();
    expect(pageShortcutOf(press('f', { ctrl: true }))).toBeNull(); // plain Ctrl+F is not focus mode
    expect(pageShortcutOf(press('F', { ctrl: true, shift: true, alt: true }))).toBeNull();
    expect(pageShortcutOf(press('k', { ctrl: true }))).toBeNull();
  });
});
