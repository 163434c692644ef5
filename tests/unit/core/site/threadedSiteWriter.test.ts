import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, expect } from 'vitest';
import { createSiteWriter, type SiteWriter } from '../../../../src/main/core/site/siteWriter';
import { createThreadedSiteWriter } from '../../../../src/main/core/site/threadedSiteWriter';
import { AppError } from '../../../../src/main/core/errors';
import { useTempDirs } from '../../helpers/tempDir';
import { listFiles } from './siteFixture';

const tempDir = useTempDirs();

/** Some pages as a site has them: in folders two deep, one at the top, some in the same folder, one not ASCII. */
const PAGES: [string, string][] = [
  ...Array.from({ length: 300 }, (_, i): [string, string] => [`post-${i}/index.html`, `<p>Post ${i}</p>`.repeat(1 + (i % 50))]),
  ...Array.from({ length: 40 }, (_, i): [string, string] => [`tags/tag-${i % 7}/page/${i}/index.html`, `<li>${i}</li>`]),
  ['index.html', '<h1>Déjà vu — 日本語</h1>'],
  ['feed.xml', '<feed/>'],
];

function writeAll(writer: SiteWriter, pages: readonly [string, string][]): string[] {
  const written: string[] = [];
  try {
    for (const [file, content] of pages) writer.write(file, content, () => written.push(file));
    writer.flush();
  } finally {
    writer.close();
  }
  return written;
}

const contentsOf = (root: string): Record<string, string> =>
  Object.fromEntries(listFiles(root).map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));

describe('the threaded site writer', () => {
  it('writes the same files as the writer on this thread, and tells of each page once it is on disk, in order', () => {
    const threaded = tempDir('threaded');
    const inline = tempDir('inline');
    const written = writeAll(createThreadedSiteWriter(threaded, { fresh: true }), PAGES);
    writeAll(createSiteWriter(inline, { fresh: true }), PAGES);

    expect(written).toEqual(PAGES.map(([file]) => file));
    expect(contentsOf(threaded)).toEqual(contentsOf(inline));
    expect(listFiles(threaded)).toHaveLength(PAGES.length);
  });

  it('replaces pages in a folder written before, never through a link put where a page goes', () => {
    const root = tempDir('site');
    const victim = path.join(tempDir('elsewhere'), 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    writeAll(createThreadedSiteWriter(root, { fresh: true }), PAGES);
    fs.symlinkSync(victim, path.join(root, 'post-7', 'link.html'));

    const again = PAGES.map(([file, content]): [string, string] => [file, `${content}<!-- again -->`]);
    writeAll(createThreadedSiteWriter(root), [...again, ['post-7/link.html', 'ours']]);

    expect(readPage(root, 'post-3/index.html')).toBe(`${PAGES[3]?.[1]}<!-- again -->`);
    expect(fs.lstatSync(path.join(root, 'post-7', 'link.html')).isSymbolicLink()).toBe(false);
    expect(readPage(root, 'post-7/link.html')).toBe('ours');
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    // No temporary file is left behind.
    expect(listFiles(root).filter((file) => file.includes('inkpress-tmp'))).toEqual([]);
  });

  it('stops at the first page it cannot write: the pages before are written and told of, none after', () => {
    const root = tempDir('site');
    // A file where the folder of page 150 goes.
    fs.writeFileSync(path.join(root, 'post-150'), 'in the way');
    const writer = createThreadedSiteWriter(root, { fresh: true });
    const written: string[] = [];
    let thrown: unknown;
    try {
      for (const [file, content] of PAGES) writer.write(file, content, () => written.push(file));
      writer.flush();
    } catch (error) {
      thrown = error;
    } finally {
      writer.close();
    }

    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('CONFLICT');
    expect((thrown as AppError).message).toBe('Cannot write into post-150/ in the site folder: it is a file, not a folder Inkpress made');
    expect(written).toEqual(PAGES.slice(0, 150).map(([file]) => file));
    expect(listFiles(root)).toEqual([...PAGES.slice(0, 150).map(([file]) => file), 'post-150'].sort());
    // Once failed, it writes nothing more.
    expect(() => writer.write('late/index.html', 'late')).toThrow(thrown as Error);
  });

  it('says which page a folder in its way stopped, in words', () => {
    const root = tempDir('site');
    fs.mkdirSync(path.join(root, 'post-2', 'index.html'), { recursive: true });
    expect(() => writeAll(createThreadedSiteWriter(root, { fresh: true }), PAGES)).toThrow('Cannot write post-2/index.html in the site folder: a folder is in the way');
  });

  it('refuses a path outside the site folder before handing anything over', () => {
    const writer = createThreadedSiteWriter(tempDir('site'), { fresh: true });
    try {
      expect(() => writer.write('../escape.html', 'no')).toThrow('Refusing to write "../escape.html"');
      expect(() => writer.write('a/../../escape.html', 'no')).toThrow(/Refusing to write/);
    } finally {
      writer.close();
    }
  });

  it('waits for the pages handed over before copying, checking or removing', () => {
    const root = tempDir('site');
    const image = path.join(tempDir('library'), 'image.png');
    fs.writeFileSync(image, 'png');
    const writer = createThreadedSiteWriter(root, { fresh: true });
    try {
      for (const [file, content] of PAGES.slice(0, 100)) writer.write(file, content);
      expect(writer.exists('post-99/index.html')).toBe(true);
      writer.write('post-100/index.html', 'last');
      expect(writer.remove('post-100/index.html')).toBe(true);
      writer.copy('images/a.png', image);
    } finally {
      writer.close();
    }
    expect(fs.existsSync(path.join(root, 'post-100'))).toBe(false);
    expect(readPage(root, 'images/a.png')).toBe('png');
  });

  it('writes the pages itself, the same, when the thread\'s script is not there', () => {
    const root = tempDir('site');
    const inline = tempDir('inline');
    const script = pathToFileURL(path.join(tempDir('build'), 'siteFileWriterThread.mjs'));
    const written = writeAll(createThreadedSiteWriter(root, { fresh: true, thread: { script } }), PAGES);
    writeAll(createSiteWriter(inline, { fresh: true }), PAGES);
    expect(written).toEqual(PAGES.map(([file]) => file));
    expect(contentsOf(root)).toEqual(contentsOf(inline));
  });

  it('takes over the pages handed to a thread that never starts, and writes the rest itself', () => {
    const root = tempDir('site');
    // A script that loads but never says it is ready (as a thread stuck starting would).
    const stuck = path.join(tempDir('build'), 'stuck.mjs');
    fs.writeFileSync(stuck, 'setInterval(() => {}, 1000);\n');
    const written = writeAll(createThreadedSiteWriter(root, { fresh: true, thread: { script: pathToFileURL(stuck), startWithinMs: 100 } }), PAGES);
    expect(written).toEqual(PAGES.map(([file]) => file));
    expect(listFiles(root)).toEqual(PAGES.map(([file]) => file).sort());
    expect(readPage(root, 'index.html')).toBe('<h1>Déjà vu — 日本語</h1>');
  });
});

const readPage = (root: string, file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
