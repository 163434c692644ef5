import { z } from 'zod';
import { POST_STATUSES } from '../draft';
import { EDITOR_FONTS, LINE_WIDTHS, SETTINGS_LIMITS, THEMES } from '../settings';
import { GISCUS_MAPPINGS, SITE_LIMITS, SITE_LOCALES, SITE_THEME_NAMES } from '../site';
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
  /** Posts chosen for one site export: far more than any library holds. */
  sitePosts: 100_000,
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

/** One schema per setting: the IPC patch checks against them, and so does the stored value read back. */
export const SETTING_SCHEMAS = {
  theme: z.enum(THEMES),
  editorFont: z.enum(EDITOR_FONTS),
  lineWidth: z.enum(LINE_WIDTHS),
  focusMode: z.boolean(),
  typewriterScrolling: z.boolean(),
  spellcheckEnabled: z.boolean(),
  spellcheckLanguages: z
    .array(
      z
        .string()
        .max(SETTINGS_LIMITS.languageCodeLength)
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a dictionary code like en-US'),
    )
    .max(SETTINGS_LIMITS.spellingLanguages, `at most ${SETTINGS_LIMITS.spellingLanguages} spelling languages`)
    .refine((codes) => new Set(codes).size === codes.length, 'names a language twice'),
};

/**
 * A site settings patch: the types and sizes only. The site engine checks what the values mean
 * (a real web address, a GitHub repository, ...) and names the field it refuses.
 */
const siteText = (max: number, what: string) => z.string().max(max, `The ${what} must be at most ${max} characters`);
const siteComments = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({
      kind: z.literal('giscus'),
      repo: z.string().max(201),
      repoId: z.string().max(100),
      category: z.string().max(100),
      categoryId: z.string().max(100),
      mapping: z.enum(GISCUS_MAPPINGS),
    })
    .strict(),
  z.object({ kind: z.literal('disqus'), shortname: z.string().max(64) }).strict(),
  z.object({ kind: z.literal('custom'), html: siteText(SITE_LIMITS.commentsHtmlLength, 'comments HTML') }).strict(),
]);
const siteConfigPatch = z
  .object({
    title: siteText(SITE_LIMITS.titleLength, 'site title').optional(),
    description: siteText(SITE_LIMITS.descriptionLength, 'site description').optional(),
    baseUrl: siteText(SITE_LIMITS.urlLength, 'base URL').optional(),
    language: z.enum(SITE_LOCALES).optional(),
    author: siteText(SITE_LIMITS.authorLength, 'default author').optional(),
    postsPerPage: z.number().finite().optional(),
    theme: z.enum(SITE_THEME_NAMES).optional(),
    customCss: siteText(SITE_LIMITS.customCssLength, 'custom CSS').optional(),
    comments: siteComments.optional(),
  })
  .strict();

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
    .object({
      title,
      author,
      date: postDate,
      tags: z.array(z.string().max(100)).max(100),
      doc,
      description: metadataPatch.description,
      coverImage: metadataPatch.coverImage,
      language: metadataPatch.language,
    })
    .strict(),
  'export:html': z.object({ id }).strict(),
  'export:markdown': z.object({ id }).strict(),
  'import:file': z.undefined(),
  'settings:get': z.undefined(),
  'settings:update': z
    .object({
      theme: SETTING_SCHEMAS.theme.optional(),
      editorFont: SETTING_SCHEMAS.editorFont.optional(),
      lineWidth: SETTING_SCHEMAS.lineWidth.optional(),
      focusMode: SETTING_SCHEMAS.focusMode.optional(),
      typewriterScrolling: SETTING_SCHEMAS.typewriterScrolling.optional(),
      spellcheck: z
        .object({ enabled: SETTING_SCHEMAS.spellcheckEnabled.optional(), languages: SETTING_SCHEMAS.spellcheckLanguages.optional() })
        .strict()
        .optional(),
    })
    .strict(),
  'settings:spelling-languages': z.undefined(),
  'window:set-full-screen': z.object({ fullScreen: z.boolean() }).strict(),
  'site:get-config': z.undefined(),
  'site:update-config': siteConfigPatch,
  'site:get-folder': z.undefined(),
  'site:choose-folder': z.undefined(),
  'site:export': z
    .object({
      postIds: z.array(id).min(1, 'choose at least one post').max(LIMITS.sitePosts).optional(),
      force: z.boolean().optional(),
    })
    .strict(),
  'site:cancel-export': z.undefined(),
  'site:open-folder': z.undefined(),
  'site:open-in-browser': z.undefined(),
};

export { postDate as postDateSchema };
