import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { dispatch, type Logger } from '../../../src/main/core/dispatch';
import { createHandlers, type ShellPorts } from '../../../src/main/core/handlers';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { ARG_SCHEMAS } from '../../../src/shared/ipc/schemas';
import type { Result } from '../../../src/shared/ipc/result';
import { docWith } from '../helpers/docs';
import { useTempDirs } from '../helpers/tempDir';
import { useServices } from '../helpers/testServices';
import { fakeShellPorts } from '../helpers/fakeShellPorts';

const tempDir = useTempDirs();
const openServices = useServices();

type SaveDialogRequest = Parameters<ShellPorts['chooseSavePath']>[0];

function setup(answer: string | null) {
  const { services } = openServices();
  const asked: SaveDialogRequest[] = [];
  const handlers = createHandlers(
    services,
    fakeShellPorts({
      chooseSavePath: async (options) => {
        asked.push(options);
        return answer;
      },
    }),
  );
  const logged: unknown[] = [];
  const log: Logger = (_message, error) => {
    logged.push(error);
  };
  const call = (channel: string, args?: unknown): Promise<Result<unknown>> => dispatch(handlers, channel, args, log);
  return { services, handlers, asked, call, logged };
}

describe('createHandlers', () => {
  it('has a handler and an argument schema for every channel', () => {
    const { handlers } = setup(null);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(typeof handlers[channel]).toBe('function');
      expect(ARG_SCHEMAS[channel]).toBeDefined();
    }
  });

  it('export:html asks where to save, and writes nothing when the dialog is cancelled', async () => {
    const { services, call, asked } = setup(null);
    const draft = services.drafts.create({ title: 'My Post' });
    expect(await call('export:html', { id: draft.id })).toEqual({ ok: true, value: { path: null } });
    expect(asked).toEqual([{ title: 'Export as HTML', defaultName: 'my-post.html', filters: [{ name: 'Web page', extensions: ['html'] }] }]);
  });

  it('export:html writes the post page, in the site\'s theme, where the dialog says', async () => {
    const target = path.join(tempDir('handlers'), 'chosen.html');
    const { services, call } = setup(target);
    const draft = services.drafts.create({ title: 'My Post', author: 'Ann', doc: docWith('Body text') });
    expect(await call('export:html', { id: draft.id })).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe(services.site.postDocument(draft.id));
    expect(fs.readFileSync(target, 'utf8')).toContain('<style>/* Inkpress theme: Harbor */');

    services.site.updateConfig({ theme: 'margin' });
    expect(await call('export:html', { id: draft.id })).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toContain('<style>/* Inkpress theme: Margin */');
  });

  it('export:html of a draft that does not exist is NOT_FOUND, before any dialog opens', async () => {
    const { call, asked } = setup('/never/used.html');
    expect(await call('export:html', { id: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(asked).toEqual([]);
  });

  it('export:html into a missing folder is IO', async () => {
    const target = path.join(tempDir('handlers'), 'gone', 'post.html');
    const { services, call } = setup(target);
    const draft = services.drafts.create({ title: 'My Post' });
    const result = await call('export:html', { id: draft.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(result.ok ? '' : result.error.message).toContain('the folder does not exist');
  });

  it('preview:render returns the post\'s page in the site\'s theme, with the details not saved yet', async () => {
    const { services, call } = setup(null);
    services.site.updateConfig({ theme: 'margin' });
    const post = { title: 'Preview', author: 'Ann', date: '2026-11-29', tags: ['a'], doc: docWith('Seen as it will be'), description: 'Soon', language: 'de' };
    expect(await call('preview:render', post)).toEqual({ ok: true, value: { html: services.site.previewDocument(post) } });
    const result = await call('preview:render', post);
    const html = result.ok ? (result.value as { html: string }).html : '';
    expect(html).toContain('<style>/* Inkpress theme: Margin */');
    expect(html).toContain('<p class="post-lede">Soon</p>');
    expect(html).toContain('<html lang="de">');
  });

  it('preview:render refuses a cover that is not an image address', async () => {
    const { call } = setup(null);
    const post = { title: 'Preview', author: 'Ann', date: '2026-11-29', tags: [], doc: docWith('x'), coverImage: 'javascript:alert(1)' };
    expect(await call('preview:render', post)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('drafts:create, get, save, list and delete work through dispatch', async () => {
    const { call, logged } = setup(null);
    const created = await call('drafts:create', { title: 'Round trip' });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: number };
    expect(await call('drafts:get', { id })).toMatchObject({ ok: true, value: { id, title: 'Round trip' } });
    const saved = await call('drafts:save', { id, baseVersion: 1, title: 'Renamed', author: 'Bo', date: '2026-11-30', doc: docWith('a b c') });
    expect(saved).toMatchObject({ ok: true, value: { version: 2, summary: { title: 'Renamed', slug: 'renamed', wordCount: 3 } } });
    expect(await call('drafts:list')).toMatchObject({ ok: true, value: [{ id, title: 'Renamed' }] });
    expect(await call('drafts:trash', { id })).toMatchObject({ ok: true, value: { id, trashedAt: expect.any(String) } });
    expect(await call('drafts:delete', { id })).toEqual({ ok: true, value: { id } });
    expect(await call('drafts:list')).toEqual({ ok: true, value: [] });
    expect(logged).toEqual([]);
  });
});
