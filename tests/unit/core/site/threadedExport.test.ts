import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, vi } from 'vitest';
import { THREADED_FROM_PAGES } from '../../../../src/main/core/site/exportSite';
import * as threadedSiteWriter from '../../../../src/main/core/site/threadedSiteWriter';
import { MANIFEST_FILE } from '../../../../src/main/core/site/siteManifest';
import { appErrorFrom } from '../../helpers/appError';
import { listFiles, useSiteLibrary, type SiteLibrary } from './siteFixture';

// The real writer, watched: these tests are about exports that use it.
vi.mock('../../../../src/main/core/site/threadedSiteWriter', async (importOriginal) => {
  const actual = await importOriginal<typeof threadedSiteWriter>();
  return { ...actual, createThreadedSiteWriter: vi.fn(actual.createThreadedSiteWriter) };
});

const openSite = useSiteLibrary();

/** A site with enough posts for its export to write pages on a second thread. */
function bigSite(): { site: SiteLibrary; slugs: string[] } {
  const site = openSite();
  const slugs = site.services.db.transaction(() =>
    Array.from({ length: THREADED_FROM_PAGES }, (_, i) => site.publish(`Post ${i}`, { date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-10`, tags: [`Tag ${i % 5}`] }).slug),
  )();
  return { site, slugs };
}

const contentsOf = (root: string): Map<string, string> => new Map(listFiles(root).map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));

/** The files the folder's manifest records as written (claimed ones have an empty key). */
function recorded(root: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8')) as { files: Record<string, string> };
  return Object.entries(manifest.files)
    .filter(([, key]) => key !== '')
    .map(([file]) => file)
    .sort();
}

describe('a big export, its pages written on a second thread', () => {
  it('writes and records every page, rewrites them the same when forced, and then finds nothing to do', () => {
    const { site } = bigSite();
    const outDir = path.join(site.tempDir('site'), 'out');

    const first = site.exportTo(outDir);
    expect(threadedSiteWriter.createThreadedSiteWriter).toHaveBeenCalledTimes(1);
    const files = listFiles(outDir).filter((file) => file !== MANIFEST_FILE);
    expect(first.written).toBeGreaterThanOrEqual(THREADED_FROM_PAGES);
    expect(first.written).toBe(files.length);
    expect(recorded(outDir)).toEqual(files);
    const pages = contentsOf(outDir);

    // Into a folder exported before: every page replaced (renamed over), the same.
    const forced = site.exportTo(outDir, { force: true });
    expect(forced.written).toBe(first.written);
    expect(contentsOf(outDir)).toEqual(pages);
    expect(listFiles(outDir).filter((file) => file.includes('inkpress-tmp'))).toEqual([]);

    expect(site.exportTo(outDir)).toMatchObject({ written: 0, skipped: first.written, removed: 0 });
    // Nothing to write: no thread started for it.
    expect(threadedSiteWriter.createThreadedSiteWriter).toHaveBeenCalledTimes(2);
  });

  it('stops at a page it cannot write, having recorded those written; the next export writes the rest', () => {
    const { site, slugs } = bigSite();
    const outDir = path.join(site.tempDir('site'), 'out');
    let obstacle: string | null = null;
    const error = appErrorFrom(() =>
      site.exportTo(outDir, {
        onProgress: (progress) => {
          if (obstacle !== null || progress.phase !== 'pages') return;
          // A file where the folder of a post not written yet goes (the thread may be making
          // folders meanwhile: 'wx' takes the first name it has not reached).
          for (const slug of [...slugs].reverse()) {
            try {
              fs.writeFileSync(path.join(outDir, slug), 'in the way', { flag: 'wx' });
              obstacle = slug;
              return;
            } catch {
              // made already: try the next
            }
          }
        },
      }),
    );
    expect(obstacle).not.toBeNull();
    expect(error).toMatchObject({ code: 'CONFLICT', message: `Cannot write into ${obstacle}/ in the site folder: it is a file, not a folder Inkpress made` });
    const onDisk = listFiles(outDir).filter((file) => file !== MANIFEST_FILE && file !== obstacle);
    expect(recorded(outDir)).toEqual(onDisk);

    fs.rmSync(path.join(outDir, obstacle as unknown as string));
    const next = site.exportTo(outDir);
    expect(next.written + onDisk.length).toBe(listFiles(outDir).length - 1);
    expect(next.skipped).toBe(onDisk.length);
    expect(recorded(outDir)).toEqual(listFiles(outDir).filter((file) => file !== MANIFEST_FILE));
  });

  it('in the app, exports in slices and, cancelled midway, records just the pages on disk; the next export goes on', async () => {
    const { site } = bigSite();
    const outDir = path.join(site.tempDir('site'), 'out');
    const controller = new AbortController();
    const phases: string[] = [];
    const summary = await site.services.site.exportSite({
      outDir,
      signal: controller.signal,
      onProgress: (progress) => {
        phases.push(progress.phase);
        if (progress.phase === 'pages' && progress.done >= 50) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    const onDisk = listFiles(outDir).filter((file) => file !== MANIFEST_FILE);
    expect(summary.written).toBe(onDisk.length);
    expect(recorded(outDir)).toEqual(onDisk);

    const rest = await site.services.site.exportSite({ outDir });
    expect(rest).toMatchObject({ cancelled: false, skipped: onDisk.length });
    expect(recorded(outDir)).toEqual(listFiles(outDir).filter((file) => file !== MANIFEST_FILE));
  });
});
