import { z } from 'zod';
import { GISCUS_MAPPINGS, SITE_LIMITS, type SiteConfig, type SiteConfigPatch } from '../../../shared/site';
import { invalid } from '../errors';
import { SITE_THEME_NAMES } from './themes/themeNames';
import { SITE_LOCALES, siteLocaleOf } from './siteLabels';

/**
 * The site a writer publishes: set up once, kept in the library (migration 0100), used by
 * every export. Only this module knows its shape; it imports nothing with side effects, so
 * the IPC layer can validate the same schema.
 */

const oneLine = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'must be one line of text')
    .transform((value) => value.trim());

/** '' (not set yet) or an absolute http(s) address, kept with a trailing slash. */
const baseUrl = z
  .string()
  .max(SITE_LIMITS.urlLength)
  .transform((value, context) => {
    const text = value.trim();
    if (text === '') return '';
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      context.addIssue({ code: 'custom', message: `"${text}" is not a web address like https://example.com/` });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      context.addIssue({ code: 'custom', message: 'must start with https:// or http://' });
      return z.NEVER;
    }
    if (url.username || url.password || url.search || url.hash) {
      context.addIssue({ code: 'custom', message: 'must be the address of the site only, without a user name, ?query or #fragment' });
      return z.NEVER;
    }
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  });

/** A locale of siteLabels.ts, in its canonical spelling ("pt-br" is pt-BR). */
const language = z.string().transform((value, context) => {
  const locale = siteLocaleOf(value);
  if (locale) return locale;
  context.addIssue({ code: 'custom', message: `must be one of ${SITE_LOCALES.join(', ')}` });
  return z.NEVER;
});

// giscus names come from its configuration page; the shapes below are what GitHub issues.
const giscus = z.object({
  kind: z.literal('giscus'),
  repo: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, 'must be a GitHub repository like owner/name'),
  repoId: z.string().trim().regex(/^[A-Za-z0-9_=-]{1,100}$/, 'must be the repository id giscus shows (like R_kgDO...)'),
  category: oneLine(100).pipe(z.string().min(1, 'needs a discussion category')),
  categoryId: z.string().trim().regex(/^[A-Za-z0-9_=-]{1,100}$/, 'must be the category id giscus shows (like DIC_kwDO...)'),
  mapping: z.enum(GISCUS_MAPPINGS),
});

const disqus = z.object({
  kind: z.literal('disqus'),
  shortname: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be the Disqus shortname (letters, digits and dashes)'),
});

/** The writer's own embed (utterances, Commento, ...): their markup, placed as given. */
const customComments = z.object({
  kind: z.literal('custom'),
  html: z.string().max(SITE_LIMITS.commentsHtmlLength).refine((value) => value.trim() !== '', 'needs the HTML to embed'),
});

export { GISCUS_MAPPINGS, SITE_LIMITS, type SiteConfig, type SiteConfigPatch };

export const commentsSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('none') }), giscus, disqus, customComments]);
export type CommentsConfig = z.infer<typeof commentsSchema>;

/** One schema per field, so a patch and a stored value are checked field by field. */
export const SITE_FIELD_SCHEMAS = {
  title: oneLine(SITE_LIMITS.titleLength).pipe(z.string().min(1, 'cannot be empty')),
  description: oneLine(SITE_LIMITS.descriptionLength),
  baseUrl,
  language,
  author: oneLine(SITE_LIMITS.authorLength),
  postsPerPage: z.number().int('must be a whole number').min(1, 'must be at least 1').max(SITE_LIMITS.postsPerPage, `must be at most ${SITE_LIMITS.postsPerPage}`),
  theme: z.enum(SITE_THEME_NAMES),
  customCss: z.string().max(SITE_LIMITS.customCssLength, `must be at most ${SITE_LIMITS.customCssLength} characters`),
  comments: commentsSchema,
};


export const DEFAULT_SITE_CONFIG: SiteConfig = {
  title: 'My blog',
  description: '',
  baseUrl: '',
  language: 'en',
  author: '',
  postsPerPage: 10,
  theme: 'harbor',
  customCss: '',
  comments: { kind: 'none' },
};

const FIELD_LABELS: Record<keyof SiteConfig, string> = {
  title: 'site title',
  description: 'site description',
  baseUrl: 'base URL',
  language: 'site language',
  author: 'default author',
  postsPerPage: 'posts per page',
  theme: 'theme',
  customCss: 'custom CSS',
  comments: 'comments setting',
};

const FIELDS = Object.keys(SITE_FIELD_SCHEMAS) as (keyof SiteConfig)[];

/**
 * Checks a patch field by field and returns it cleaned (trimmed, the base URL normalised).
 * The first problem is thrown as a VALIDATION error naming the field; unknown fields too.
 */
export function checkSiteConfigPatch(patch: unknown): SiteConfigPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw invalid('The site settings must be an object');
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(FIELDS as string[]).includes(key)) throw invalid(`"${key}" is not a site setting (known: ${FIELDS.join(', ')})`);
    if (value === undefined) continue;
    const result = SITE_FIELD_SCHEMAS[key as keyof SiteConfig].safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      // zod words a value of the wrong type in its own terms; a fractional number is "not an int" to it.
      const wrongType = issue?.code === 'invalid_type' && issue.expected !== 'int';
      const message = wrongType ? 'has the wrong type' : (issue?.message ?? 'is not allowed');
      throw invalid(`Invalid ${FIELD_LABELS[key as keyof SiteConfig]}${where}: ${message}`);
    }
    clean[key] = result.data;
  }
  return clean as SiteConfigPatch;
}

/**
 * The config a stored object gives: each field that is missing or no longer valid (a
 * hand-edited library, a value an older Inkpress allowed) reads as its default, so a bad
 * field never stops an export or the app.
 */
export function siteConfigFromStored(stored: unknown): SiteConfig {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const config: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const result = SITE_FIELD_SCHEMAS[key].safeParse(source[key]);
    config[key] = result.success ? result.data : DEFAULT_SITE_CONFIG[key];
  }
  return config as unknown as SiteConfig;
}
