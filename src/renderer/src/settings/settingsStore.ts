import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';

type Listener = (settings: Settings) => void;

/**
 * The settings the page is showing, readable outside React: the editor's extensions (focus
 * mode, typewriter scrolling, the spellcheck attribute) are made once per editor and read
 * them from here when they change. useSettings is the one writer.
 */
function createSettingsStore(initial: Settings) {
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: (): Settings => current,
    set(next: Settings): void {
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener(current);
    },
    /** Calls back on every change; returns the unsubscribe function. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const settingsStore = createSettingsStore(DEFAULT_SETTINGS);
