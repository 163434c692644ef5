import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { RevisionIntegrityError, createRevisionsRepository, type RevisionStorageOptions } from '../../../../src/main/core/revisions/revisionsRepository';
import { serializeState, type RevisionState } from '../../../../src/main/core/revisions/revisionState';
import { docWith } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();

/** A seeded generator, so a failing history can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'café', '我们', '😀', 'line\nbreak', 'quote"d', 'tab\there'];

/** A sequence of states as a writer makes them: mostly small edits, now and then a rewrite or a new title. */
function writingHistory(count: number, seed = 7): RevisionState[] {
  const rand = random(seed);
  const paragraphs = Array.from({ length: 30 }, (_, i) => Array.from({ length: 40 }, (_, j) => WORDS[(i + j) % WORDS.length] as string));
  let title = 'First title';
  let tags = ['one'];
  const states: RevisionState[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rand(20);
    if (roll === 0) paragraphs.splice(rand(paragraphs.length), 1, Array.from({ length: 50 }, () => `new${rand(1000)}`));
    else if (roll === 1) title = `Title ${i}`;
    else if (roll === 2) tags = rand(2) ? [...tags, `tag${i}`] : [];
    else if (roll === 3) for (const p of paragraphs) p.reverse(); // A rewrite: a keyframe is cheaper than a delta.
    else if (roll === 4) paragraphs.push(['added', 'paragraph']);
    for (let k = 0; k < 3; k++) {
      const p = paragraphs[rand(paragraphs.length)];
      if (p && p.length) p[rand(p.length)] = WORDS[rand(WORDS.length)] as string;
    }
    const doc: JSONContent = docWith(...paragraphs.map((p) => p.join(' ')));
    states.push({ title, author: 'Ann', date: '2026-11-29', description: `Edit ${i}`, tags: [...tags], doc });
  }
  return states;
}

function setup(options: RevisionStorageOptions = {}) {
  const { services } = openServices();
  const draft = services.drafts.create({ title: 'Draft', doc: docWith('Body') });
  const repo = createRevisionsRepository(services.db, options);
  let minute = 0;
  const insert = (state: RevisionState, kind: 'auto' | 'named' = 'auto') =>
    repo.insert({ draftId: draft.id, kind, state, wordCount: 10, createdAt: new Date(Date.UTC(2026, 10, 29, 12, minute++)).toISOString() });
  const keyframes = (): number =>
    (services.db.prepare('SELECT COUNT(*) AS n FROM revisions WHERE base_revision_id IS NULL').get() as { n: number }).n;
  return { services, draft, repo, insert, keyframes };
}

