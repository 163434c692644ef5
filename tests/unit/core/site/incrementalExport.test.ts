import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { SiteExportProgress } from '../../../../src/main/core/site/exportSite';
import { MANIFEST_FILE } from '../../../../src/main/core/site/siteManifest';
import { appErrorFrom } from '../../helpers/appError';
import { docWith } from '../../helpers/docs';
import { listFiles, readSite, useSiteLibrary, type SiteLibrary } from './siteFixture';

const openSite = useSiteLibrary();

/**
 * The inode and modification time (in nanoseconds) of every file: a file rewritten (a new file
 * renamed over it) has a new pair, even when the file system hands out a freed inode again.
 */
function inodes(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => {
      const stat = fs.statSync(path.join(root, file), { bigint: true });
      return [file, `${stat.ino}:${stat.mtimeNs}`];
    }),
  );
}

/** The files rewritten or added since `before`, the manifest aside. */
function rewritten(root: string, before: Map<string, string>): string[] {
  return [...inodes(root)].filter(([file, ino]) => file !== MANIFEST_FILE && before.get(file) !== ino).map(([file]) => file);
}

/** Three posts with descriptions (so lists show those, not the body), one tag each. */
function threePosts(site: SiteLibrary) {
  const a = site.publish('Alpha', { date: '2026-10-01', description: 'About alpha.', tags: ['Letters'] });
  const b = site.publish('Beta', { date: '2026-10-02', description: 'About beta.', tags: ['Letters'] });
  const c = site.publish('Gamma', { date: '2026-10-03', description: 'About gamma.', tags: ['Greek'] });
  const outDir = path.join(site.tempDir('site'), 'out');
  site.exportTo(outDir);
  return { a, b, c, outDir };
}

