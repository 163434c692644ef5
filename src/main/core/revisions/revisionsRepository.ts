import type Database from 'better-sqlite3';
import type { RevisionKind, RevisionSummary } from '../../../shared/library';
import { compressText, decompressText } from './revisionBlob';
import { contentHash, parseState, serializeState, type RevisionState } from './revisionState';
import { applyDelta, computeDelta, insertedLength, type TextDelta } from './textDelta';

interface RevisionRow {
  id: number;
  draft_id: number;
  kind: RevisionKind;
  name: string;
  title: string;
  word_count: number;
  created_at: string;
}

interface ChainRow {
  id: number;
  base_revision_id: number | null;
  content_hash: Buffer;
  content: Buffer;
}

export interface NewRevision {
  draftId: number;
  kind: RevisionKind;
  name?: string;
  state: RevisionState;
  wordCount: number;
  createdAt: string;
}

/** The newest revision of a draft, as the policy needs it: when, and a fingerprint of what. */
export interface LatestRevision {
  id: number;
  createdAt: string;
  contentHash: Buffer;
}

export interface RevisionStorageOptions {
  /**
   * Deltas in a row before the next revision is stored whole again. Bounds the work of reading
   * any revision (one keyframe plus at most this many deltas) and of writing the next one.
   */
  maxDeltaChain?: number;
  /**
   * A delta that inserts more than this share of the new text saves little over a keyframe,
   * and a keyframe shortens every later chain.
   */
  maxDeltaShare?: number;
}

export const DEFAULT_STORAGE: Required<RevisionStorageOptions> = { maxDeltaChain: 50, maxDeltaShare: 0.5 };

/** The stored revision could not be read back as written: a damaged database, not a user error. */
export class RevisionIntegrityError extends Error {}

const SUMMARY_COLUMNS = 'id, draft_id, kind, name, title, word_count, created_at';

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    draftId: row.draft_id,
    kind: row.kind,
    name: row.name,
    title: row.title,
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}

/**
 * Stores revisions compactly and reads any of them back exactly. Each new revision is a delta
 * against the draft's newest one, or a keyframe when the chain grows long or the change is
 * large. Every method that writes runs in a transaction, joining the caller's when there is one.
 */
