import type Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import type { Draft, DraftSave, DraftSummary, PostDate, SavedDraft } from '../../../shared/draft';
import { countImages, docPlainText, EMPTY_DOC, statsFromText } from '../../../shared/editor/docStats';
import { toPostDate } from '../../../shared/postDate';
import { AppError, invalid, notFound } from '../errors';
import { parseDoc, renderBodyHtml } from '../render/renderBodyHtml';
import { createDraftsRepository, type DraftRecord, type StoredDraft } from './draftsRepository';
import { slugFromTitle, uniqueSlug } from './slug';

const EXCERPT_LENGTH = 200;

export interface NewDraft {
  title?: string;
  author?: string;
  date?: PostDate;
  slug?: string;
  description?: string;
  tags?: string[];
  doc?: JSONContent;
}

function excerptOf(plainText: string): string {
  const text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/** Derives what a draft stores besides its own fields: HTML, counts, excerpt. */
function derive(doc: JSONContent): Pick<DraftRecord, 'docJson' | 'bodyHtml' | 'excerpt' | 'wordCount' | 'readingMinutes'> {
  const node = parseDoc(doc);
  const text = docPlainText(doc);
  const stats = statsFromText(text, countImages(doc));
  return {
    docJson: JSON.stringify(node.toJSON()),
    bodyHtml: renderBodyHtml(node),
    excerpt: excerptOf(text),
    wordCount: stats.words + stats.cjkCharacters,
    readingMinutes: stats.readingMinutes,
  };
}

function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      result.push(tag);
    }
  }
  return result;
}

function publicDraft(stored: StoredDraft): Draft {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { slugIsCustom, bodyHtml, ...draft } = stored;
  return draft;
}

export function createDraftsService({ db, clock }: { db: Database.Database; clock: () => Date }) {
  const repo = createDraftsRepository(db);
  const now = (): string => clock().toISOString();

  const getStored = (id: number): StoredDraft => {
    const stored = repo.get(id);
    if (!stored) throw notFound(`Draft ${id}`);
    return stored;
  };

  return {
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

    create(input: NewDraft = {}): Draft {
      const title = (input.title ?? '').trim();
      const customSlug = input.slug?.trim();
      if (customSlug !== undefined && customSlug !== '' && slugFromTitle(customSlug) !== customSlug) {
        throw invalid(`The slug "${customSlug}" may only hold lowercase letters, digits and single dashes`);
      }
      const derived = derive(input.doc ?? EMPTY_DOC);
      const id = db.transaction(() => {
        const base = customSlug || slugFromTitle(title);
        const record: DraftRecord = {
          title,
          slug: uniqueSlug(base, (s) => repo.isSlugTaken(s)),
          slugIsCustom: Boolean(customSlug),
          author: (input.author ?? repo.latestAuthor()).trim(),
          date: input.date ?? toPostDate(clock()),
          description: (input.description ?? '').trim(),
          ...derived,
        };
        const newId = repo.insert(record, now());
        repo.setTags(newId, cleanTags(input.tags ?? []));
        return newId;
      })();
      return publicDraft(getStored(id));
    },

    /**
     * Autosave. Refuses (CONFLICT) when the draft changed since the version the editor
     * loaded, e.g. by the command line, so one writer never silently overwrites another.
     */
    save(input: DraftSave): SavedDraft {
      const derived = derive(input.doc);
      return db.transaction((): SavedDraft => {
        const current = getStored(input.id);
        if (current.version !== input.baseVersion) {
          throw new AppError(
            'CONFLICT',
            'This draft was changed elsewhere (in another window or by the command line) since it was opened.',
          );
        }
        const title = input.title.trim();
        const slug = current.slugIsCustom
          ? current.slug
          : uniqueSlug(slugFromTitle(title), (s) => repo.isSlugTaken(s, input.id));
        const record: DraftRecord = {
          title,
          slug,
          slugIsCustom: current.slugIsCustom,
          author: input.author.trim(),
          date: input.date,
          description: current.description,
          ...derived,
        };
        repo.update(input.id, input.baseVersion, record, now());
        const saved = getStored(input.id);
        return { summary: publicSummary(saved), version: saved.version };
      })();
    },

    delete(id: number): { id: number } {
      if (!repo.delete(id)) throw notFound(`Draft ${id}`);
      return { id };
    },
  };
}

function publicSummary(draft: Draft): DraftSummary {
  const { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt } = draft;
  return { id, title, slug, author, date, excerpt, wordCount, readingMinutes, updatedAt };
}

export type DraftsService = ReturnType<typeof createDraftsService>;
