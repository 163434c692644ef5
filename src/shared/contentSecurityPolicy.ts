/**
 * The window's Content-Security-Policy. Scripts only from the app itself (no inline, no
 * eval); no network at all: images come from the app, data: URLs or the library's own
 * protocol, never from the web. Inline styles are allowed for the editor's and the
 * preview's style attributes and the preview document's <style>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Added by the Electron shell as a response header, where meta tags cannot express it. */
export const HEADER_ONLY_DIRECTIVES = "; frame-ancestors 'none'";
