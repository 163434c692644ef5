import { describe, it, expect } from 'vitest';
import type { PostStatus } from '../../../../src/shared/draft';
import { docPlainText } from '../../../../src/shared/editor/docStats';
import { createDraftContentDeriver } from '../../../../src/main/core/drafts/draftContent';
import { storedChunkHash } from '../../../../src/main/core/drafts/draftChunks';
import { chunkHash, searchBodyChunk } from '../../../../src/main/core/search/searchChunks';
import { searchDocumentOf } from '../../../../src/main/core/search/searchDocument';
import { createSearchIndex } from '../../../../src/main/core/search/searchIndex';
import type { Services } from '../../../../src/main/core/services';
import { docWith } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';
import { seeded } from '../../helpers/seeded';

const openServices = useServices();

// No word is a prefix of another, so "which drafts hold this word" has one answer.
const WORDS = ['amber', 'birch', 'cedar', 'dune', 'ember', 'fjord', 'glade', 'heath', 'inlet', 'jetty', 'kelp', 'lagoon'];
const TAGS = ['Travel', 'food', 'Night Walks', 'music', 'Garden'];
const STATUSES: PostStatus[] = ['draft', 'scheduled', 'published'];

/** The seeded generator, with the draft-shaped values these tests need. */
function seededDrafts(seed: number) {
  const { next, pick } = seeded(seed);
  const some = <T>(items: readonly T[], max: number): T[] => Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(items));
  const text = (count: number): string => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  /** About 8,000 words in 100 paragraphs: a draft of several search chunks. */
  const long = (): string[] => Array.from({ length: 100 }, () => text(80));
  return { next, pick, some, text, long };
}

/** The most chunks any draft had at a check: the mix must include drafts of several. */
let mostChunks = 0;

/**
 * The index holds every draft (the trash included) and no other, as chunks at places 0..n-1
 * whose text joins to the draft's current title, text and tags, each with the hash of its text,
 * split as a save of the draft's document would split it. The stored document agrees too: each
 * draft's chunks (and no others) are those a save would write, with the hashes of their pieces.
 */
function expectIndexAgrees(services: Services): void {
  const draftIds = services.db.prepare<[], { id: number }>('SELECT id FROM drafts ORDER BY id').all().map((row) => row.id);
  const chunks = services.db
    .prepare<[], { draftId: number; position: number; hash: Buffer; title: string; body: string; tags: string }>(
      `SELECT c.draft_id AS draftId, c.position AS position, c.hash AS hash, f.title AS title, f.body AS body, f.tags AS tags
       FROM search_chunks c JOIN search_chunks_fts f ON f.rowid = c.id ORDER BY c.draft_id, c.position`,
    )
    .all();
  expect(services.db.prepare('SELECT COUNT(*) AS n FROM search_chunks_fts').get()).toEqual({ n: chunks.length });
  expect([...new Set(chunks.map((chunk) => chunk.draftId))]).toEqual(draftIds);
  const stored = services.db
    .prepare<[], { draftId: number; position: number; hash: Buffer; docJson: string; bodyHtml: string }>(
      'SELECT draft_id AS draftId, position, hash, doc_json AS docJson, body_html AS bodyHtml FROM draft_chunks ORDER BY draft_id, position',
    )
    .all();
  expect([...new Set(stored.map((chunk) => chunk.draftId))]).toEqual(draftIds);
  const index = createSearchIndex(services.db);
  for (const id of draftIds) {
    const draft = services.drafts.get(id);
    const derived = createDraftContentDeriver().derive(draft.doc);
    const own = chunks.filter((chunk) => chunk.draftId === id);
    mostChunks = Math.max(mostChunks, own.length);
    expect(own.map((chunk) => chunk.position)).toEqual(own.map((_, i) => i));
    for (const chunk of own) expect(chunk.hash.equals(chunkHash(chunk.title, chunk.tags, searchBodyChunk(chunk.body).digest))).toBe(true);
    expect(index.get(id)).toEqual(searchDocumentOf(draft.title, docPlainText(draft.doc), draft.tags));
    expect(own.map((chunk) => chunk.body)).toEqual(derived.searchBody.map((chunk) => chunk.text));

    const ownStored = stored.filter((chunk) => chunk.draftId === id);
    expect(ownStored.map((chunk) => chunk.position)).toEqual(ownStored.map((_, i) => i));
    for (const chunk of ownStored) expect(chunk.hash.equals(storedChunkHash(chunk.docJson, chunk.bodyHtml))).toBe(true);
    expect(ownStored.map(({ hash, docJson, bodyHtml }) => ({ hash, docJson, bodyHtml }))).toEqual(derived.stored.chunks);
  }
  // FTS5's own check that its index matches the text it holds.
  expect(() => services.db.prepare("INSERT INTO search_chunks_fts (search_chunks_fts) VALUES ('integrity-check')").run()).not.toThrow();
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
    const random = seededDrafts(seed);
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
            doc: random.next() < 0.7 ? (random.next() < 0.2 ? docWith(...random.long()) : docWith(random.text(10))) : draft.doc,
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
    expect(mostChunks).toBeGreaterThan(1);
  });
});
