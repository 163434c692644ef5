import { describe, it, expect } from 'vitest';
import { dispatch } from '../../../../src/main/core/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import type { Draft } from '../../../../src/shared/draft';
import type { Result } from '../../../../src/shared/ipc/result';
import type { RevisionDiff, RevisionSummary } from '../../../../src/shared/library';
import { docWith } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';
import { fakeShellPorts } from '../../helpers/fakeShellPorts';

const openServices = useServices();
const MINUTE = 60_000;

function setup() {
  const { services, clock } = openServices();
  const handlers = createHandlers(services, fakeShellPorts());
  const logged: unknown[] = [];
  const call = <T>(channel: string, args?: unknown): Promise<Result<T>> =>
    dispatch(handlers, channel, args, (_message, error) => void logged.push(error)) as Promise<Result<T>>;
  const value = async <T>(channel: string, args?: unknown): Promise<T> => {
    const result = await call<T>(channel, args);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const draft = services.drafts.create({ title: 'Post', doc: docWith('First text.') });
  const save = (text: string): void => {
    const current = services.drafts.get(draft.id);
    services.drafts.save({ id: draft.id, baseVersion: current.version, title: current.title, author: current.author, date: current.date, doc: docWith(text) });
  };
  return { services, clock, call, value, draft, save, logged };
}

describe('revisions:* through dispatch', () => {
  it('lists, names, checkpoints, diffs and restores', async () => {
    const { clock, value, draft, save, logged } = setup();
    save('Second text.');
    clock.advance(MINUTE);
    const named = await value<RevisionSummary>('revisions:save-named', { draftId: draft.id, name: 'Before the edit' });
    expect(named).toMatchObject({ kind: 'named', name: 'Before the edit', draftId: draft.id });
    save('Third text.');
    expect(await value<RevisionSummary | null>('revisions:checkpoint', { draftId: draft.id })).toMatchObject({ kind: 'on-close' });
    expect(await value<RevisionSummary | null>('revisions:checkpoint', { draftId: draft.id })).toBeNull();

    const list = await value<RevisionSummary[]>('revisions:list', { draftId: draft.id });
    expect(list.map((r) => r.kind)).toEqual(['on-close', 'named', 'auto']);

    const diff = await value<RevisionDiff>('revisions:diff', { draftId: draft.id, revisionId: named.id });
    expect(diff).toEqual({
      revision: named,
      titleChange: null,
      parts: [
        { kind: 'removed', text: 'Second' },
        { kind: 'added', text: 'Third' },
        { kind: 'same', text: ' text.\n' },
      ],
    });

    const restored = await value<Draft>('revisions:restore', { draftId: draft.id, revisionId: named.id });
    expect(restored.doc).toEqual(docWith('Second text.'));
    expect((await value<RevisionSummary[]>('revisions:list', { draftId: draft.id }))[0]?.kind).toBe('before-restore');
    expect(logged).toEqual([]);
  });

  it('answers NOT_FOUND for unknown drafts and revisions, and for a revision of another draft', async () => {
    const { services, call, draft } = setup();
    const other = services.drafts.create({ title: 'Other' });
    const theirs = services.revisions.saveNamed(other.id, 'Theirs');
    const code = async (channel: string, args: unknown): Promise<string | undefined> => {
      const result = await call(channel, args);
      return result.ok ? undefined : result.error.code;
    };
    expect(await code('revisions:list', { draftId: 999 })).toBe('NOT_FOUND');
    expect(await code('revisions:diff', { draftId: draft.id, revisionId: theirs.id })).toBe('NOT_FOUND');
    expect(await code('revisions:diff', { draftId: draft.id, revisionId: 999 })).toBe('NOT_FOUND');
    expect(await code('revisions:restore', { draftId: draft.id, revisionId: theirs.id })).toBe('NOT_FOUND');
    expect(await code('revisions:save-named', { draftId: 999, name: 'x' })).toBe('NOT_FOUND');
    expect(await code('revisions:checkpoint', { draftId: 999 })).toBe('NOT_FOUND');
    const result = await call('revisions:restore', { draftId: draft.id, revisionId: theirs.id });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `Revision ${theirs.id} of draft ${draft.id} was not found` } });
  });

  it('refuses malformed requests with VALIDATION before touching the library', async () => {
    const { services, call, draft } = setup();
    const bad = [
      ['revisions:list', { draftId: -1 }],
      ['revisions:list', { draftId: '1' }],
      ['revisions:diff', { draftId: draft.id }],
      ['revisions:save-named', { draftId: draft.id, name: '   ' }],
      ['revisions:save-named', { draftId: draft.id, name: 'x'.repeat(201) }],
      ['revisions:restore', { draftId: draft.id, revisionId: 1, extra: true }],
      ['revisions:checkpoint', undefined],
    ] as const;
    for (const [channel, args] of bad) {
      const result = await call(channel, args);
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
    expect(services.revisions.list(draft.id)).toEqual([]);
  });
});
