import crypto from 'node:crypto';
import path from 'node:path';
import { slugFromTitle } from '../drafts/slug';
import { AppError } from '../errors';

/**
 * Names of the files an export writes. Every folder name comes from `urlSegment`, so it is
 * lowercase ASCII letters, digits and single dashes (never "..", a separator, NUL or a name
 * Windows reserves), and every write goes through `resolveInside`, which refuses any path
 * that would land outside the output folder.
 */

/** Device names Windows refuses as file or folder names, whatever the case or extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

const SLUG = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Top-level folders of the site itself, which a post's folder must not take over. */
export const SITE_FOLDERS = { page: 'page', tags: 'tags', assets: 'assets', images: 'images' } as const;
const TAKEN_AT_ROOT: ReadonlySet<string> = new Set(Object.values(SITE_FOLDERS));

/**
 * A URL path segment (and folder name) for any text: transliterated, lowercase, at most 80
 * characters; `fallback` when nothing usable is left, and a suffix for reserved names.
 */
export function urlSegment(text: string, fallback: string): string {
  // Most texts given are slugs already (every post's is): only others need transliterating.
  const slug = SLUG.test(text) ? text : /[\p{L}\p{N}]/u.test(text) ? slugFromTitle(text) : fallback;
  return WINDOWS_RESERVED.test(slug) ? `${slug}-1` : slug;
}

/**
 * Gives each item its own segment: the first to want one gets it, later ones with the same
 * wish get `-<discriminator>` (a post's id, a tag's count). Items should come in a stable
 * order (oldest first), so adding a post never renames an older one's folder.
 */
export function assignSegments<T>(
  items: readonly T[],
  wish: (item: T) => string,
  discriminator: (item: T) => string,
  taken: ReadonlySet<string> = new Set(),
): Map<T, string> {
  const used = new Set(taken);
  const result = new Map<T, string>();
  for (const item of items) {
    let segment = wish(item);
    if (used.has(segment)) {
      const base = segment.slice(0, 80 - discriminator(item).length - 1).replace(/-$/, '');
      segment = `${base}-${discriminator(item)}`;
      for (let n = 2; used.has(segment); n += 1) segment = `${base}-${discriminator(item)}-${n}`;
    }
    used.add(segment);
    result.set(item, segment);
  }
  return result;
}

/** Folder names for posts: their slug made safe, never one of the site's own folders. */
export function assignPostFolders<T extends { id: number; slug: string }>(posts: readonly T[]): Map<T, string> {
  const byAge = [...posts].sort((a, b) => a.id - b.id);
  return assignSegments(byAge, (post) => urlSegment(post.slug, `post-${post.id}`), (post) => String(post.id), TAKEN_AT_ROOT);
}

/**
 * Folder names for tags under tags/. "C++" and "C#" both want "c": the second (by name) gets
 * a few hex digits of its name's hash, which stay the same whatever other tags come and go.
 */
export function assignTagFolders(names: readonly string[]): Map<string, string> {
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return assignSegments(sorted, (name) => urlSegment(name, 'tag'), (name) => crypto.hash('sha1', name).slice(0, 6));
}

/**
 * The shape of every path an export writes: segments of lowercase letters, digits, dots,
 * dashes and underscores that start with a letter or digit (so never "." or ".."), joined by
 * "/". Such a path cannot leave the folder it is relative to.
 */
const SITE_PATH = /^[a-z0-9][a-z0-9._-]{0,254}(?:\/[a-z0-9][a-z0-9._-]{0,254})*$/;

export const isSitePath = (relative: string): boolean => SITE_PATH.test(relative);

const problem = (relative: string, why: string): AppError =>
  new AppError('VALIDATION', `Refusing to write "${relative.replace(/\0/g, '\\0')}": ${why}`);

/**
 * The absolute path of a file the export writes, given relative to the output folder with
 * forward slashes. Only site paths (isSitePath) are accepted; anything else is refused with
 * what is wrong with it: NUL, absolute paths (POSIX, Windows drive or UNC), backslashes,
 * empty, "." or ".." segments, over-long or other names.
 */
export function resolveInside(root: string, relative: string): string {
  if (SITE_PATH.test(relative)) return path.join(root, relative);
  throw problem(relative, whyNotASitePath(relative));
}

function whyNotASitePath(relative: string): string {
  if (relative.includes('\0')) return 'the name contains a NUL character';
  if (relative === '' || relative.startsWith('/') || /^[A-Za-z]:/.test(relative) || relative.startsWith('\\')) {
    return 'only names inside the output folder can be written';
  }
  if (relative.includes('\\')) return 'backslashes are not allowed in site paths';
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return 'empty, "." and ".." path segments are not allowed';
  if (segments.some((segment) => segment.length > 255)) return 'a name is longer than 255 characters';
  return 'site paths are made of lowercase letters, digits, ".", "-" and "_"';
}
