import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, expect } from 'vitest';
import { dispatch } from '../../../src/main/core/dispatch';
import { createHandlers, type ShellPorts } from '../../../src/main/core/handlers';
import { DEFAULT_SITE_CONFIG as ENGINE_DEFAULTS } from '../../../src/main/core/site/siteConfig';
import type { Result } from '../../../src/shared/ipc/result';
import { SITE_LIMITS, type SiteExportProgress, type SiteExportSummary } from '../../../src/shared/site';
import { docWith } from '../helpers/docs';
import { fakeShellPorts } from '../helpers/fakeShellPorts';
import { useTempDirs } from '../helpers/tempDir';
import { useServices } from '../helpers/testServices';

const tempDir = useTempDirs();
const openServices = useServices();

interface ShellRecord {
  folderDialogs: Parameters<ShellPorts['chooseFolder']>[0][];
  openedFolders: string[];
  openedInBrowser: string[];
  progress: SiteExportProgress[];
}

/** The real handler table on a temp library, with a shell that answers the folder dialog with `folder`. */
function setup(options: { folder?: string | null; onProgress?: (progress: SiteExportProgress) => void; dataDir?: string } = {}) {
  const { services, dataDir } = openServices({ dataDir: options.dataDir });
  const shell: ShellRecord = { folderDialogs: [], openedFolders: [], openedInBrowser: [], progress: [] };
  let answer = options.folder === undefined ? null : options.folder;
  const handlers = createHandlers(
    services,
    fakeShellPorts({
      chooseFolder: async (request) => {
        shell.folderDialogs.push(request);
        return answer;
      },
      openFolder: async (dir) => {
        shell.openedFolders.push(dir);
      },
      openInBrowser: async (url) => {
        shell.openedInBrowser.push(url);
      },
      siteExportProgress: (progress) => {
        shell.progress.push(progress);
        options.onProgress?.(progress);
      },
    }),
  );
  const errors: unknown[] = [];
  const call = <T = unknown>(channel: string, args?: unknown): Promise<Result<T>> =>
    dispatch(handlers, channel, args, (_message, error) => errors.push(error)) as Promise<Result<T>>;
  const answerFolderDialogWith = (folder: string | null): void => {
    answer = folder;
  };
  return { services, shell, call, errors, answerFolderDialogWith, dataDir };
}

/** A published post with a few words, dated before the fake clock's today. */
function publish(services: ReturnType<typeof setup>['services'], title: string, tags: string[] = []) {
  return services.drafts.create({ title, author: 'Ada', date: '2026-11-20', doc: docWith(`${title} has a body.`), status: 'published', tags });
}

const ready = { baseUrl: 'https://blog.example/', title: 'Night trains' };

async function exported(call: ReturnType<typeof setup>['call'], args: unknown = {}): Promise<SiteExportSummary> {
  const result = await call<{ summary: SiteExportSummary | null }>('site:export', args);
  if (!result.ok) throw new Error(`export failed: ${result.error.code} ${result.error.message}`);
  if (!result.value.summary) throw new Error('the export asked for a folder and was cancelled');
  return result.value.summary;
}

describe('site settings over IPC', () => {
  it('reads the defaults, saves a change and reads it back', async () => {
    const { call } = setup();
    expect(await call('site:get-config')).toEqual({ ok: true, value: ENGINE_DEFAULTS });
    const saved = await call('site:update-config', { title: '  Night trains ', language: 'pt-BR', baseUrl: 'https://blog.example', comments: { kind: 'disqus', shortname: 'night-trains' } });
    expect(saved).toEqual({
      ok: true,
      value: { ...ENGINE_DEFAULTS, title: 'Night trains', language: 'pt-BR', baseUrl: 'https://blog.example/', comments: { kind: 'disqus', shortname: 'night-trains' } },
    });
    expect(await call('site:get-config')).toEqual(saved);
  });

  it('refuses an invalid value with a message naming the field, and saves nothing of the patch', async () => {
    const { call } = setup();
    const result = await call('site:update-config', { title: 'Kept out', baseUrl: 'ftp://blog.example/' });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Invalid base URL: must start with https:// or http://' } });
    expect(await call('site:get-config')).toEqual({ ok: true, value: ENGINE_DEFAULTS });
  });

  it('names the comments field that is wrong', async () => {
    const { call } = setup();
    const giscus = { kind: 'giscus', repo: 'ada/blog', repoId: 'R_kgDO1', category: 'Comments', categoryId: 'not an id!', mapping: 'pathname' };
    const result = await call('site:update-config', { comments: giscus });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^Invalid comments setting \(categoryId\): /) } });
  });

  it.each([
    ['an unknown setting', { lastOutDir: '/tmp' }],
    ['a number where text goes', { title: 42 }],
    ['a language the site cannot speak', { language: 'klingon' }],
    ['a theme that is not built in', { theme: 'brutalist' }],
    ['a comments kind that does not exist', { comments: { kind: 'facebook' } }],
    ['giscus with a stray field', { comments: { kind: 'none', repo: 'a/b' } }],
    ['a site title far too long', { title: 'x'.repeat(SITE_LIMITS.titleLength + 1) }],
    ['not an object at all', 'title'],
  ])('refuses %s before the engine sees it', async (_name, patch) => {
    const { call } = setup();
    expect(await call('site:update-config', patch)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('site:get-config')).toEqual({ ok: true, value: ENGINE_DEFAULTS });
  });
});

