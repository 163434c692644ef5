import { z } from 'zod';
import { POST_STATUSES } from '../draft';
import type { Channel, ChannelArgs } from './contract';

/** Upper bounds that keep one bad message from exhausting memory or the database. */
export const LIMITS = {
  titleLength: 500,
  authorLength: 200,
  /** Serialised Tiptap JSON: far beyond a 100,000-word book, far below trouble. */
  docBytes: 50 * 1024 * 1024,
  tagLength: 100,
  tagsPerDraft: 100,
  slugLength: 80,
  descriptionLength: 2000,
  urlLength: 2000,
  searchQueryLength: 500,
  pageSize: 500,
  revisionNameLength: 200,
  /** An image pasted or dropped into a post, base64-encoded (about 25 MB of image). */
  assetBase64Length: 34 * 1024 * 1024,
} as const;

const id = z.number().int().positive();
const postDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-29')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');
const title = z.string().max(LIMITS.titleLength);
const author = z.string().max(LIMITS.authorLength);
const status = z.enum(POST_STATUSES);
const tag = z.string().trim().min(1, 'a tag cannot be empty').max(LIMITS.tagLength);
const tags = z.array(z.string().max(LIMITS.tagLength)).max(LIMITS.tagsPerDraft);
const slug = z
  .string()
  .max(LIMITS.slugLength)
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'may only hold lowercase letters, digits and single dashes');
const url = z
  .string()
  .max(LIMITS.urlLength)
  .refine((value) => value === '' || /^(https?:\/\/|library-assets\/)/i.test(value), 'must be an http(s) address');
const language = z
  .string()
  .max(35)
  .regex(/^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$/, 'must be a language tag like en or pt-BR');
const metadataPatch = {
  slug: slug.optional(),
  description: z.string().max(LIMITS.descriptionLength).optional(),
  tags: tags.optional(),
  status: status.optional(),
  coverImage: url.optional(),
  canonicalUrl: url.optional(),
  language: language.optional(),
};

// The document's structure is checked against the real schema in core (Node.fromJSON + check);
// here we only make sure it is a Tiptap document at all.
const doc = z
  .object({ type: z.literal('doc'), content: z.array(z.record(z.string(), z.unknown())).optional() })
  .passthrough();

type Schemas = { [C in Channel]: z.ZodType<ChannelArgs<C>> };

export const ARG_SCHEMAS: Schemas = {
  'drafts:list': z.undefined(),
  'drafts:get': z.object({ id }).strict(),
  'drafts:create': z.object({ title: title.optional(), author: author.optional() }).strict(),
  'drafts:save': z
    .object({ id, baseVersion: z.number().int().nonnegative(), title, author, date: postDate, doc, ...metadataPatch })
    .strict(),
  'drafts:delete': z.object({ id }).strict(),
  'drafts:trash': z.object({ id }).strict(),
  'drafts:untrash': z.object({ id }).strict(),
  'drafts:empty-trash': z.undefined(),
  'library:page': z
    .object({
      status: status.optional(),
      tag: tag.optional(),
      trashed: z.boolean().optional(),
      offset: z.number().int().nonnegative().optional(),
      limit: z.number().int().positive().max(LIMITS.pageSize).optional(),
    })
    .strict(),
  'library:counts': z.undefined(),
  'tags:list': z.undefined(),
  'tags:rename': z.object({ from: tag, to: tag }).strict(),
  'tags:merge': z.object({ from: z.array(tag).min(1).max(LIMITS.tagsPerDraft), into: tag }).strict(),
  'tags:delete': z.object({ name: tag }).strict(),
  'search:query': z
    .object({
      query: z.string().max(LIMITS.searchQueryLength),
      status: status.optional(),
      tag: tag.optional(),
      limit: z.number().int().positive().max(200).optional(),
    })
    .strict(),
  'revisions:list': z.object({ draftId: id }).strict(),
  'revisions:diff': z.object({ draftId: id, revisionId: id }).strict(),
  'revisions:save-named': z.object({ draftId: id, name: z.string().trim().min(1, 'a version needs a name').max(LIMITS.revisionNameLength) }).strict(),
  'revisions:restore': z.object({ draftId: id, revisionId: id }).strict(),
  'revisions:checkpoint': z.object({ draftId: id }).strict(),
  'assets:import': z
    .object({
      fileName: z.string().max(255),
      mimeType: z.string().max(100),
      dataBase64: z.string().min(1, 'the file is empty').max(LIMITS.assetBase64Length, 'the image is larger than 25 MB'),
    })
    .strict(),
  'preview:render': z
    .object({ title, author, date: postDate, tags: z.array(z.string().max(100)).max(100), doc })
    .strict(),
  'export:html': z.object({ id }).strict(),
};

export { postDate as postDateSchema };
