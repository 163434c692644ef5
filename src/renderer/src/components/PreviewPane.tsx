import { useEffect, useRef } from 'react';

interface PreviewPaneProps {
  html: string | null;
  error: string | null;
}

/**
 * Shows the post exactly as exported: the same standalone document, in a sandboxed frame
 * (no scripts). Updates swap the body in place so the reader's scroll position stays put.
 */
export function PreviewPane({ html, error }: PreviewPaneProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const loaded = useRef(false);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe || html === null) return;
    const doc = iframe.contentDocument;
    if (loaded.current && doc?.body) {
      const next = new DOMParser().parseFromString(html, 'text/html');
      doc.title = next.title;
      doc.body.replaceWith(doc.importNode(next.body, true));
      return;
    }
    loaded.current = false;
    iframe.srcdoc = html;
  }, [html]);

  return (
    <>
      {error ? (
        <p className="pane-error" role="alert">
          The preview could not be updated: {error}
        </p>
      ) : null}
      <iframe
        ref={frame}
        className="preview-frame"
        title="Post preview"
        sandbox="allow-same-origin"
        onLoad={(event) => {
          loaded.current = true;
          // A link in the preview must not turn the preview into a web page.
          event.currentTarget.contentDocument?.addEventListener('click', (click) => {
            if ((click.target as Element | null)?.closest?.('a')) click.preventDefault();
          });
        }}
      />
    </>
  );
}
