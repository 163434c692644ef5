/**
 * Tells the open drafts' previews that the site's settings were saved (the publish dialog
 * saves each field as the writer leaves it), so they render again at once in the theme,
 * custom CSS and language now chosen, not only at the next keystroke.
 */
const listeners = new Set<() => void>();

export function announceSiteSettingsSaved(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every save of the site's settings; returns how to stop. */
export function onSiteSettingsSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
