import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import type { PreviewState } from '../hooks/useDraftSession';
import { PreviewFrame } from '../preview/previewFrame';
import { PreviewScrollFollower } from '../preview/scrollSync';
import { browserIdleScheduler } from '../scheduling/idleScheduler';
import type { ValueStore } from '../store/valueStore';

interface PreviewPaneProps {
  preview: ValueStore<PreviewState>;
  /** The editor whose scrolling the preview follows. */
  editor: Editor | null;
}

/**
 * Shows the post as File › Export HTML writes it: the standalone page in the site's theme, in
 * a sandboxed frame (no scripts). New renders are patched into it outside React, and it
 * scrolls along with the editor, so the paragraph at the top of the editor is at the top of
 * the preview. The theme's dark colours follow the app's (settings/previewTheme.ts).
 */
export function PreviewPane({ preview, editor }: PreviewPaneProps) {
  const iframe = useRef<HTMLIFrameElement>(null);
  const frame = useRef<PreviewFrame | null>(null);
  const follower = useRef<PreviewScrollFollower | null>(null);
  // Only a change of the error re-renders this component; the HTML goes straight to the frame.
  const error = useSyncExternalStore(preview.subscribe, () => preview.get().error);

  useEffect(() => {
    const element = iframe.current;
    if (!element) return;
    const shown = new PreviewFrame(element, browserIdleScheduler, () => follower.current?.sync());
    frame.current = shown;
    const show = (): void => {
      const { html } = preview.get();
      if (html !== null) shown.show(html);
    };
    show();
    const unsubscribe = preview.subscribe(show);
    return () => {
      unsubscribe();
      shown.dispose();
      frame.current = null;
    };
  }, [preview]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const following = new PreviewScrollFollower(editor.view, () => frame.current?.document ?? null);
    follower.current = following;
    following.sync();
    return () => {
      following.dispose();
      follower.current = null;
    };
  }, [editor]);

  return (
    <>
      {error ? (
        <p className="pane-error" role="alert">
          The preview could not be updated: {error}
        </p>
      ) : null}
      <iframe ref={iframe} className="preview-frame" title="Post preview" sandbox="allow-same-origin" />
    </>
  );
}
