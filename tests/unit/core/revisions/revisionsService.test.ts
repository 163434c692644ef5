import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { createRevisionsRepository } from '../../../../src/main/core/revisions/revisionsRepository';
import { stateOfDraft } from '../../../../src/main/core/revisions/revisionState';
import type { Draft } from '../../../../src/shared/draft';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, docWith } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function setup() {
  const { services, clock } = openServices();
  const created = services.drafts.create({ title: 'My post', author: 'Ann', doc: docWith('The first words.') });
  let current: Draft = created;
  /** An autosave from the editor, as the renderer sends it. */
  const save = (doc: JSONContent, title = current.title): Draft => {
    services.drafts.save({ id: current.id, baseVersion: current.version, title, author: current.author, date: current.date, doc });
    current = services.drafts.get(current.id);
    return current;
  };
  const kinds = (): string[] => services.revisions.list(created.id).map((r) => r.kind);
  const readState = (revisionId: number) => createRevisionsRepository(services.db).readState(revisionId);
  return { services, clock, draft: created, save, kinds, readState, latest: () => current };
}

describe('automatic revisions on save', () => {
  it('keeps the first save at once, then at most one every five minutes while the text changes', () => {
    const { services, clock, draft, save, kinds } = setup();
    save(docWith('One.'));
    expect(kinds()).toEqual(['auto']);
    clock.advance(2 * MINUTE);
    save(docWith('One. Two.'));
    clock.advance(2 * MINUTE);
    save(docWith('One. Two. Three.'));
    expect(kinds()).toEqual(['auto']);
    clock.advance(MINUTE);
    const kept = save(docWith('One. Two. Three. Four.'));
    const revisions = services.revisions.list(draft.id);
    expect(revisions.map((r) => r.kind)).toEqual(['auto', 'auto']);
    expect(revisions[0]).toMatchObject({ draftId: draft.id, name: '', title: 'My post', wordCount: kept.wordCount, createdAt: clock().toISOString() });
  });

  it('stores the draft as it was saved', () => {
    const { services, draft, save, readState } = setup();
    const saved = save(docWith('Exactly this text.'), 'Exactly this title');
    const [revision] = services.revisions.list(draft.id);
    expect(readState(revision?.id ?? 0)).toEqual(stateOfDraft(saved));
  });

  it('keeps nothing when the text is the same as the newest revision, however long ago', () => {
    const { clock, save, kinds } = setup();
    save(docWith('Same.'));
    clock.advance(HOUR);
    save(docWith('Same.'));
    expect(kinds()).toEqual(['auto']);
  });

  it('keeps nothing when the save itself is refused', () => {
    const { services, draft, kinds } = setup();
    const error = appErrorFrom(() =>
      services.drafts.save({ id: draft.id, baseVersion: draft.version + 5, title: 'x', author: '', date: draft.date, doc: docWith('x') }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(kinds()).toEqual([]);
  });

  it('thins old automatic revisions as new ones arrive, and never named ones', () => {
    const { services, clock, draft, save } = setup();
    services.revisions.saveNamed(draft.id, 'Start');
    // Three days of writing, a save every 10 minutes.
    for (let i = 0; i < 3 * 24 * 6; i++) {
      clock.advance(10 * MINUTE);
      save(docWith(`Paragraph version ${i}.`));
    }
    const revisions = services.revisions.list(draft.id);
    const ageOf = (createdAt: string): number => clock().getTime() - Date.parse(createdAt);
    const lastDay = revisions.filter((r) => r.kind === 'auto' && ageOf(r.createdAt) < 24 * HOUR);
    const older = revisions.filter((r) => r.kind === 'auto' && ageOf(r.createdAt) >= 24 * HOUR);
    expect(lastDay).toHaveLength(144);
    // One per clock hour for the two older days.
    expect(older.length).toBeGreaterThanOrEqual(47);
    expect(older.length).toBeLessThanOrEqual(49);
    expect(new Set(older.map((r) => r.createdAt.slice(0, 13))).size).toBe(older.length);
    expect(revisions.filter((r) => r.kind === 'named').map((r) => r.name)).toEqual(['Start']);
    // Thinning re-encoded the chain as it went: every survivor still reads back.
    const repo = createRevisionsRepository(services.db);
    for (const revision of revisions) expect(() => repo.readState(revision.id)).not.toThrow();
  });
});

describe('revisions.list', () => {
  it('lists newest first', () => {
    const { services, clock, draft, save } = setup();
    save(docWith('a'));
    clock.advance(MINUTE);
    services.revisions.saveNamed(draft.id, 'Second');
    clock.advance(MINUTE);
    services.revisions.checkpoint(draft.id);
    expect(services.revisions.list(draft.id).map((r) => r.kind)).toEqual(['named', 'auto']);
    save(docWith('b'));
    services.revisions.checkpoint(draft.id);
    expect(services.revisions.list(draft.id).map((r) => r.kind)).toEqual(['on-close', 'named', 'auto']);
  });

  it('answers NOT_FOUND for an unknown draft', () => {
    const { services } = setup();
    expect(appErrorFrom(() => services.revisions.list(999)).code).toBe('NOT_FOUND');
  });
});

describe('revisions.checkpoint', () => {
  it('keeps a revision on close whenever the text changed since the newest one, without waiting', () => {
    const { services, clock, draft, save, kinds } = setup();
    save(docWith('One.'));
    clock.advance(MINUTE);
    save(docWith('One. Two.'));
    const kept = services.revisions.checkpoint(draft.id);
    expect(kept).toMatchObject({ kind: 'on-close', draftId: draft.id });
    expect(kinds()).toEqual(['on-close', 'auto']);
  });

  it('keeps nothing when nothing changed', () => {
    const { services, draft, save, kinds } = setup();
    save(docWith('One.'));
    expect(services.revisions.checkpoint(draft.id)).toBeNull();
    expect(kinds()).toEqual(['auto']);
  });

  it('keeps the first revision of a draft that has none', () => {
    const { services, draft, kinds } = setup();
    expect(services.revisions.checkpoint(draft.id)).toMatchObject({ kind: 'on-close' });
    expect(kinds()).toEqual(['on-close']);
  });

  it('answers NOT_FOUND for an unknown draft', () => {
    const { services } = setup();
    expect(appErrorFrom(() => services.revisions.checkpoint(42)).code).toBe('NOT_FOUND');
  });
});

describe('revisions.saveNamed', () => {
  it('keeps a named version even when nothing changed', () => {
    const { services, draft, save } = setup();
    save(docWith('One.'));
    const named = services.revisions.saveNamed(draft.id, '  Sent to editor  ');
    expect(named).toMatchObject({ kind: 'named', name: 'Sent to editor', title: 'My post' });
    expect(services.revisions.list(draft.id).map((r) => r.kind)).toEqual(['named', 'auto']);
  });

  it('answers NOT_FOUND for an unknown draft', () => {
    const { services } = setup();
    expect(appErrorFrom(() => services.revisions.saveNamed(42, 'x')).code).toBe('NOT_FOUND');
  });
});

describe('revisions.diff', () => {
  it('shows the words changed from the revision to the draft now, and the title change', () => {
    const { services, clock, draft, save } = setup();
    save(docWith('The quick brown fox.', 'Jumps over the dog.'));
    const [revision] = services.revisions.list(draft.id);
    clock.advance(MINUTE);
    save(docWith('The quick red fox.', 'Jumps over the lazy dog.'), 'A better title');
    const diff = services.revisions.diff(draft.id, revision?.id ?? 0);
    expect(diff.revision).toEqual(revision);
    expect(diff.titleChange).toEqual({ from: 'My post', to: 'A better title' });
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'The quick ' },
      { kind: 'removed', text: 'brown' },
      { kind: 'added', text: 'red' },
      { kind: 'same', text: ' fox.\nJumps over the ' },
      { kind: 'added', text: 'lazy ' },
      { kind: 'same', text: 'dog.\n' },
    ]);
  });

  it('has no title change and one same part when nothing changed', () => {
    const { services, draft, save } = setup();
    save(docWith('Unchanged.'));
    const [revision] = services.revisions.list(draft.id);
    expect(services.revisions.diff(draft.id, revision?.id ?? 0)).toMatchObject({ titleChange: null, parts: [{ kind: 'same', text: 'Unchanged.\n' }] });
  });

  it('answers NOT_FOUND for an unknown revision, a revision of another draft, or an unknown draft', () => {
    const { services, draft, save } = setup();
    save(docWith('Mine.'));
    const other = services.drafts.create({ title: 'Other' });
    const theirs = services.revisions.saveNamed(other.id, 'Theirs');
    const [mine] = services.revisions.list(draft.id);
    expect(appErrorFrom(() => services.revisions.diff(draft.id, 999)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => services.revisions.diff(draft.id, theirs.id)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => services.revisions.diff(999, mine?.id ?? 0)).code).toBe('NOT_FOUND');
  });
});

