import { describe, it, expect } from 'vitest';
import type { PostStatus } from '../../../../src/shared/draft';
import { docPlainText } from '../../../../src/shared/editor/docStats';
import { searchDocumentOf } from '../../../../src/main/core/search/searchDocument';
import type { Services } from '../../../../src/main/core/services';
import { docWith } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();

// No word is a prefix of another, so "which drafts hold this word" has one answer.
const WORDS = ['amber', 'birch', 'cedar', 'dune', 'ember', 'fjord', 'glade', 'heath', 'inlet', 'jetty', 'kelp', 'lagoon'];
const TAGS = ['Travel', 'food', 'Night Walks', 'music', 'Garden'];
const STATUSES: PostStatus[] = ['draft', 'scheduled', 'published'];

/** A small seeded generator, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed;
  const next = (): number => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(items));
  return { next, pick, some, text: (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ') };
}

/** The index holds exactly one row per draft (the trash included), with the draft's current text. */
function expectIndexAgrees(services: Services): void {
  const draftIds = services.db.prepare<[], { id: number }>('SELECT id FROM drafts ORDER BY id').all().map((row) => row.id);
  const indexed = services.db
    .prepare<[], { id: number; title: string; body: string; tags: string }>('SELECT rowid AS id, title, body, tags FROM drafts_search ORDER BY rowid')
    .all();
  expect(indexed.map((row) => row.id)).toEqual(draftIds);
  const expected = draftIds.map((id) => {
    const draft = services.drafts.get(id);
    return { id, ...searchDocumentOf(draft.title, docPlainText(draft.doc), draft.tags) };
  });
  expect(indexed).toEqual(expected);
  // FTS5's own check that its index matches the text it holds.
  expect(() => services.db.prepare("INSERT INTO drafts_search (drafts_search) VALUES ('integrity-check')").run()).not.toThrow();
}

/** What a search for one word must find: the drafts in the library whose title, text or tags hold it. */
function expectSearchAgrees(services: Services, word: string): void {
  const holders = services.db
    .prepare<[], { id: number }>('SELECT id FROM drafts WHERE trashed_at IS NULL ORDER BY id')
    .all()
    .map((row) => services.drafts.get(row.id))
    .filter((draft) => [draft.title, docPlainText(draft.doc), ...draft.tags].join(' ').toLowerCase().split(/\W+/).includes(word))
    .map((draft) => draft.id);
  const found = services.search.query({ query: word, limit: 200 }).map((hit) => hit.id);
  expect(found.sort((a, b) => a - b)).toEqual(holders);
}

describe('the search index never disagrees with the drafts table', () => {
  it.each([1, 2, 3])('after a long mix of writes (seed %i)', (seed) => {
    const { services } = openServices();
    const { drafts, tags } = services;
    const random = seeded(seed);
    const ids = (): number[] => services.db.prepare<[], { id: number }>('SELECT id FROM drafts').all().map((row) => row.id);
    const trashed = (): number[] => services.db.prepare<[], { id: number }>('SELECT id FROM drafts WHERE trashed_at IS NOT NULL').all().map((row) => row.id);
    const succeeded = new Set<string>();
    const attempt = (kind: string, write: () => unknown): void => {
      // A write that fails (a stale version, a slug taken) must leave the index as it was.
      try {
        write();
        succeeded.add(kind);
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'AppError') throw error;
      }
    };

    for (let step = 0; step < 120; step += 1) {
      const roll = random.next();
      const existing = ids();
      const id = existing.length ? random.pick(existing) : undefined;
      if (roll < 0.25 || id === undefined) {
        attempt('create', () => drafts.create({ title: random.text(2), doc: docWith(random.text(12), random.text(6)), tags: random.some(TAGS, 3), status: random.pick(STATUSES) }));
      } else if (roll < 0.55) {
        const draft = drafts.get(id);
        attempt('save', () =>
          drafts.save({
            id,
            // Now and then a stale version: refused, nothing written.
            baseVersion: random.next() < 0.1 ? draft.version - 1 : draft.version,
            title: random.next() < 0.5 ? random.text(3) : draft.title,
            author: draft.author,
            date: draft.date,
            doc: random.next() < 0.7 ? docWith(random.text(10)) : draft.doc,
            ...(random.next() < 0.5 && { tags: random.some(TAGS, 3) }),
            ...(random.next() < 0.3 && { status: random.pick(STATUSES) }),
            ...(random.next() < 0.1 && { slug: random.pick(['taken-maybe', '', draft.slug]) }),
          }),
        );
      } else if (roll < 0.65) {
        attempt('trash', () => drafts.trash(id));
      } else if (roll < 0.7) {
        attempt('untrash', () => drafts.untrash(id));
      } else if (roll < 0.76) {
        // Mostly a draft from the trash (deleted); now and then one from the library (refused).
        const inTrash = trashed();
        attempt('delete', () => drafts.delete(inTrash.length && random.next() < 0.8 ? random.pick(inTrash) : id));
      } else if (roll < 0.78) {
        attempt('empty trash', () => drafts.emptyTrash());
      } else if (roll < 0.86) {
        attempt('rename tag', () => tags.rename(random.pick(TAGS), random.pick([...TAGS, 'Renamed', 'night walks'])));
      } else if (roll < 0.93) {
        attempt('merge tags', () => tags.merge(random.some(TAGS, 2).concat(random.pick(TAGS)), random.pick([...TAGS, 'Merged'])));
      } else {
        attempt('delete tag', () => tags.delete(random.pick(TAGS)));
      }
      if (step % 10 === 9) expectIndexAgrees(services);
    }
    expectIndexAgrees(services);
    for (const word of WORDS) expectSearchAgrees(services, word);
    // Every kind of write really happened (not only failed attempts).
    expect([...succeeded].sort()).toEqual(['create', 'delete', 'delete tag', 'empty trash', 'merge tags', 'rename tag', 'save', 'trash', 'untrash']);
    expect(ids().length - trashed().length).toBeGreaterThan(0);
  });
});