describe('exporting again into the same folder', () => {
  it('writes nothing when nothing changed', () => {
    const site = openSite();
    const { outDir } = threePosts(site);
    const before = inodes(outDir);
    const manifest = readSite(outDir, MANIFEST_FILE);

    const summary = site.exportTo(outDir);

    expect(summary).toMatchObject({ written: 0, removed: 0, skipped: before.size - 1 });
    expect(rewritten(outDir, before)).toEqual([]);
    expect(inodes(outDir).get(MANIFEST_FILE)).toBe(before.get(MANIFEST_FILE));
    expect(readSite(outDir, MANIFEST_FILE)).toBe(manifest);
  });

  it('rewrites a post\'s page and the pages, lists and feeds that show it when it changed, and nothing else', () => {
    const site = openSite();
    const { a, outDir } = threePosts(site);
    const before = inodes(outDir);
    site.edit(a.id, { doc: docWith('A new body for alpha.') });

    const summary = site.exportTo(outDir);

    // Beta links to alpha (its older neighbour); Gamma and the Greek tag do not show it. The
    // sitemap gives the day of the last change, which is still today: it stays as it was.
    const shown = ['alpha/index.html', 'atom.xml', 'beta/index.html', 'feed.xml', 'index.html', 'tags/letters/index.html'];
    expect(rewritten(outDir, before).sort()).toEqual(shown);
    expect(summary).toMatchObject({ written: 6, removed: 0 });
    expect(readSite(outDir, 'alpha/index.html')).toContain('<p>A new body for alpha.</p>');

    const after = inodes(outDir);
    site.clock.advance(24 * 60 * 60 * 1000);
    site.edit(a.id, { doc: docWith('And again, a day later.') });
    site.exportTo(outDir);
    expect(rewritten(outDir, after).sort()).toEqual([...shown, 'sitemap.xml'].sort());
  });

  it('rewrites the lists that show a post, and its neighbours\' links, when its title changed', () => {
    const site = openSite();
    const { b, outDir } = threePosts(site);
    site.edit(b.id, { slug: 'beta-post' }); // a custom slug: the folder stays when the title changes
    site.exportTo(outDir);
    const before = inodes(outDir);
    site.edit(b.id, { title: 'Beta, revised' });

    site.exportTo(outDir);

    expect(rewritten(outDir, before).sort()).toEqual([
      'alpha/index.html',
      'atom.xml',
      'beta-post/index.html',
      'feed.xml',
      'gamma/index.html',
      'index.html',
      'tags/letters/index.html',
    ]);
    expect(readSite(outDir, 'index.html')).toContain('Beta, revised');
  });

  it('removes the pages of a post that is no longer published, and a tag page left empty', () => {
    const site = openSite();
    const { c, outDir } = threePosts(site);
    site.edit(c.id, { status: 'draft' });

    const summary = site.exportTo(outDir);

    expect(summary.removed).toBe(2);
    expect(fs.existsSync(path.join(outDir, 'gamma'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'tags', 'greek'))).toBe(false);
    expect(readSite(outDir, 'index.html')).not.toContain('Gamma');
    expect(JSON.parse(readSite(outDir, MANIFEST_FILE)).files).not.toHaveProperty(['gamma/index.html']);
  });

  it('removes the pages of a post moved to the trash, and a renamed post\'s old folder', () => {
    const site = openSite();
    const { a, b, outDir } = threePosts(site);
    site.services.drafts.trash(a.id);
    site.edit(b.id, { slug: 'beta-two' });

    site.exportTo(outDir);

    expect(fs.existsSync(path.join(outDir, 'alpha'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'beta'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'beta-two', 'index.html'))).toBe(true);
  });

  it('never removes a file Inkpress did not write, and never touches anything outside the folder', () => {
    const site = openSite();
    const { c, outDir } = threePosts(site);
    const outside = path.join(path.dirname(outDir), 'notes.txt');
    fs.writeFileSync(outside, 'mine');
    fs.writeFileSync(path.join(outDir, 'CNAME'), 'blog.example.com\n');
    fs.writeFileSync(path.join(outDir, 'gamma', 'draft-notes.txt'), 'mine too');
    site.edit(c.id, { status: 'draft' });

    site.exportTo(outDir);

    expect(fs.existsSync(path.join(outDir, 'gamma', 'index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(outDir, 'gamma', 'draft-notes.txt'), 'utf8')).toBe('mine too');
    expect(readSite(outDir, 'CNAME')).toBe('blog.example.com\n');
    expect(fs.readFileSync(outside, 'utf8')).toBe('mine');
    expect(fs.readdirSync(path.dirname(outDir)).sort()).toEqual(['notes.txt', 'out']);
  });

  it('rewrites everything when the theme or a setting every page shows changes, and removes the old stylesheet', () => {
    const site = openSite();
    const { outDir } = threePosts(site);
    const before = inodes(outDir);
    const oldAssets = listFiles(outDir).filter((file) => file.startsWith('assets/'));

    const summary = site.exportTo(outDir, { overrides: { theme: 'margin' } });

    // Every page again; a new stylesheet and icon (named by their content) instead of the old ones.
    expect(rewritten(outDir, before)).toHaveLength(before.size - 1);
    expect(summary.removed).toBe(2);
    for (const file of oldAssets) expect(fs.existsSync(path.join(outDir, file))).toBe(false);
  });

  it('rewrites every file when asked to', () => {
    const site = openSite();
    const { outDir } = threePosts(site);
    const before = inodes(outDir);
    expect(site.exportTo(outDir, { force: true })).toMatchObject({ written: before.size - 1, skipped: 0 });
    expect(rewritten(outDir, before)).toHaveLength(before.size - 1);
  });

  it('prepares each body once per version, and keeps it in the library for the next export', () => {
    const site = openSite();
    const { a, outDir } = threePosts(site);
    const bodies = () => site.services.db.prepare<[], { draft_id: number; source: string }>('SELECT draft_id, source FROM site_post_bodies ORDER BY draft_id').all();
    const first = bodies();
    expect(first.map((row) => row.draft_id)).toHaveLength(3);
    expect(first[0]?.source).toMatch(new RegExp(`^${a.id}:1:`));

    site.edit(a.id, { doc: docWith('Changed.') });
    site.exportTo(outDir);
    const second = bodies();
    expect(second[0]?.source).toMatch(new RegExp(`^${a.id}:2:`));
    expect(second.slice(1)).toEqual(first.slice(1));
  });
});

describe('preparing bodies ahead of an export', () => {
  it('prepares the bodies of the posts due, once per version, and stops when asked', async () => {
    const site = openSite();
    const a = site.publish('Alpha');
    site.publish('Beta');
    site.publish('Draft', { status: 'draft' });
    const controller = new AbortController();
    controller.abort();
    expect(await site.services.site.preparePostBodies({ signal: controller.signal })).toEqual({ prepared: 0, left: 2 });

    expect(await site.services.site.preparePostBodies()).toEqual({ prepared: 2, left: 0 });
    expect(await site.services.site.preparePostBodies()).toEqual({ prepared: 0, left: 0 });
    site.edit(a.id, { doc: docWith('New words.') });
    expect(await site.services.site.preparePostBodies()).toEqual({ prepared: 1, left: 0 });
    const row = site.services.db.prepare<[number], { html: string }>('SELECT html FROM site_post_bodies WHERE draft_id = ?').get(a.id);
    expect(row?.html).toBe('<p>New words.</p>');
  });
});

describe('the folder an export goes into', () => {
  it('refuses a folder with files Inkpress did not write, and writes nothing into it', () => {
    const site = openSite();
    site.publish('Post');
    const home = site.tempDir('home');
    fs.writeFileSync(path.join(home, 'taxes.pdf'), 'private');

    const error = appErrorFrom(() => site.exportTo(home));

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `The folder ${home} already holds files that Inkpress did not export (no ${MANIFEST_FILE} in it). Choose an empty folder, or the one you exported this site to before; nothing was written.`,
    );
    expect(fs.readdirSync(home)).toEqual(['taxes.pdf']);
  });

  it('takes an empty folder, and creates a missing one', () => {
    const site = openSite();
    site.publish('Post');
    const empty = site.tempDir('empty');
    expect(site.exportTo(empty).posts).toBe(1);
    const missing = path.join(site.tempDir('parent'), 'a', 'b');
    expect(site.exportTo(missing).posts).toBe(1);
    expect(fs.existsSync(path.join(missing, 'index.html'))).toBe(true);
  });

  it('refuses a file as the folder', () => {
    const site = openSite();
    const file = path.join(site.tempDir('file'), 'site');
    fs.writeFileSync(file, 'not a folder');
    expect(appErrorFrom(() => site.exportTo(file)).message).toContain('it is a file, not a folder');
  });

  it.each([
    ['not JSON', '{"format": 1, '],
    ['another program\'s', JSON.stringify({ files: {} })],
    ['listing a file outside the folder', JSON.stringify({ format: 1, generator: 'Inkpress', files: { '../notes.txt': 'k' }, uses: {} })],
    ['listing an absolute path', JSON.stringify({ format: 1, generator: 'Inkpress', files: { '/etc/passwd': 'k' }, uses: {} })],
    ['naming something else as an image', JSON.stringify({ format: 1, generator: 'Inkpress', files: {}, uses: { 'a/index.html': ['../../x.png'] } })],
  ])('refuses a manifest that is %s, and removes nothing', (_label, manifest) => {
    const site = openSite();
    const { outDir } = threePosts(site);
    const outside = path.join(path.dirname(outDir), 'notes.txt');
    fs.writeFileSync(outside, 'mine');
    fs.writeFileSync(path.join(outDir, MANIFEST_FILE), manifest);
    const files = listFiles(outDir);

    const error = appErrorFrom(() => site.exportTo(outDir));

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('is damaged');
    expect(listFiles(outDir)).toEqual(files);
    expect(fs.readFileSync(outside, 'utf8')).toBe('mine');
  });

  it('stops before writing over a file it did not write, where a new page would go', () => {
    const site = openSite();
    const { outDir } = threePosts(site);
    fs.mkdirSync(path.join(outDir, 'about'));
    fs.writeFileSync(path.join(outDir, 'about', 'index.html'), '<p>My own about page</p>');
    site.publish('About');
    const before = inodes(outDir);

    const error = appErrorFrom(() => site.exportTo(outDir));

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('The site folder already has about/index.html, which Inkpress did not write');
    expect(readSite(outDir, 'about/index.html')).toBe('<p>My own about page</p>');
    expect(rewritten(outDir, before)).toEqual([]);
  });

  it('never follows a link out of the folder', () => {
    const site = openSite();
    site.publish('Post', { tags: ['Linked'] });
    const outDir = site.tempDir('site');
    const elsewhere = site.tempDir('elsewhere');
    site.exportTo(outDir);
    fs.rmSync(path.join(outDir, 'tags'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(outDir, 'tags'));

    const error = appErrorFrom(() => site.exportTo(outDir, { force: true }));

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Cannot write into tags/ in the site folder: it is a link');
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });
});

describe('removing stale pages', () => {
  it('never removes through a folder that became a link out of the site folder', () => {
    const site = openSite();
    const { c, outDir } = threePosts(site);
    const elsewhere = site.tempDir('elsewhere');
    fs.writeFileSync(path.join(elsewhere, 'index.html'), 'not the site\'s');
    fs.rmSync(path.join(outDir, 'gamma'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(outDir, 'gamma'));
    site.edit(c.id, { status: 'draft' });

    site.exportTo(outDir);

    expect(fs.readFileSync(path.join(elsewhere, 'index.html'), 'utf8')).toBe('not the site\'s');
    expect(fs.lstatSync(path.join(outDir, 'gamma')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readSite(outDir, MANIFEST_FILE)).files).not.toHaveProperty(['gamma/index.html']);
  });
});

describe('writing pages', () => {
  it('never writes through a link named like its temporary file', () => {
    const site = openSite();
    const { a, outDir } = threePosts(site);
    const victim = path.join(site.tempDir('elsewhere'), 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    fs.symlinkSync(victim, path.join(outDir, 'alpha', '.index.html.inkpress-tmp'));
    fs.symlinkSync(victim, path.join(outDir, `${MANIFEST_FILE}.inkpress-tmp`));
    site.edit(a.id, { doc: docWith('Rewritten.') });

    site.exportTo(outDir);

    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readSite(outDir, 'alpha/index.html')).toContain('<p>Rewritten.</p>');
    expect(fs.existsSync(path.join(outDir, 'alpha', '.index.html.inkpress-tmp'))).toBe(false);
  });
});

describe('progress and cancelling', () => {
  it('reports each phase in order, ending each at its total', async () => {
    const site = openSite();
    const { outDir } = threePosts(site);
    site.publish('Delta', { status: 'published' });
    const events: SiteExportProgress[] = [];
    await site.services.site.exportSite({ outDir, onProgress: (progress) => events.push(progress) });
    const phases = [...new Set(events.map((event) => event.phase))];
    expect(phases).toEqual(['preparing', 'pages']);
    for (const event of events) expect(event.done).toBeLessThanOrEqual(event.total);
    expect(events.at(-1)).toEqual({ phase: 'pages', done: events.at(-1)?.total, total: events.at(-1)?.total });
  });

  it('stops between two files when cancelled, records what it wrote, and the next export finishes the job', async () => {
    const site = openSite();
    for (let i = 0; i < 30; i += 1) site.publish(`Post ${i}`, { date: '2026-10-01' });
    const outDir = site.tempDir('site');
    const controller = new AbortController();

    const cancelled = await site.services.site.exportSite({
      outDir,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'pages') controller.abort();
      },
    });

    // The first file of the pages is written, then the export stops at the next check.
    expect(cancelled).toMatchObject({ cancelled: true, written: 1 });
    const manifest = JSON.parse(readSite(outDir, MANIFEST_FILE)) as { files: Record<string, string> };
    const recorded = Object.entries(manifest.files).filter(([, key]) => key !== '');
    expect(recorded).toHaveLength(cancelled.written);
    for (const [file] of recorded) expect(fs.existsSync(path.join(outDir, file))).toBe(true);

    const finished = site.exportTo(outDir);
    expect(finished).toMatchObject({ cancelled: false, skipped: cancelled.written, removed: 0 });
    expect(listFiles(outDir).filter((file) => /^post-\d+\/index\.html$/.test(file))).toHaveLength(30);
  });

  it('refuses a second export into a folder while one is running', async () => {
    const site = openSite();
    for (let i = 0; i < 5; i += 1) site.publish(`Post ${i}`);
    const outDir = site.tempDir('site');
    let second: unknown;
    await site.services.site.exportSite({
      outDir,
      onProgress: () => {
        second ??= appErrorFrom(() => site.exportTo(outDir));
      },
    });
    expect(second).toMatchObject({ code: 'CONFLICT', message: `The site is already being exported to ${outDir}; wait for that export to finish.` });
    expect(site.exportTo(outDir).written).toBe(0);
  });
});
