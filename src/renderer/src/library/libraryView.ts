import type { PostStatus } from '../../../shared/draft';

/** What the sidebar's list shows. */
export type LibraryView =
  | { kind: 'all' }
  | { kind: 'status'; status: PostStatus }
  | { kind: 'tag'; tag: string }
  | { kind: 'trash' };

export const STATUS_LABELS: Record<PostStatus, string> = {
  draft: 'Drafts',
  scheduled: 'Scheduled',
  published: 'Published',
};

export const STATUS_NAMES: Record<PostStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
};

export function viewTitle(view: LibraryView): string {
  switch (view.kind) {
    case 'all':
      return 'All drafts';
    case 'status':
      return STATUS_LABELS[view.status];
    case 'tag':
      return `#${view.tag}`;
    case 'trash':
      return 'Trash';
  }
}

export function viewFilter(view: LibraryView): { status?: PostStatus; tag?: string; trashed?: boolean } {
  switch (view.kind) {
    case 'all':
      return {};
    case 'status':
      return { status: view.status };
    case 'tag':
      return { tag: view.tag };
    case 'trash':
      return { trashed: true };
  }
}

export function sameView(a: LibraryView, b: LibraryView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
