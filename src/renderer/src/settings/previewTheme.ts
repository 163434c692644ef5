import type { Theme } from '../../../shared/settings';

/** The live preview's frame (PreviewPane). */
const PREVIEW_FRAMES = 'iframe.preview-frame';
const SCHEME_QUERY = /^\(prefers-color-scheme:\s*(light|dark)\)$/;

/** Each rewritten rule's own condition, to give back when the theme follows the system again. */
const originalConditions = new WeakMap<CSSMediaRule, string>();

/**
 * Makes a same-origin document's `@media (prefers-color-scheme: …)` rules follow the chosen
 * theme instead of the system. The preview shows the export theme, whose dark colours sit in
 * such a rule, and a frame's media queries follow the system, not the page's color-scheme.
 * (In the app, nativeTheme.themeSource makes the system answer the choice as well; in a
 * browser only this does.) Rules are changed through the CSSOM, so the document's nodes, which
 * the preview patches, stay as rendered.
 */
export function forceColorScheme(doc: Document, theme: Theme): void {
  for (const sheet of Array.from(doc.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule.type !== CSSRule.MEDIA_RULE) continue;
      const mediaRule = rule as CSSMediaRule;
      const condition = originalConditions.get(mediaRule) ?? mediaRule.media.mediaText;
      const scheme = SCHEME_QUERY.exec(condition)?.[1];
      if (!scheme) continue;
      originalConditions.set(mediaRule, condition);
      const wanted = theme === 'system' ? condition : theme === scheme ? 'all' : 'not all';
      if (mediaRule.media.mediaText !== wanted) mediaRule.media.mediaText = wanted;
    }
  }
}

let currentTheme: Theme = 'system';
const followed = new WeakSet<Document>();

/**
 * Keeps one frame's document in the current theme: now, and whenever its head changes (the
 * preview patches the rendered post's styles into it after the frame has loaded).
 */
function follow(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  forceColorScheme(doc, currentTheme);
  if (followed.has(doc) || !doc.head) return;
  followed.add(doc);
  new MutationObserver(() => forceColorScheme(doc, currentTheme)).observe(doc.head, { childList: true, subtree: true, characterData: true });
}

function onFrameLoad(event: Event): void {
  if (event.target instanceof HTMLIFrameElement && event.target.matches(PREVIEW_FRAMES)) follow(event.target);
}

let listening = false;

/** Applies the theme to the preview frames there are, and to each one that loads from now on. */
export function applyThemeToPreviewFrames(theme: Theme): void {
  currentTheme = theme;
  if (!listening) {
    // 'load' does not bubble, but a capturing listener sees it on its way to the frame.
    document.addEventListener('load', onFrameLoad, true);
    listening = true;
  }
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(PREVIEW_FRAMES))) follow(frame);
}
