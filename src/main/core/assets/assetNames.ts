import path from 'node:path';

/**
 * How the library names its images. An image node stores the relative URL
 * `library-assets/<sha-256>.<ext>`: the app's page (app://inkpress/index.html), the e2e page
 * (http://127.0.0.1:PORT/index.html) and the preview frame (srcdoc, same base URL) all
 * resolve it against their own origin, which serves it from <dataDir>/assets.
 */
export const LIBRARY_ASSETS_PATH = 'library-assets';

/** The folder under the data dir that holds the files, sharded by the first two hex digits. */
export const ASSETS_DIR_NAME = 'assets';

/** The image types the library accepts, by the extension it stores them under. */
export const ASSET_MIME_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;

export type AssetExt = keyof typeof ASSET_MIME_TYPES;
export type AssetMimeType = (typeof ASSET_MIME_TYPES)[AssetExt];

export interface AssetName {
  hash: string;
  ext: AssetExt;
  mimeType: AssetMimeType;
}

const EXTS = Object.keys(ASSET_MIME_TYPES).join('|');
// Lowercase hex only: one spelling per asset, so a URL can never name a file twice.
const FILE_NAME = new RegExp(`^([0-9a-f]{64})\\.(${EXTS})$`);
/** Finds asset URLs inside any text (Tiptap JSON, HTML, a cover image field). */
const SRC_IN_TEXT = new RegExp(`${LIBRARY_ASSETS_PATH}/([0-9a-f]{64})\\.(?:${EXTS})(?![0-9A-Za-z])`, 'g');

export function isAssetExt(value: string): value is AssetExt {
  return Object.prototype.hasOwnProperty.call(ASSET_MIME_TYPES, value);
}

/** Parses `<hash>.<ext>`; null for anything else (other case, other extensions, paths). */
export function parseAssetFileName(name: string): AssetName | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const [, hash, ext] = match as unknown as [string, string, AssetExt];
  return { hash, ext, mimeType: ASSET_MIME_TYPES[ext] };
}

/** The src an image node stores for an asset. */
export function assetSrc(hash: string, ext: AssetExt): string {
  return `${LIBRARY_ASSETS_PATH}/${hash}.${ext}`;
}

/** Parses a stored src (exactly `library-assets/<hash>.<ext>`); null for any other URL. */
export function parseAssetSrc(src: string): AssetName | null {
  const prefix = `${LIBRARY_ASSETS_PATH}/`;
  return src.startsWith(prefix) ? parseAssetFileName(src.slice(prefix.length)) : null;
}

/** Every asset hash mentioned in a text, e.g. a draft's Tiptap JSON. */
export function assetHashesIn(text: string, into: Set<string> = new Set()): Set<string> {
  for (const match of text.matchAll(SRC_IN_TEXT)) into.add(match[1] as string);
  return into;
}

export function assetsDirOf(dataDir: string): string {
  return path.join(dataDir, ASSETS_DIR_NAME);
}

export function assetFilePath(assetsDir: string, hash: string, ext: AssetExt): string {
  return path.join(assetsDir, hash.slice(0, 2), `${hash}.${ext}`);
}

/**
 * Reads a request path (`/library-assets/<hash>.<ext>`, as the URL parser gives it, still
 * percent-encoded). Returns:
 * - null when the path is not under /library-assets/ at all (the caller serves it otherwise);
 * - 'not-found' when it is, but does not name an asset exactly (no decoding, no dot segments,
 *   no sub-folders: the strict name pattern leaves nothing to traverse with);
 * - the asset's name otherwise (its file, from assetFilePath, may still be missing on disk).
 */
export function matchAssetRequestPath(pathname: string): AssetName | 'not-found' | null {
  const prefix = `/${LIBRARY_ASSETS_PATH}/`;
  if (!pathname.startsWith(prefix) && pathname !== `/${LIBRARY_ASSETS_PATH}`) return null;
  return parseAssetFileName(pathname.slice(prefix.length)) ?? 'not-found';
}
