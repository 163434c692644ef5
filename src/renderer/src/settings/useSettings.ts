import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { withPatch, type Settings, type SettingsPatch } from '../../../shared/settings';
import { api, errorMessage, unwrap } from '../api';
import { applySettingsToDocument } from './applySettingsToDocument';
import { applyThemeToPreviewFrames } from './previewTheme';
import { settingsStore } from './settingsStore';

/** Shows the settings everywhere they matter: the page's attributes and the preview's theme. */
function showSettings(settings: Settings): void {
  applySettingsToDocument(settings);
  applyThemeToPreviewFrames(settings.theme);
}

/**
 * The writer's settings: loaded once, changed through the main process (which saves them and
 * tells every window), and shown by the page as soon as they arrive. Use once, in App.
 */
export function useSettings(notify: (kind: 'error', text: string) => void) {
  const settings = useSyncExternalStore(settingsStore.subscribe, settingsStore.get);
  // Changes on their way: until the last is saved, what the writer just chose stays shown,
  // rather than an older saved state arriving in between.
  const pending = useRef(0);

  useEffect(() => {
    showSettings(settingsStore.get());
    const stopShowing = settingsStore.subscribe(showSettings);
    const adopt = (saved: Settings): void => {
      if (pending.current === 0) settingsStore.set(saved);
    };
    const stopListening = api().events.on('settings:changed', adopt);
    unwrap(api().settings.get())
      .then(adopt)
      .catch((error: unknown) => notify('error', `Could not read your preferences: ${errorMessage(error)}`));
    return () => {
      stopShowing();
      stopListening();
    };
  }, [notify]);

  const updateSettings = useCallback(
    async (patch: SettingsPatch): Promise<void> => {
      // Shown at once (a theme switch must not wait for the disk); the saved answer follows.
      settingsStore.set(withPatch(settingsStore.get(), patch));
      pending.current += 1;
      let saved: Settings | null = null;
      try {
        saved = await unwrap(api().settings.update(patch));
      } catch (error) {
        notify('error', `Could not change your preferences: ${errorMessage(error)}`);
        // Back to what is really saved (if even that cannot be read, the message above stands).
        saved = await unwrap(api().settings.get()).catch(() => null);
      } finally {
        pending.current -= 1;
      }
      if (saved && pending.current === 0) settingsStore.set(saved);
    },
    [notify],
  );

  return { settings, updateSettings };
}
