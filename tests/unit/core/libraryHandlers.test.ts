import { describe, it, expect } from 'vitest';
import { dispatch, type Logger } from '../../../src/main/core/dispatch';
import { createHandlers } from '../../../src/main/core/handlers';
import type { Result } from '../../../src/shared/ipc/result';
import { docWith } from '../helpers/docs';
import { useServices } from '../helpers/testServices';
import { fakeShellPorts } from '../helpers/fakeShellPorts';

const openServices = useServices();

/** The library channels through the real dispatch: argument checks, handlers, results. */
function setup() {
  const { services } = openServices();
  const handlers = createHandlers(services, fakeShellPorts());
  const logged: unknown[] = [];
  const log: Logger = (_message, error) => void logged.push(error);
  const call = (channel: string, args?: unknown): Promise<Result<unknown>> => dispatch(handlers, channel, args, log);
  return { services, call, logged };
}

describe('library channels', () => {
  it('drafts:trash, untrash, delete and empty-trash', async () => {
    const { services, call, logged } = setup();
    const a = services.drafts.create({ title: 'A' });
    const b = services.drafts.create({ title: 'B' });
    expect(await call('drafts:delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Move it to the trash first') } });
    expect(await call('drafts:trash', { id: a.id })).toMatchObject({ ok: true, value: { id: a.id, trashedAt: expect.any(String) } });
    expect(await call('drafts:untrash', { id: a.id })).toMatchObject({ ok: true, value: { id: a.id, trashedAt: null } });
    await call('drafts:trash', { id: a.id });
    await call('drafts:trash', { id: b.id });
    expect(await call('drafts:delete', { id: a.id })).toEqual({ ok: true, value: { id: a.id } });
    expect(await call('drafts:empty-trash')).toEqual({ ok: true, value: { deleted: 1 } });
    expect(await call('drafts:trash', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logged).toEqual([]);
  });

  it('drafts:save takes metadata, and refuses a bad one before the handler runs', async () => {
    const { services, call } = setup();
    const draft = services.drafts.create({ title: 'A' });
    const save = { id: draft.id, baseVersion: 1, title: 'A', author: '', date: draft.date, doc: draft.doc };
    expect(await call('drafts:save', { ...save, status: 'published', tags: ['x'], slug: 'my-a' })).toMatchObject({
      ok: true,
      value: { version: 2, summary: { status: 'published', slug: 'my-a' } },
    });
    expect(await call('drafts:save', { ...save, baseVersion: 2, status: 'gone' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('drafts:save', { ...save, baseVersion: 2, coverImage: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('library:page and library:counts', async () => {
    const { services, call } = setup();
    services.drafts.create({ title: 'A', tags: ['t'], status: 'published' });
    expect(await call('library:page', {})).toMatchObject({ ok: true, value: { total: 1, items: [{ title: 'A', status: 'published' }] } });
    expect(await call('library:page', { status: 'draft', limit: 10, offset: 0 })).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(await call('library:page', { limit: 100_000 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('library:counts')).toEqual({
      ok: true,
      value: { all: 1, byStatus: { draft: 0, scheduled: 0, published: 1 }, trash: 0, tags: [{ name: 't', count: 1 }] },
    });
  });

  it('tags:list, rename, merge and delete answer with the new tag list', async () => {
    const { services, call } = setup();
    services.drafts.create({ title: 'A', tags: ['a', 'b', 'c'] });
    expect(await call('tags:list')).toEqual({ ok: true, value: [{ name: 'a', count: 1 }, { name: 'b', count: 1 }, { name: 'c', count: 1 }] });
    expect(await call('tags:rename', { from: 'a', to: 'z' })).toEqual({ ok: true, value: [{ name: 'b', count: 1 }, { name: 'c', count: 1 }, { name: 'z', count: 1 }] });
    expect(await call('tags:merge', { from: ['b'], into: 'c' })).toEqual({ ok: true, value: [{ name: 'c', count: 1 }, { name: 'z', count: 1 }] });
    expect(await call('tags:delete', { name: 'z' })).toEqual({ ok: true, value: [{ name: 'c', count: 1 }] });
    expect(await call('tags:rename', { from: 'c', to: ' ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('tags:delete', { name: 'ghost' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('search:query', async () => {
    const { services, call } = setup();
    const draft = services.drafts.create({ title: 'Harbour', doc: docWith('Boats and gulls.') });
    expect(await call('search:query', { query: 'gull' })).toMatchObject({ ok: true, value: [{ id: draft.id, snippetHtml: 'Boats and <mark>gulls</mark>.' }] });
    expect(await call('search:query', { query: '  ' })).toEqual({ ok: true, value: [] });
    expect(await call('search:query', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
