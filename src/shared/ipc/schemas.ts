import { z } from 'zod';
import type { Channel, ChannelArgs } from './contract';

/** Upper bounds that keep one bad message from exhausting memory or the database. */
export const LIMITS = {
  titleLength: 500,
  authorLength: 200,
  /** Serialised Tiptap JSON: far beyond a 100,000-word book, far below trouble. */
  docBytes: 50 * 1024 * 1024,
} as const;

const id = z.number().int().positive();
const postDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-29')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');
const title = z.string().max(LIMITS.titleLength);
const author = z.string().max(LIMITS.authorLength);

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
  'drafts:save': z.object({ id, baseVersion: z.number().int().nonnegative(), title, author, date: postDate, doc }).strict(),
  'drafts:delete': z.object({ id }).strict(),
  'preview:render': z
    .object({ title, author, date: postDate, tags: z.array(z.string().max(100)).max(100), doc })
    .strict(),
  'export:html': z.object({ id }).strict(),
};

export { postDate as postDateSchema };
