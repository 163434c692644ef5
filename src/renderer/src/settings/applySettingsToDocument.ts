import type { Settings } from '../../../shared/settings';
import './writingPreferences.css';

/**
 * Puts the look-related settings on <html> as data attributes, which the style sheets read:
 * data-theme (styles.css: light, dark, or the system's via color-scheme), data-editor-font and
 * data-line-width (writingPreferences.css).
 */
export function applySettingsToDocument(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.editorFont = settings.editorFont;
  root.dataset.lineWidth = settings.lineWidth;
  // Typewriter scrolling needs room below the last line, to bring it to the middle too.
  root.toggleAttribute('data-typewriter-scrolling', settings.typewriterScrolling);
}
