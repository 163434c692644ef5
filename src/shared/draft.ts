import type { JSONContent } from '@tiptap/core';

/** A calendar date, YYYY-MM-DD: the date a post carries when published. */
export type PostDate = string;

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
}

/** A whole draft, as the editor opens it. The Tiptap JSON is the source of truth. */
export interface Draft extends DraftSummary {
  description: string;
  tags: string[];
  doc: JSONContent;
  /** Increases with every save; a save names the version it started from. */
  version: number;
  createdAt: string;
}

/** What the editor sends on every autosave. */
export interface DraftSave {
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
}
