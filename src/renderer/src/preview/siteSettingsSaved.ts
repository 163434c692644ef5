import { createValueStore } from '../store/valueStore';

/**
 * Tells the open drafts' previews that the site's settings were saved (the publish dialog
 * saves each field as the writer leaves it), so they render again at once in the theme,
 * custom CSS and language now chosen, not only at the next keystroke. The value counts saves.
 */
const saves = createValueStore(0);

export function announceSiteSettingsSaved(): void {
  saves.set(saves.get() + 1);
}

/** Calls `listener` after every save of the site's settings; returns how to stop. */
export const onSiteSettingsSaved = (listener: () => void): (() => void) => saves.subscribe(listener);
