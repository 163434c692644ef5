import type { Draft, PostDate, PostStatus } from '../../shared/draft';

/** Everything about a draft the writer edits besides its text. */
export interface DraftFields {
  title: string;
  author: string;
  date: PostDate;
  /** The custom slug, or '' while the slug follows the title. */
  customSlug: string;
  description: string;
  tags: string[];
  status: PostStatus;
  coverImage: string;
  canonicalUrl: string;
  language: string;
}

export function fieldsOf(draft: Draft): DraftFields {
  return {
    title: draft.title,
    author: draft.author,
    date: draft.date,
    customSlug: draft.slugIsCustom ? draft.slug : '',
    description: draft.description,
    tags: draft.tags,
    status: draft.status,
    coverImage: draft.coverImage,
    canonicalUrl: draft.canonicalUrl,
    language: draft.language,
  };
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const WEB_URL_PATTERN = /^https?:\/\/[^\s]+$/i;
export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
