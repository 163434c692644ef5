import type { DraftSummary, PostStatus } from './draft';

/** Which drafts the sidebar shows: the library (optionally one status or tag) or the trash. */
export interface DraftQuery {
  status?: PostStatus;
  tag?: string;
  /** true: only the trash; false or left out: only the library. */
  trashed?: boolean;
  offset?: number;
  limit?: number;
}

/** One page of drafts, most recently edited first, and how many match in all. */
export interface DraftPage {
  items: DraftSummary[];
  total: number;
}

export interface TagCount {
  name: string;
  /** Drafts in the library (not in the trash) that carry the tag. */
  count: number;
}

/** The numbers beside the sidebar's sections. */
export interface LibraryCounts {
  all: number;
  byStatus: Record<PostStatus, number>;
  trash: number;
  tags: TagCount[];
}

export interface SearchQuery {
  query: string;
  status?: PostStatus;
  tag?: string;
  limit?: number;
}

export interface SearchHit {
  id: number;
  title: string;
  /**
   * A short passage around the match, as HTML: the text is escaped and the matched words
   * are wrapped in <mark>. Safe to set as innerHTML.
   */
  snippetHtml: string;
  status: PostStatus;
  updatedAt: string;
}

export const REVISION_KINDS = ['auto', 'named', 'before-restore', 'on-close'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  id: number;
  draftId: number;
  kind: RevisionKind;
  /** The writer's name for a named version; '' for automatic ones. */
  name: string;
  title: string;
  wordCount: number;
  createdAt: string;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Word-level changes from a revision (removed) to the draft as it is now (added). */
export interface RevisionDiff {
  revision: RevisionSummary;
  titleChange: { from: string; to: string } | null;
  parts: DiffPart[];
}

export interface ImportedAsset {
  /** The URL to put in an image node's src (relative, served by the app). */
  src: string;
  hash: string;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
}
