import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { assignPostFolders, assignTagFolders, isSitePath, resolveInside, urlSegment } from '../../../../src/main/core/site/sitePaths';
import { appErrorFrom } from '../../helpers/appError';

const ROOT = path.resolve('/srv/site');

describe('folder names', () => {
  it.each([
    ['a slug as it is', 'night-train', 'night-train'],
    ['traversal', '../../etc/passwd', 'etc-passwd'],
    ['an absolute path', '/etc/passwd', 'etc-passwd'],
    ['a Windows path', 'C:\\Windows\\system32', 'c-windows-system32'],
    ['NUL', 'a\u0000b', 'a-b'],
    ['only dots', '..', 'fallback'],
    ['nothing at all', '', 'fallback'],
    ['accents and other scripts', 'Café 東京', 'cafe-dong-jing'],
    ['a reserved Windows name', 'CON', 'con-1'],
    ['a reserved Windows name in lower case', 'aux', 'aux-1'],
    ['another reserved device', 'lpt1', 'lpt1-1'],
  ])('makes %s safe', (_label, text, expected) => {
    expect(urlSegment(text, 'fallback')).toBe(expected);
  });

  it('keeps names short enough for every file system', () => {
    const segment = urlSegment('word '.repeat(500), 'fallback');
    expect(segment.length).toBeLessThanOrEqual(80);
    expect(segment).toMatch(/^word(-word)*$/);
  });

  it('gives each post its own folder, never one of the site\'s own, oldest post first', () => {
    const posts = [
      { id: 3, slug: 'hello' },
      { id: 1, slug: 'hello' },
      { id: 2, slug: 'tags' },
      { id: 4, slug: 'page' },
      { id: 5, slug: '../hello' },
      { id: 6, slug: 'nul' },
    ];
    const folders = assignPostFolders(posts);
    expect(posts.map((post) => folders.get(post))).toEqual(['hello-3', 'hello', 'tags-2', 'page-4', 'hello-5', 'nul-1']);
  });

  it('gives each tag its own folder, the same whatever other tags there are', () => {
    const folders = assignTagFolders(['C++', 'C#', 'Travel', 'travel notes']);
    expect(folders.get('C#')).toBe('c');
    expect(folders.get('C++')).toMatch(/^c-[0-9a-f]{6}$/);
    expect(folders.get('Travel')).toBe('travel');
    expect(folders.get('travel notes')).toBe('travel-notes');
    expect(assignTagFolders(['C++', 'C#', 'Zebra']).get('C++')).toBe(folders.get('C++'));
  });
});

describe('paths inside the site folder', () => {
  it('resolves site paths inside the folder', () => {
    expect(resolveInside(ROOT, 'index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveInside(ROOT, 'tags/c-2/page/2/index.html')).toBe(path.join(ROOT, 'tags', 'c-2', 'page', '2', 'index.html'));
    expect(isSitePath('images/ab.png')).toBe(true);
  });

  it.each([
    ['a parent folder', '../outside.html', 'empty, "." and ".." path segments are not allowed'],
    ['a parent folder further in', 'tags/../../outside.html', 'empty, "." and ".." path segments are not allowed'],
    ['an absolute path', '/etc/passwd', 'only names inside the output folder can be written'],
    ['a Windows drive', 'C:/Windows/win.ini', 'only names inside the output folder can be written'],
    ['a UNC path', '\\\\server\\share\\x', 'only names inside the output folder can be written'],
    ['a backslash', 'tags\\..\\x', 'backslashes are not allowed'],
    ['NUL', 'index.html\u0000.png', 'the name contains a NUL character'],
    ['an empty path', '', 'only names inside the output folder can be written'],
    ['"."', './index.html', 'empty, "." and ".." path segments are not allowed'],
    ['a hidden file', '.htaccess', 'site paths are made of lowercase letters'],
    ['a very long name', `${'a'.repeat(300)}.html`, 'a name is longer than 255 characters'],
  ])('refuses %s', (_label, relative, why) => {
    const error = appErrorFrom(() => resolveInside(ROOT, relative));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(why);
    expect(isSitePath(relative)).toBe(false);
  });
});
