import type Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import type { Draft, DraftMetadataPatch, DraftSave, DraftSummary, PostDate, SavedDraft } from '../../../shared/draft';
import { EMPTY_DOC } from '../../../shared/editor/docStats';
import { toPostDate } from '../../../shared/postDate';
import { createDeferredCheckpoint } from '../db/deferredCheckpoint';
import { AppError, notFound } from '../errors';
import { createDeferredIndexMerge } from '../search/deferredIndexMerge';
import { createSearchIndex } from '../search/searchIndex';
import { createDraftContentDeriver } from './draftContent';
import { checkDraftFields, cleanTags } from './draftFields';
import { createDraftsRepository, type DraftHead, type DraftRecord, type StoredDraft } from './draftsRepository';
import { slugFromTitle, uniqueSlug } from './slug';

/** A draft to create (the app's "New", the command line, an import); left-out fields get defaults. */
export interface NewDraft extends DraftMetadataPatch {
  title?: string;
  author?: string;
  date?: PostDate;
  doc?: JSONContent;
}

function publicDraft(stored: StoredDraft): Draft {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { bodyHtml, ...draft } = stored;
  return draft;
}

function publicSummary(draft: DraftSummary): DraftSummary {
  const { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt, status, trashedAt } = draft;
  return { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt, status, trashedAt };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

export function createDraftsService({
  db,
  clock,
  onSaved,
}: {
  db: Database.Database;
  clock: () => Date;
  /** Runs after every save, inside its transaction (revisions keep automatic snapshots here). */
  onSaved?: (draft: Draft) => void;
}) {
  const repo = createDraftsRepository(db);
  const searchIndex = createSearchIndex(db);
  // Remembers each top-level block's rendering, so an autosave of a book renders the blocks that changed.
  const content = createDraftContentDeriver();
  // Both run once a write has returned; the merge first, so the checkpoint copies its pages too.
  const mergeIndexSoon = createDeferredIndexMerge(db);
  const checkpointSoon = createDeferredCheckpoint(db);
  const now = (): string => clock().toISOString();

  const getStored = (id: number): StoredDraft => {
    const stored = repo.get(id);
    if (!stored) throw notFound(`Draft ${id}`);
    return stored;
  };

  /** The draft without its document, for writes that do not need it. */
  const getHead = (id: number): DraftHead => {
    const head = repo.getHead(id);
    if (!head) throw notFound(`Draft ${id}`);
    return head;
  };

  const named = (draft: { id: number; title: string }): string => `"${draft.title.trim() || 'Untitled'}" (draft ${draft.id})`;

  /**
   * The slug a save leaves the draft with. Left out: a custom slug stays and one that follows
   * the title is made from the new title. '' lets it follow the title again. The draft's own
   * slug sent back unchanged changes nothing (an editor may echo it on every save). Any other
   * slug becomes the draft's custom slug, unless another draft has it.
   */
  const slugAfterSave = (current: DraftHead, title: string, requested: string | undefined): { slug: string; slugIsCustom: boolean } => {
    const followTitle = (): string => uniqueSlug(slugFromTitle(title), (s) => repo.isSlugTaken(s, current.id));
    if (requested === undefined || requested === current.slug) {
      return current.slugIsCustom ? { slug: current.slug, slugIsCustom: true } : { slug: followTitle(), slugIsCustom: false };
    }
    if (requested === '') return { slug: followTitle(), slugIsCustom: false };
    const owner = repo.slugOwner(requested, current.id);
    if (owner) throw new AppError('CONFLICT', `The slug "${requested}" is already used by ${named(owner)}. Choose another one.`);
    return { slug: requested, slugIsCustom: true };
  };

  const inTrash = (id: number): DraftHead => {
    const draft = getHead(id);
    if (draft.trashedAt === null) {
      throw new AppError('CONFLICT', `${named(draft)} is not in the trash. Move it to the trash first; only drafts in the trash are deleted for good.`);
    }
    return draft;
  };

  return {
    /** The library (not the trash), the most recently edited first. */
    list(): DraftSummary[] {
      return repo.list();
    },

    get(id: number): Draft {
      return publicDraft(getStored(id));
    },

    /** The stored draft including its rendered HTML, for export and publishing. */
    getForOutput(id: number): StoredDraft {
      return getStored(id);
    },

    /**
     * Finds a draft by numeric id or by slug, as the command line accepts either. A number
     * is an id first; a slug made of digits ("1984") is found when no draft has that id.
     */
    resolve(idOrSlug: string): StoredDraft {
      const byId = /^\d+$/.test(idOrSlug) ? repo.get(Number(idOrSlug)) : undefined;
      const found = byId ?? repo.getBySlug(idOrSlug);
      if (!found) throw notFound(`Draft "${idOrSlug}"`);
      return found;
    },

    /**
     * A new draft in the library. A custom slug that another draft has is made unique
     * ("hello-2"), so importing a post twice gives two drafts; the result shows the slug given.
     */
    create(input: NewDraft = {}): Draft {
      const title = (input.title ?? '').trim();
      const customSlug = input.slug?.trim() || '';
      checkDraftFields({ ...input, title, slug: customSlug });
      const { stored, searchBody } = content.derive(input.doc ?? EMPTY_DOC);
      const id = db.transaction(() => {
        const record: DraftRecord = {
          title,
          slug: uniqueSlug(customSlug || slugFromTitle(title), (s) => repo.isSlugTaken(s)),
          slugIsCustom: customSlug !== '',
          author: (input.author ?? repo.latestAuthor()).trim(),
          date: input.date ?? toPostDate(clock()),
          description: (input.description ?? '').trim(),
          status: input.status ?? 'draft',
          coverImage: (input.coverImage ?? '').trim(),
          canonicalUrl: (input.canonicalUrl ?? '').trim(),
          language: (input.language ?? '').trim(),
          ...stored,
        };
        const newId = repo.insert(record, now());
        repo.setTags(newId, cleanTags(input.tags ?? []));
        // Tags as stored: a tag the library already has keeps its spelling there.
        searchIndex.put(newId, { title, tags: repo.tagsOf(newId), body: searchBody });
        return newId;
      })();
      mergeIndexSoon();
      return publicDraft(getStored(id));
    },

    /**
     * Autosave, and every metadata change. A metadata field left out keeps its value. Refuses
     * (CONFLICT) when the draft changed since the version the editor loaded, e.g. by the
     * command line, so one writer never silently overwrites another. A draft in the trash can
     * still be saved (an open editor may save once more), and stays in the trash.
     */
    save(input: DraftSave): SavedDraft {
      checkDraftFields(input);
      const { stored, searchBody, checkedDoc } = content.derive(input.doc);
      const result = db.transaction((): SavedDraft => {
        // The stored document is not read: a save replaces it, and for a book it is megabytes.
        const current = getHead(input.id);
        if (current.version !== input.baseVersion) {
          throw new AppError(
            'CONFLICT',
            'This draft was changed elsewhere (in another window or by the command line) since it was opened.',
          );
        }
        const title = input.title.trim();
        const record: DraftRecord = {
          title,
          ...slugAfterSave(current, title, input.slug),
          author: input.author.trim(),
          date: input.date,
          description: input.description?.trim() ?? current.description,
          status: input.status ?? current.status,
          coverImage: input.coverImage?.trim() ?? current.coverImage,
          canonicalUrl: input.canonicalUrl?.trim() ?? current.canonicalUrl,
          language: input.language?.trim() ?? current.language,
          ...stored,
        };
        const updatedAt = now();
        repo.update(input.id, input.baseVersion, record, updatedAt);
        let tags = input.tags === undefined ? current.tags : cleanTags(input.tags);
        if (!sameList(tags, current.tags)) {
          repo.setTags(input.id, tags);
          repo.dropUnusedTags();
          // As stored: a tag the library already has keeps its spelling there.
          tags = repo.tagsOf(input.id);
        }
        searchIndex.put(input.id, { title, tags, body: searchBody });
        // The draft as reading it back would give it, without reading it back.
        const { chunks: _chunks, ...fields } = record;
        const saved: Draft = { ...current, ...fields, tags, doc: checkedDoc, version: current.version + 1, updatedAt };
        onSaved?.(saved);
        return { summary: publicSummary(saved), version: saved.version };
      })();
      // The save is committed; merging the index's segments and copying the WAL into the
      // database can wait until it has returned.
      mergeIndexSoon();
      checkpointSoon();
      return result;
    },

    /** Moves a draft to the trash. Not an edit: its version and last-edit time stay. */
    trash(id: number): DraftSummary {
      return db.transaction(() => {
        if (getHead(id).trashedAt === null) repo.setTrashedAt(id, now());
        return publicSummary(getHead(id));
      })();
    },

    /** Brings a draft back from the trash into the library. */
    untrash(id: number): DraftSummary {
      return db.transaction(() => {
        if (getHead(id).trashedAt !== null) repo.setTrashedAt(id, null);
        return publicSummary(getHead(id));
      })();
    },

    /** Deletes for good one draft that is already in the trash; never one from the library. */
    delete(id: number): { id: number } {
      db.transaction(() => {
        inTrash(id);
        repo.delete(id);
        searchIndex.remove(id);
        repo.dropUnusedTags();
      })();
      return { id };
    },

    /** Deletes for good every draft in the trash. */
    emptyTrash(): { deleted: number } {
      return db.transaction(() => {
        const ids = repo.deleteTrashed();
        searchIndex.removeMany(ids);
        repo.dropUnusedTags();
        return { deleted: ids.length };
      })();
    },
  };
}

export type DraftsService = ReturnType<typeof createDraftsService>;
