import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { isUnclaimedEditorEscape } from '../editor/unclaimedEscape';

/**
 * Distraction-free writing: the page hides everything but the text (App puts a class on its
 * root), and the window fills the screen. Esc, the same command again, or leaving full screen
 * by other means ends it; a window that was in full screen before stays there.
 */
export function useDistractionFree() {
  const [active, setActive] = useState(false);
  const wasFullScreen = useRef(false);

  const enter = useCallback(() => {
    setActive(true);
    // The page's part works on its own; a shell without full screen just answers false.
    void api()
      .window.setFullScreen({ fullScreen: true })
      .then((result) => {
        wasFullScreen.current = result.ok && result.value.wasFullScreen;
      });
  }, []);

  const leave = useCallback(() => {
    setActive(false);
    if (!wasFullScreen.current) void api().window.setFullScreen({ fullScreen: false });
  }, []);

  const toggle = useCallback(() => (active ? leave() : enter()), [active, enter, leave]);

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      // An Escape that closed a menu (in the editor or elsewhere) was meant for it.
      if (event.defaultPrevented && !isUnclaimedEditorEscape(event)) return;
      event.preventDefault();
      leave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, leave]);

  useEffect(() => api().events.on('window:left-full-screen', () => setActive(false)), []);

  return { active, toggle, leave };
}
