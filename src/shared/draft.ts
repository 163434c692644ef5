import type { JSONContent } from '@tiptap/core';

/** A calendar date, YYYY-MM-DD: the date a post carries when published. */
export type PostDate = string;

export const POST_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** One row of the library sidebar. */
export interface DraftSummary {
  id: number;
  title: string;
  slug: string;
  author: string;
  date: PostDate;
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
  updatedAt: string;
  status: PostStatus;
  /** When the draft was moved to the trash; null while it is in the library. */
  trashedAt: string | null;
}

/** A whole draft, as the editor opens it. The Tiptap JSON is the source of truth. */
export interface Draft extends DraftSummary {
  description: string;
  tags: string[];
  /** False while the slug follows the title; true once the writer (or an import) set it. */
  slugIsCustom: boolean;
  /** An image URL (a library asset or the web) shown above the post and in link previews. */
  coverImage: string;
  canonicalUrl: string;
  /** BCP 47 language tag of the post ("en", "de-CH"); empty means the site's language. */
  language: string;
  doc: JSONContent;
  /** Increases with every save; a save names the version it started from. */
  version: number;
  createdAt: string;
}

/** The metadata fields a save may change; a field left out keeps its stored value. */
export interface DraftMetadataPatch {
  /** A custom slug, or '' to let the slug follow the title again. */
  slug?: string;
  description?: string;
  tags?: string[];
  status?: PostStatus;
  coverImage?: string;
  canonicalUrl?: string;
  language?: string;
}

/** What the editor sends on every autosave. */
export interface DraftSave extends DraftMetadataPatch {
  id: number;
  baseVersion: number;
  title: string;
  author: string;
  date: PostDate;
  doc: JSONContent;
}

export interface SavedDraft {
  summary: DraftSummary;
  version: number;
}

/** The fields of a post that the preview and the export show. */
export interface PostContent {
  title: string;
  author: string;
  date: PostDate;
  tags: string[];
  doc: JSONContent;
  /** The details as the writer has them now, shown by the preview before they are saved; left out, none. */
  description?: string;
  coverImage?: string;
  /** BCP 47; '' or left out for the site's language. */
  language?: string;
}