export function createRevisionsRepository(db: Database.Database, options: RevisionStorageOptions = {}) {
  const { maxDeltaChain, maxDeltaShare } = { ...DEFAULT_STORAGE, ...options };
  const statements = {
    insert: db.prepare<[{ draftId: number; kind: RevisionKind; name: string; title: string; wordCount: number; createdAt: string; hash: Buffer; baseId: number | null; content: Buffer }]>(
      `INSERT INTO revisions (draft_id, kind, name, title, word_count, created_at, content_hash, base_revision_id, content)
       VALUES (@draftId, @kind, @name, @title, @wordCount, @createdAt, @hash, @baseId, @content)`,
    ),
    get: db.prepare<[number], RevisionRow>(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE id = ?`),
    list: db.prepare<[number], RevisionRow>(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE draft_id = ? ORDER BY id DESC`),
    latest: db.prepare<[number], { id: number; created_at: string; content_hash: Buffer }>(
      'SELECT id, created_at, content_hash FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    ),
    // From the revision back to its keyframe. Bases are always older, so the walk ends; the
    // depth bound only guards against a database edited by hand into a loop.
    chain: db.prepare<[number], ChainRow>(
      `WITH RECURSIVE chain (id, base_revision_id, content_hash, content, depth) AS (
         SELECT id, base_revision_id, content_hash, content, 0 FROM revisions WHERE id = ?
         UNION ALL
         SELECT r.id, r.base_revision_id, r.content_hash, r.content, chain.depth + 1
         FROM revisions r JOIN chain ON r.id = chain.base_revision_id
         WHERE chain.depth < 100000
       )
       SELECT id, base_revision_id, content_hash, content FROM chain ORDER BY depth DESC`,
    ),
    baseOf: db.prepare<[number], { base_revision_id: number | null }>('SELECT base_revision_id FROM revisions WHERE id = ?'),
    dependents: db.prepare<[number], { id: number }>('SELECT id FROM revisions WHERE base_revision_id = ? ORDER BY id'),
    rebase: db.prepare<[number | null, Buffer, number]>('UPDATE revisions SET base_revision_id = ?, content = ? WHERE id = ?'),
    delete: db.prepare<[number]>('DELETE FROM revisions WHERE id = ?'),
    allBases: db.prepare<[], { base: number | null }>('SELECT base_revision_id AS base FROM revisions'),
    allContent: db.prepare<[], { id: number; base_revision_id: number | null; content: Buffer }>(
      'SELECT id, base_revision_id, content FROM revisions ORDER BY id',
    ),
    storedBytes: db.prepare<[number], { bytes: number; count: number }>(
      'SELECT COALESCE(SUM(length(content) + length(content_hash)), 0) AS bytes, COUNT(*) AS count FROM revisions WHERE draft_id = ?',
    ),
  };

  /** Rebuilds a revision's serialized state, checking it against the hash taken when it was written. */
  const readText = (id: number): { text: string; chainLength: number } => {
    const rows = statements.chain.all(id);
    const [keyframe, ...deltas] = rows;
    if (!keyframe || keyframe.base_revision_id !== null) {
      throw new RevisionIntegrityError(`Revision ${id} has no keyframe to start from`);
    }
    let text: string;
    try {
      text = decompressText(keyframe.content);
      for (const row of deltas) text = applyDelta(text, JSON.parse(decompressText(row.content)) as TextDelta);
    } catch (error) {
      throw new RevisionIntegrityError(`Revision ${id} cannot be rebuilt: ${(error as Error).message}`);
    }
    const expected = rows.at(-1)?.content_hash;
    if (!expected || !contentHash(text).equals(expected)) {
      throw new RevisionIntegrityError(`Revision ${id} does not match the checksum it was stored with`);
    }
    return { text, chainLength: deltas.length };
  };

  /** The content column for `text`, as a delta against `base` when that pays, else a keyframe. */
  const encode = (text: string, base: { id: number; text: string; chainLength: number } | null) => {
    if (base && base.chainLength < maxDeltaChain) {
      const delta = computeDelta(base.text, text);
      if (insertedLength(delta) <= text.length * maxDeltaShare) {
        return { baseId: base.id, content: compressText(JSON.stringify(delta)) };
      }
    }
    return { baseId: null, content: compressText(text) };
  };

  return {
    /** Stores a revision as a delta against the draft's newest one, or whole. */
    insert(revision: NewRevision): RevisionSummary {
      return db.transaction((): RevisionSummary => {
        const text = serializeState(revision.state);
        const latest = statements.latest.get(revision.draftId);
        const base = latest ? { id: latest.id, ...readText(latest.id) } : null;
        const { baseId, content } = encode(text, base);
        const result = statements.insert.run({
          draftId: revision.draftId,
          kind: revision.kind,
          name: revision.name ?? '',
          title: revision.state.title,
          wordCount: revision.wordCount,
          createdAt: revision.createdAt,
          hash: contentHash(text),
          baseId,
          content,
        });
        return toSummary(statements.get.get(Number(result.lastInsertRowid)) as RevisionRow);
      })();
    },

    get(id: number): RevisionSummary | undefined {
      const row = statements.get.get(id);
      return row && toSummary(row);
    },

    /** A draft's revisions, newest first. */
    list(draftId: number): RevisionSummary[] {
      return statements.list.all(draftId).map(toSummary);
    },

    latest(draftId: number): LatestRevision | undefined {
      const row = statements.latest.get(draftId);
      return row && { id: row.id, createdAt: row.created_at, contentHash: row.content_hash };
    },

    readState(id: number): RevisionState {
      return parseState(readText(id).text);
    },

    /** How many deltas stand between a revision and its keyframe (0: it is one). */
    chainLength(id: number): number {
      return readText(id).chainLength;
    },

    /**
     * Deletes a revision without breaking any other: each revision based on it is first
     * re-encoded against its base instead (or as a keyframe, when it was the keyframe), in the
     * same transaction. Returns false when there was no such revision.
     */
    delete(id: number): boolean {
      return db.transaction((): boolean => {
        const doomed = statements.baseOf.get(id);
        if (!doomed) return false;
        const dependents = statements.dependents.all(id).map((row) => ({ id: row.id, text: readText(row.id).text }));
        if (dependents.length > 0) {
          const newBase = doomed.base_revision_id === null ? null : { id: doomed.base_revision_id, ...readText(doomed.base_revision_id) };
          for (const dependent of dependents) {
            const { baseId, content } = encode(dependent.text, newBase);
            statements.rebase.run(baseId, content, dependent.id);
          }
        }
        statements.delete.run(id);
        return true;
      })();
    },

    /**
     * Calls `visit` with the serialized state of every stored revision, of every draft. Walks
     * the table once in id order (a base is always older than the revisions built on it) and
     * holds a text only until the last revision based on it has been rebuilt.
     */
    forEachText(visit: (text: string, revisionId: number) => void): void {
      const waiting = new Map<number, number>();
      for (const { base } of statements.allBases.all()) if (base !== null) waiting.set(base, (waiting.get(base) ?? 0) + 1);
      const texts = new Map<number, string>();
      for (const row of statements.allContent.iterate()) {
        let text: string;
        if (row.base_revision_id === null) {
          text = decompressText(row.content);
        } else {
          const base = texts.get(row.base_revision_id);
          if (base === undefined) throw new RevisionIntegrityError(`Revision ${row.id} is based on a revision that is not stored`);
          text = applyDelta(base, JSON.parse(decompressText(row.content)) as TextDelta);
          const left = (waiting.get(row.base_revision_id) ?? 1) - 1;
          if (left === 0) texts.delete(row.base_revision_id);
          else waiting.set(row.base_revision_id, left);
        }
        if (waiting.has(row.id)) texts.set(row.id, text);
        visit(text, row.id);
      }
    },

    /** Bytes the draft's revisions take in their own columns (content and hash). */
    storedBytes(draftId: number): { bytes: number; count: number } {
      return statements.storedBytes.get(draftId) ?? { bytes: 0, count: 0 };
    },
  };
}

export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>;