describe('revisions.restore', () => {
  it('keeps the current text as a revision, then saves the old text as a new version', () => {
    const { services, clock, draft, save } = setup();
    const old = save(docWith('The old text, short.'), 'Old title');
    const [oldRevision] = services.revisions.list(draft.id);
    clock.advance(10 * MINUTE);
    const before = save(docOf({ type: 'paragraph' }), 'New title');
    clock.advance(MINUTE);

    const restored = services.revisions.restore(draft.id, oldRevision?.id ?? 0);
    expect(stateOfDraft(restored)).toEqual(stateOfDraft(old));
    expect(restored.version).toBe(before.version + 1);
    // Derived fields come from the normal save path.
    expect(restored.wordCount).toBe(old.wordCount);
    expect(restored.excerpt).toBe('The old text, short.');
    expect(restored.updatedAt).toBe(clock().toISOString());
    expect(services.drafts.get(draft.id)).toEqual(restored);

    const [beforeRestore, ...rest] = services.revisions.list(draft.id);
    expect(beforeRestore).toMatchObject({ kind: 'before-restore', title: 'New title', createdAt: clock().toISOString() });
    expect(rest.map((r) => r.kind)).toEqual(['auto', 'auto']);
  });

  it('can be undone by restoring the revision it kept', () => {
    const { services, clock, draft, save } = setup();
    save(docWith('Version A.'));
    const [a] = services.revisions.list(draft.id);
    clock.advance(MINUTE);
    const b = save(docWith('Version B, not yet in any revision.'));
    services.revisions.restore(draft.id, a?.id ?? 0);
    const [kept] = services.revisions.list(draft.id);
    clock.advance(MINUTE);
    const undone = services.revisions.restore(draft.id, kept?.id ?? 0);
    expect(stateOfDraft(undone)).toEqual(stateOfDraft(b));
    expect(services.revisions.list(draft.id).map((r) => r.kind)).toEqual(['before-restore', 'before-restore', 'auto']);
  });

  it('refuses, changing nothing, an unknown revision, a revision of another draft, or an unknown draft', () => {
    const { services, draft, save } = setup();
    const current = save(docWith('Mine.'));
    const other = services.drafts.create({ title: 'Other' });
    const theirs = services.revisions.saveNamed(other.id, 'Theirs');
    const [mine] = services.revisions.list(draft.id);
    const listed = services.revisions.list(draft.id);
    expect(appErrorFrom(() => services.revisions.restore(draft.id, 999)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => services.revisions.restore(draft.id, theirs.id)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => services.revisions.restore(999, mine?.id ?? 0)).code).toBe('NOT_FOUND');
    expect(services.drafts.get(draft.id)).toEqual(current);
    expect(services.revisions.list(draft.id)).toEqual(listed);
    expect(services.revisions.list(other.id)).toEqual([theirs]);
  });

  it('rolls back the kept revision when the restored text cannot be saved', () => {
    const { services, draft, save } = setup();
    const current = save(docWith('Fine.'));
    // A revision whose document the editor schema no longer accepts.
    const broken = createRevisionsRepository(services.db).insert({
      draftId: draft.id,
      kind: 'named',
      state: { ...stateOfDraft(current), doc: { type: 'doc', content: [{ type: 'noSuchNode' }] } },
      wordCount: 0,
      createdAt: '2026-11-29T12:00:00.000Z',
    });
    const listed = services.revisions.list(draft.id);
    expect(() => services.revisions.restore(draft.id, broken.id)).toThrow();
    expect(services.revisions.list(draft.id)).toEqual(listed);
    expect(services.drafts.get(draft.id)).toEqual(current);
  });
});

describe('revisions.referencedAssetHashes', () => {
  it('names the images that only an old revision still shows', () => {
    const { services, clock, save } = setup();
    const hash = 'a'.repeat(64);
    save(docOf({ type: 'image', attrs: { src: `library-assets/${hash}.png` } }));
    clock.advance(10 * MINUTE);
    save(docWith('The picture is gone from the draft.'));
    expect([...services.revisions.referencedAssetHashes()]).toEqual([hash]);
  });
});
