import type Database from 'better-sqlite3';
import type { TagCount } from '../../../shared/library';
import { cleanTagName } from '../drafts/draftFields';
import { invalid, notFound } from '../errors';
import { createSearchIndex } from '../search/searchIndex';
import { createTagsRepository, type TagRow } from './tagsRepository';

/**
 * Tag management across the whole library (drafts in the trash included, so one brought back
 * carries the new names). Each operation is one transaction that also rewrites the tags of the
 * search rows it touched, and answers with the new tag list.
 *
 * Renaming a tag is not an edit of the drafts that carry it: their versions and last-edit
 * times stay, so an open editor's next save is not refused and the library order holds.
 */
export function createTagsService({ db }: { db: Database.Database }) {
  const repo = createTagsRepository(db);
  const searchIndex = createSearchIndex(db);

  const existing = (name: string): TagRow => {
    const tag = repo.find(cleanTagName(name));
    if (!tag) throw notFound(`The tag "${name.trim()}"`);
    return tag;
  };

  const newName = (name: string): string => {
    const cleaned = cleanTagName(name);
    if (!cleaned) throw invalid('A tag cannot be empty');
    return cleaned;
  };

  /** Runs a change in one transaction, then re-indexes the tags of the drafts it touched. */
  const change = (touch: (touched: Set<number>) => void): TagCount[] =>
    db.transaction(() => {
      const touched = new Set<number>();
      touch(touched);
      for (const draftId of touched) searchIndex.putTags(draftId, repo.tagsOf(draftId));
      return repo.counts();
    })();

  const remember = (touched: Set<number>, tag: TagRow): void => {
    for (const draftId of repo.draftsWith(tag.id)) touched.add(draftId);
  };

  return {
    list(): TagCount[] {
      return repo.counts();
    },

    /** Renames a tag everywhere; renaming onto another existing tag merges the two. */
    rename(from: string, to: string): TagCount[] {
      return change((touched) => {
        const source = existing(from);
        const name = newName(to);
        const target = repo.find(name);
        remember(touched, source);
        // Same tag (perhaps only its case changes): just the new spelling.
        if (!target || target.id === source.id) repo.rename(source.id, name);
        else repo.mergeInto(source.id, target.id);
      });
    },

    /** Moves every draft of the `from` tags to `into` (created if new) and removes them. */
    merge(from: readonly string[], into: string): TagCount[] {
      return change((touched) => {
        const name = newName(into);
        const sources = from.map(existing);
        let target = repo.find(name);
        for (const source of sources) {
          if (target?.id === source.id) continue;
          remember(touched, source);
          if (target) {
            repo.mergeInto(source.id, target.id);
          } else {
            // The first tag becomes the new one; the rest merge into it.
            repo.rename(source.id, name);
            target = { id: source.id, name };
          }
        }
      });
    },

    /** Removes a tag from every draft. */
    delete(name: string): TagCount[] {
      return change((touched) => {
        const tag = existing(name);
        remember(touched, tag);
        repo.delete(tag.id);
      });
    },
  };
}

export type TagsService = ReturnType<typeof createTagsService>;
