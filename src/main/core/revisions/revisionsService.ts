import type Database from 'better-sqlite3';
import type { Draft, DraftSave, SavedDraft } from '../../../shared/draft';
import { docPlainText } from '../../../shared/editor/docStats';
import type { RevisionDiff, RevisionKind, RevisionSummary } from '../../../shared/library';
import { assetHashesIn } from '../assets/assetNames';
import { notFound } from '../errors';
import { DEFAULT_AUTO_REVISION_INTERVAL_MS, shouldKeepAutomaticRevision, shouldKeepCheckpoint } from './revisionPolicy';
import { DEFAULT_RETENTION, revisionsToThin, type RetentionTier } from './revisionRetention';
import { contentHash, serializeState, stateOfDraft } from './revisionState';
import { createRevisionsRepository, type RevisionStorageOptions } from './revisionsRepository';
import { diffText } from './wordDiff';

/** What revisions need of the drafts service: read a draft, and write one back as a normal save. */
export interface DraftsPort {
  get(id: number): Draft;
  save(input: DraftSave): SavedDraft;
}

export interface RevisionsServiceOptions {
  db: Database.Database;
  clock: () => Date;
  drafts: DraftsPort;
  autoIntervalMs?: number;
  retention?: readonly RetentionTier[];
  storage?: RevisionStorageOptions;
}

export function createRevisionsService({
  db,
  clock,
  drafts,
  autoIntervalMs = DEFAULT_AUTO_REVISION_INTERVAL_MS,
  retention = DEFAULT_RETENTION,
  storage,
}: RevisionsServiceOptions) {
  const repo = createRevisionsRepository(db, storage);

  const hashOf = (draft: Draft): Buffer => contentHash(serializeState(stateOfDraft(draft)));

  /** Stores the draft as it is now, then thins the draft's older automatic revisions. */
  const keep = (kind: RevisionKind, draft: Draft, name = ''): RevisionSummary =>
    db.transaction((): RevisionSummary => {
      const now = clock();
      const kept = repo.insert({
        draftId: draft.id,
        kind,
        name,
        state: stateOfDraft(draft),
        wordCount: draft.wordCount,
        createdAt: now.toISOString(),
      });
      for (const id of revisionsToThin(repo.list(draft.id), now, retention)) repo.delete(id);
      return kept;
    })();

  /** A revision, only when it belongs to the draft: another draft's id is as unknown as a missing one. */
  const revisionOf = (draftId: number, revisionId: number): RevisionSummary => {
    const revision = repo.get(revisionId);
    if (!revision || revision.draftId !== draftId) throw notFound(`Revision ${revisionId} of draft ${draftId}`);
    return revision;
  };

  return {
    /**
     * Called by the drafts service after every save, inside the save's transaction: keeps an
     * automatic revision when the policy says so. Returns it, or null.
     */
    afterSave(draft: Draft): RevisionSummary | null {
      const previous = repo.latest(draft.id);
      const due = shouldKeepAutomaticRevision({ now: clock(), previous, contentHash: () => hashOf(draft) }, autoIntervalMs);
      return due ? keep('auto', draft) : null;
    },

    /** Every library image that some revision shows, so asset collection keeps it. */
    referencedAssetHashes(): Set<string> {
      const hashes = new Set<string>();
      repo.forEachText((text) => assetHashesIn(text, hashes));
      return hashes;
    },

    /** The draft's revisions, newest first. */
    list(draftId: number): RevisionSummary[] {
      drafts.get(draftId);
      return repo.list(draftId);
    },

    /** What changed from the revision (removed) to the draft as it is now (added). */
    diff(draftId: number, revisionId: number): RevisionDiff {
      const current = drafts.get(draftId);
      const revision = revisionOf(draftId, revisionId);
      const then = repo.readState(revisionId);
      return {
        revision,
        titleChange: then.title === current.title ? null : { from: then.title, to: current.title },
        parts: diffText(docPlainText(then.doc), docPlainText(current.doc)),
      };
    },

    /** A version the writer names on purpose; retention never removes it. */
    saveNamed(draftId: number, name: string): RevisionSummary {
      return keep('named', drafts.get(draftId), name.trim());
    },

    /** On closing a draft: keeps a revision when the content changed since the newest one. */
    checkpoint(draftId: number): RevisionSummary | null {
      return db.transaction((): RevisionSummary | null => {
        const current = drafts.get(draftId);
        const changed = shouldKeepCheckpoint({ previous: repo.latest(draftId), contentHash: hashOf(current) });
        return changed ? keep('on-close', current) : null;
      })();
    },

    /**
     * Puts a revision's content back. The current content is kept first as a 'before-restore'
     * revision, then the old content is written as a normal save (new version, derived fields,
     * search index), so a restore can itself be restored away. All in one transaction.
     */
    restore(draftId: number, revisionId: number): Draft {
      return db.transaction((): Draft => {
        const current = drafts.get(draftId);
        revisionOf(draftId, revisionId);
        const restored = repo.readState(revisionId);
        keep('before-restore', current);
        drafts.save({ id: draftId, baseVersion: current.version, ...restored });
        return drafts.get(draftId);
      })();
    },
  };
}

export type RevisionsService = ReturnType<typeof createRevisionsService>;
