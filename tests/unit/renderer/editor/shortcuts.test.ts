import { describe, expect, it } from 'vitest';
import { formatBinding, isApplePlatform, keyLabels, SHORTCUTS, tooltipFor } from '../../../../src/renderer/src/editor/shortcuts';

describe('shortcut labels', () => {
  it('writes Mod as Ctrl elsewhere, joined with +', () => {
    expect(formatBinding('Mod-Shift-x', false)).toBe('Ctrl+Shift+X');
    expect(formatBinding('Mod-Alt-2', false)).toBe('Ctrl+Alt+2');
    expect(formatBinding('Shift-Enter', false)).toBe('Shift+Enter');
  });

  it('writes macOS symbols in Apple’s order (⌃⌥⇧⌘)', () => {
    expect(formatBinding('Mod-Shift-x', true)).toBe('⇧⌘X');
    expect(formatBinding('Mod-Alt-2', true)).toBe('⌥⌘2');
    expect(keyLabels('Mod-Alt--', true)).toEqual(['⌥', '⌘', '-']);
    expect(keyLabels('Mod-/', false)).toEqual(['Ctrl', '/']);
  });

  it('tooltips name the first binding', () => {
    expect(tooltipFor('redo', false)).toBe('Redo (Ctrl+Shift+Z)');
    expect(tooltipFor('bold', true)).toBe('Bold (⌘B)');
  });

  it('detects Apple platforms from the navigator', () => {
    expect(isApplePlatform({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isApplePlatform({ platform: 'Linux x86_64', userAgent: '' })).toBe(false);
    expect(isApplePlatform({ platform: '', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' })).toBe(false);
  });

  it('gives no two entries the same keys, except Mod-K, which is documented as two things', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [id, shortcut] of Object.entries(SHORTCUTS)) {
      for (const keys of shortcut.keys) {
        const other = seen.get(keys);
        if (other) clashes.push(`${keys}: ${other} and ${id}`);
        seen.set(keys, id);
      }
    }
    expect(clashes).toEqual(['Mod-k: link and quickOpen']);
  });
});