describe('the site folder', () => {
  it('is unknown until chosen, then remembered and offered as the next starting point', async () => {
    const folder = tempDir('site');
    const { call, shell } = setup({ folder });
    expect(await call('site:get-folder')).toEqual({ ok: true, value: { outDir: null } });
    expect(await call('site:choose-folder')).toEqual({ ok: true, value: { outDir: folder } });
    expect(await call('site:get-folder')).toEqual({ ok: true, value: { outDir: folder } });
    await call('site:choose-folder');
    expect(shell.folderDialogs).toEqual([
      { title: 'Choose the folder for your site', buttonLabel: 'Export Here', defaultPath: undefined },
      { title: 'Choose the folder for your site', buttonLabel: 'Export Here', defaultPath: folder },
    ]);
  });

  it('is remembered in the library for the next session, outside the site settings', async () => {
    const folder = tempDir('site');
    const first = setup({ folder });
    await first.call('site:choose-folder');
    const next = setup({ dataDir: first.dataDir });
    expect(await next.call('site:get-folder')).toEqual({ ok: true, value: { outDir: folder } });
    expect(await next.call('site:get-config')).toEqual({ ok: true, value: ENGINE_DEFAULTS });
  });

  it('stays as it was when the dialog is cancelled', async () => {
    const folder = tempDir('site');
    const { call, answerFolderDialogWith } = setup({ folder });
    await call('site:choose-folder');
    answerFolderDialogWith(null);
    expect(await call('site:choose-folder')).toEqual({ ok: true, value: { outDir: null } });
    expect(await call('site:get-folder')).toEqual({ ok: true, value: { outDir: folder } });
  });

  it('refuses a relative path from the dialog', async () => {
    const { call } = setup({ folder: 'site' });
    expect(await call('site:choose-folder')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('site:get-folder')).toEqual({ ok: true, value: { outDir: null } });
  });

  it('takes no path from the window', async () => {
    const { call } = setup();
    expect(await call('site:choose-folder', { outDir: '/etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('site:export', { outDir: '/etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('site:export', () => {
  it('asks for a folder first when none is chosen, and exports nothing when that is cancelled', async () => {
    const { services, call, shell } = setup({ folder: null });
    services.site.updateConfig(ready);
    publish(services, 'First');
    expect(await call('site:export', {})).toEqual({ ok: true, value: { summary: null } });
    expect(shell.folderDialogs).toHaveLength(1);
    expect(shell.progress).toEqual([]);
  });

  it('exports the published posts into the chosen folder, reporting progress to the window', async () => {
    const folder = path.join(tempDir('site'), 'blog');
    const { services, call, shell } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'First', ['rail']);
    publish(services, 'Second');
    services.drafts.create({ title: 'Still a draft', doc: docWith('Not yet.') });

    const summary = await exported(call);
    expect(summary).toMatchObject({ outDir: folder, indexFile: path.join(folder, 'index.html'), posts: 2, skipped: 0, removed: 0, cancelled: false, warnings: [] });
    expect(summary.written).toBeGreaterThan(5);
    expect(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain('Night trains');
    expect(shell.progress[0]).toEqual({ phase: 'preparing', done: 0, total: 1 });
    expect(shell.progress.at(-1)).toEqual({ phase: 'pages', done: summary.written, total: summary.written });
    expect(shell.progress.every((step) => Object.keys(step).sort().join() === 'done,phase,total')).toBe(true);
  });

  it('rewrites only what changed on the next export, and removes the pages of an unpublished post', async () => {
    const folder = tempDir('site');
    const { services, call } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'First');
    const second = publish(services, 'Second');
    const full = await exported(call);

    const again = await exported(call);
    expect(again).toMatchObject({ written: 0, skipped: full.written, removed: 0 });

    services.drafts.save({ id: second.id, baseVersion: second.version, title: 'Second', author: 'Ada', date: second.date, doc: docWith('Second, edited.') });
    const edited = await exported(call);
    expect(edited.written).toBeGreaterThan(0);
    expect(edited.written).toBeLessThan(full.written / 2);

    const current = services.drafts.get(second.id);
    services.drafts.save({ id: current.id, baseVersion: current.version, title: current.title, author: current.author, date: current.date, doc: current.doc, status: 'draft' });
    const unpublished = await exported(call);
    expect(unpublished.posts).toBe(1);
    expect(unpublished.removed).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(folder, second.slug, 'index.html'))).toBe(false);
  });

  it('exports exactly the chosen posts, drafts included', async () => {
    const folder = tempDir('site');
    const { services, call } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'Published');
    const draft = services.drafts.create({ title: 'A draft', date: '2026-11-20', doc: docWith('Chosen anyway.') });
    const summary = await exported(call, { postIds: [draft.id] });
    expect(summary.posts).toBe(1);
    expect(fs.existsSync(path.join(folder, draft.slug, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(folder, 'published', 'index.html'))).toBe(false);
  });

  it('refuses an empty choice of posts, and a post that is not in the library', async () => {
    const { services, call } = setup({ folder: tempDir('site') });
    services.site.updateConfig(ready);
    expect(await call('site:export', { postIds: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('choose at least one post') } });
    expect(await call('site:export', { postIds: [404] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says the base URL is missing before writing anything', async () => {
    const folder = path.join(tempDir('site'), 'blog');
    const { services, call } = setup({ folder });
    publish(services, 'First');
    const result = await call('site:export', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('no base URL') } });
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('refuses a folder holding files Inkpress did not write', async () => {
    const folder = tempDir('site');
    fs.writeFileSync(path.join(folder, 'index.html'), '<p>Mine</p>');
    const { services, call } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'First');
    expect(await call('site:export', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).toBe('<p>Mine</p>');
  });

  it('runs one export at a time, and can be cancelled; the next export carries on', async () => {
    const folder = tempDir('site');
    let second: Promise<Result<unknown>> | null = null;
    let cancel: Promise<Result<unknown>> | null = null;
    const { services, call } = setup({
      folder,
      onProgress: (progress) => {
        if (progress.phase !== 'preparing' || cancel) return;
        second = call('site:export', {});
        cancel = call('site:cancel-export');
      },
    });
    services.site.updateConfig(ready);
    publish(services, 'First');
    publish(services, 'Second');

    const stopped = await exported(call);
    expect(await second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(stopped).toMatchObject({ cancelled: true, written: 0 });

    expect(await call('site:cancel-export')).toEqual({ ok: true, value: { cancelled: false } });
    const finished = await exported(call);
    expect(finished).toMatchObject({ cancelled: false, skipped: 0 });
    expect(finished.written).toBeGreaterThan(0);
  });
});

describe('opening the exported site', () => {
  it('needs an export first', async () => {
    const { call, shell } = setup();
    expect(await call('site:open-folder')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('site:open-in-browser')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(shell.openedFolders).toEqual([]);
    expect(shell.openedInBrowser).toEqual([]);
  });

  it('opens the folder just exported, and its home page as a file:// URL', async () => {
    const folder = path.join(tempDir('site'), 'my blog');
    const { services, call, shell } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'First');
    await exported(call);
    expect(await call('site:open-folder')).toEqual({ ok: true, value: { path: folder } });
    const url = pathToFileURL(path.join(folder, 'index.html')).href;
    expect(url).toContain('my%20blog/index.html');
    expect(await call('site:open-in-browser')).toEqual({ ok: true, value: { url } });
    expect(shell.openedFolders).toEqual([folder]);
    expect(shell.openedInBrowser).toEqual([url]);
  });

  it('takes no path or URL from the window', async () => {
    const { call } = setup();
    expect(await call('site:open-folder', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('site:open-in-browser', { url: 'https://evil.example/' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says so when the exported folder or home page is gone', async () => {
    const folder = tempDir('site');
    const { services, call, shell } = setup({ folder });
    services.site.updateConfig(ready);
    publish(services, 'First');
    await exported(call);
    fs.rmSync(path.join(folder, 'index.html'));
    expect(await call('site:open-in-browser')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    fs.rmSync(folder, { recursive: true });
    expect(await call('site:open-folder')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(shell.openedFolders).toEqual([]);
    expect(shell.openedInBrowser).toEqual([]);
  });
});