describe('revisions repository', () => {
  it('reads back every one of 150 revisions exactly, with chains never longer than the limit', () => {
    const { repo, insert, keyframes } = setup({ maxDeltaChain: 20 });
    const states = writingHistory(150);
    const ids = states.map((state) => insert(state).id);
    ids.forEach((id, i) => {
      expect(repo.readState(id)).toEqual(states[i]);
      expect(repo.chainLength(id)).toBeLessThanOrEqual(20);
    });
    expect(keyframes()).toBeGreaterThanOrEqual(Math.ceil(150 / 21));
    expect(keyframes()).toBeLessThan(40);
  });

  it('stores the first revision whole, small edits as deltas, and a rewrite whole', () => {
    const { repo, insert } = setup();
    const sentence = 'One two three four five six seven eight nine ten, and then some more words to make a paragraph.';
    const base: RevisionState = { title: 'T', author: '', date: '2026-11-29', description: '', tags: [], doc: docWith(sentence, sentence, sentence) };
    const first = insert(base);
    const small = insert({ ...base, doc: docWith(sentence, sentence.replace('six', 'SIX'), sentence) });
    const other = '2026 3141 5926 5358 9793 2384 6264 3383 2795 0288 4197 1693 9937 5105 8209 7494 4592 3078';
    const rewrite = insert({ ...base, doc: docWith(other.repeat(3), other.repeat(3), other.repeat(3)) });
    expect([first, small, rewrite].map((r) => repo.chainLength(r.id))).toEqual([0, 1, 0]);
  });

  it('stores a delta much smaller than the text it stands for', () => {
    const { services, draft, insert } = setup();
    const rand = random(5);
    const word = (): string => Array.from({ length: 2 + rand(6) }, () => 'abcdefghijklmnopqrstuvwxyz'[rand(26)]).join('');
    const paragraphs = Array.from({ length: 40 }, () => Array.from({ length: 50 }, word).join(' '));
    const big: RevisionState = { title: 'Big', author: 'Ann', date: '2026-11-29', description: '', tags: [], doc: docWith(...paragraphs) };
    insert(big);
    const doc = structuredClone(big.doc);
    (doc.content?.[5]?.content?.[0] as { text: string }).text += ' one more word';
    insert({ ...big, doc });
    const sizes = services.db.prepare('SELECT length(content) AS bytes FROM revisions WHERE draft_id = ? ORDER BY id').all(draft.id) as { bytes: number }[];
    expect(serializeState(big).length).toBeGreaterThan(10_000);
    expect(sizes[1]?.bytes).toBeLessThan(60);
    expect(sizes[1]?.bytes).toBeLessThan((sizes[0]?.bytes ?? 0) / 20);
  });

  it('keeps every other revision readable while revisions are deleted in any order, keyframes included', () => {
    const { repo, insert, services } = setup({ maxDeltaChain: 8 });
    const states = writingHistory(60, 11);
    const alive = new Map(states.map((state) => [insert(state).id, state]));
    const rand = random(3);
    const keyframeIds = (): number[] =>
      (services.db.prepare('SELECT id FROM revisions WHERE base_revision_id IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    while (alive.size > 0) {
      const ids = [...alive.keys()];
      // Every third deletion takes a keyframe, so re-encoding a dependent as a keyframe is exercised too.
      const pool = alive.size % 3 === 0 ? keyframeIds() : ids;
      const doomed = pool[rand(pool.length)] as number;
      expect(repo.delete(doomed)).toBe(true);
      alive.delete(doomed);
      for (const [id, state] of alive) expect(repo.readState(id)).toEqual(state);
    }
    expect(repo.list(1)).toEqual([]);
  });

  it('lets the database refuse to delete a revision another one is based on', () => {
    const { services, insert } = setup();
    const [a, b] = writingHistory(2);
    const first = insert(a as RevisionState);
    insert(b as RevisionState);
    expect(() => services.db.prepare('DELETE FROM revisions WHERE id = ?').run(first.id)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('returns false when deleting a revision that does not exist', () => {
    const { repo } = setup();
    expect(repo.delete(999)).toBe(false);
  });

  it('removes every revision with its draft', () => {
    const { services, draft, insert, repo } = setup();
    for (const state of writingHistory(5)) insert(state);
    services.db.prepare('DELETE FROM drafts WHERE id = ?').run(draft.id);
    expect(repo.list(draft.id)).toEqual([]);
    expect(services.db.prepare('SELECT COUNT(*) AS n FROM revisions').get()).toEqual({ n: 0 });
  });

  it('lists newest first and knows the newest', () => {
    const { repo, insert, draft } = setup();
    const [a, b] = writingHistory(2);
    const first = insert(a as RevisionState, 'named');
    const second = insert(b as RevisionState);
    expect(repo.list(draft.id).map((r) => r.id)).toEqual([second.id, first.id]);
    expect(first).toMatchObject({ draftId: draft.id, kind: 'named', name: '', title: 'First title', wordCount: 10, createdAt: '2026-11-29T12:00:00.000Z' });
    expect(repo.latest(draft.id)?.id).toBe(second.id);
    expect(repo.latest(draft.id + 1)).toBeUndefined();
    expect(repo.get(second.id)).toEqual(second);
    expect(repo.get(999)).toBeUndefined();
  });

  it('refuses to hand back a revision that does not match its checksum', () => {
    const { services, insert, repo } = setup();
    const [a, b, c] = writingHistory(3);
    insert(a as RevisionState);
    const second = insert(b as RevisionState);
    const third = insert(c as RevisionState);
    // Give the second revision the third's delta: it still applies, but to the wrong text.
    services.db.prepare('UPDATE revisions SET content = (SELECT content FROM revisions WHERE id = ?) WHERE id = ?').run(third.id, second.id);
    expect(() => repo.readState(second.id)).toThrow(RevisionIntegrityError);
    services.db.prepare("UPDATE revisions SET content = x'00' WHERE id = ?").run(second.id);
    expect(() => repo.readState(second.id)).toThrow();
  });

  it('visits the text of every revision of every draft once', () => {
    const { services, repo, insert } = setup({ maxDeltaChain: 4 });
    const other = services.drafts.create({ title: 'Other' });
    const states = writingHistory(12);
    const ids = states.map((state, i) =>
      i % 3 === 0
        ? repo.insert({ draftId: other.id, kind: 'auto', state, wordCount: 1, createdAt: '2026-11-29T12:00:00.000Z' }).id
        : insert(state).id,
    );
    repo.delete(ids[4] as number);
    const seen = new Map<number, string>();
    repo.forEachText((text, id) => seen.set(id, text));
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(ids.filter((_, i) => i !== 4));
    for (const [id, text] of seen) expect(text).toBe(serializeState(repo.readState(id)));
  });

  it('counts the bytes a draft\'s revisions store', () => {
    const { repo, insert, draft } = setup();
    expect(repo.storedBytes(draft.id)).toEqual({ bytes: 0, count: 0 });
    for (const state of writingHistory(3)) insert(state);
    const { bytes, count } = repo.storedBytes(draft.id);
    expect(count).toBe(3);
    expect(bytes).toBeGreaterThan(3 * 32);
  });

  it('writes nothing when the surrounding transaction rolls back', () => {
    const { services, repo, insert, draft } = setup();
    const [a] = writingHistory(1);
    expect(() =>
      services.db.transaction(() => {
        insert(a as RevisionState);
        throw new Error('the save failed');
      })(),
    ).toThrow('the save failed');
    expect(repo.list(draft.id)).toEqual([]);
  });
});
