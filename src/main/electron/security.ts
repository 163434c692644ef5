import type { Session, WebContents, WebFrameMain } from 'electron';

/** True when a URL belongs to the app's own pages (app:// in production, the dev server in dev). */
export function isAppUrl(rawUrl: string, appOrigins: readonly string[]): boolean {
  try {
    const url = new URL(rawUrl);
    // Not url.origin: Node's URL gives "null" as the origin of any non-web scheme (app://),
    // even where Chromium, with the scheme registered as standard, gives a real one.
    const origin = `${url.protocol}//${url.host}`;
    return url.username === '' && url.password === '' && appOrigins.includes(origin);
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own main frame, never for a frame it might embed. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, appOrigins: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appOrigins);
}

/** Links a writer clicks may open in their browser; nothing else leaves the app. */
export function isExternalWebUrl(rawUrl: string): boolean {
  try {
    const { protocol } = new URL(rawUrl);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * Every web contents: no navigation away from the app, no new windows, no <webview>.
 * A web link opens in the user's browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  appOrigins: readonly string[],
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, geolocation...: a writing app asks for none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
