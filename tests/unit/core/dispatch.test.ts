import { describe, it, expect } from 'vitest';
import { dispatch, type Logger } from '../../../src/main/core/dispatch';
import { createHandlers } from '../../../src/main/core/handlers';
import type { Draft, DraftSummary } from '../../../src/shared/draft';
import type { Result } from '../../../src/shared/ipc/result';
import { docWith } from '../helpers/docs';
import { useServices } from '../helpers/testServices';
import { fakeShellPorts } from '../helpers/fakeShellPorts';

const openServices = useServices();

function setup() {
  const { services } = openServices();
  const logged: { message: string; error: unknown }[] = [];
  const log: Logger = (message, error) => {
    logged.push({ message, error });
  };
  const handlers = createHandlers(services, fakeShellPorts());
  const call = (channel: unknown, args?: unknown): Promise<Result<unknown>> => dispatch(handlers, channel, args, log);
  return { services, call, logged };
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('dispatch', () => {
  it('runs the handler and returns its value as a success', async () => {
    const { call } = setup();
    const created = valueOf<Draft>(await call('drafts:create', { title: 'Hello', author: 'Ann' }));
    expect(created).toMatchObject({ title: 'Hello', author: 'Ann', slug: 'hello', version: 1 });
    const list = valueOf<DraftSummary[]>(await call('drafts:list'));
    expect(list.map((d) => d.id)).toEqual([created.id]);
  });

  it.each([['drafts:explode'], ['toString'], ['__proto__'], [42], [undefined]])('refuses the unknown channel %j', async (channel) => {
    const { call } = setup();
    expect(await call(channel, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown request "${String(channel)}"` } });
  });

  it('refuses an id that is not a positive integer, naming the field', async () => {
    const { call } = setup();
    const result = await call('drafts:get', { id: -1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(/^Invalid drafts:get request: id: /);
  });

  it('refuses keys the channel does not take, naming them', async () => {
    const { call } = setup();
    const result = await call('drafts:delete', { id: 1, force: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(result.ok ? '' : result.error.message).toContain('force');
  });

  it('refuses a save with a month 13, naming the date', async () => {
    const { call, services } = setup();
    const draft = services.drafts.create({ title: 'Hello' });
    const result = await call('drafts:save', {
      id: draft.id,
      baseVersion: draft.version,
      title: 'Changed',
      author: '',
      date: '2026-13-01',
      doc: docWith('x'),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Invalid drafts:save request: date: is not a real calendar date' },
    });
    expect(services.drafts.get(draft.id)).toEqual(draft);
  });

  it('refuses missing arguments', async () => {
    const { call } = setup();
    expect(await call('drafts:get')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps the code and message of an AppError from a handler', async () => {
    const { call, logged } = setup();
    expect(await call('drafts:get', { id: 999 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Draft 999 was not found' } });
    expect(logged).toEqual([]);
  });

  it('reports a stale save as CONFLICT', async () => {
    const { call, services } = setup();
    const draft = services.drafts.create({ title: 'Hello' });
    const save = { id: draft.id, baseVersion: 1, title: 'Hello', author: '', date: '2026-11-29', doc: docWith('one') };
    expect((await call('drafts:save', save)).ok).toBe(true);
    expect(await call('drafts:save', { ...save, doc: docWith('two') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reports an invalid document as VALIDATION', async () => {
    const { call, services } = setup();
    const draft = services.drafts.create({ title: 'Hello' });
    const save = { id: draft.id, baseVersion: 1, title: 'Hello', author: '', date: '2026-11-29', doc: { type: 'doc', content: [{ type: 'nonsense' }] } };
    expect(await call('drafts:save', save)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('turns an unexpected error into INTERNAL, without details, and logs it', async () => {
    const { call, services, logged } = setup();
    services.close();
    const result = await call('drafts:list');
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong while handling drafts:list. The library was not changed.' },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toBe('drafts:list failed');
    expect(logged[0]?.error).toBeInstanceOf(Error);
    expect((logged[0]?.error as Error).message).toMatch(/database connection is not open/);
  });
});
