import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/contentSecurityPolicy';
import { assetFilePath, matchAssetRequestPath } from '../core/assets/assetNames';

/**
 * The built renderer is served from app://inkpress/ instead of file://, so the page has a
 * real origin (sender checks, CSP 'self') and cannot read other files on disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inkpress';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The URL when it is one of the app's own (app://inkpress/...), else null. */
function parseAppUrl(requestUrl: string): URL | null {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST ? url : null;
  } catch {
    return null;
  }
}

/** Maps an app:// URL's path to a file inside rendererDir, or null when it points anywhere else. */
function rendererFileOf(url: URL, rendererDir: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Maps an app:// URL to a file inside rendererDir, or null when it points anywhere else. */
export function resolveRendererFile(requestUrl: string, rendererDir: string): string | null {
  const url = parseAppUrl(requestUrl);
  return url && rendererFileOf(url, rendererDir);
}

/**
 * What an app:// URL names: a library image (/library-assets/<hash>.<ext>, from assetsDir,
 * with its own Content-Type), a file of the built renderer, or nothing (null: answer 404).
 * A /library-assets/ path that is not exactly an asset name never falls through to the renderer.
 */
export function resolveAppFile(
  requestUrl: string,
  rendererDir: string,
  assetsDir: string | undefined,
): { file: string; contentType?: string } | null {
  const url = parseAppUrl(requestUrl);
  if (!url) return null;
  const asset = matchAssetRequestPath(url.pathname);
  if (asset !== null) {
    if (asset === 'not-found' || !assetsDir) return null;
    return { file: assetFilePath(assetsDir, asset.hash, asset.ext), contentType: asset.mimeType };
  }
  const file = rendererFileOf(url, rendererDir);
  return file ? { file } : null;
}

export interface ServeRendererOptions {
  /** The library's image folder (<dataDir>/assets); without it, /library-assets/ answers 404. */
  assetsDir?: string;
}

export function serveRenderer(protocol: Protocol, net: Net, rendererDir: string, { assetsDir }: ServeRendererOptions = {}): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(request.url, rendererDir, assetsDir);
    if (!target) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(target.file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(response.headers);
    // An image's type comes from its checked name, never from a guess about the file.
    if (target.contentType) headers.set('Content-Type', target.contentType);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
