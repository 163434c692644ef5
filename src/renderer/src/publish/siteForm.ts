import {
  type CommentsConfig,
  type CommentsKind,
  type GiscusMapping,
  type SiteConfig,
  type SiteConfigPatch,
  type SiteLocale,
  type SiteThemeName,
} from '../../../shared/site';

/**
 * The site settings as the form holds them while the writer types: text where the config has
 * numbers, and every comments provider's fields at once, so switching between them loses nothing.
 */
export interface SiteForm {
  title: string;
  description: string;
  baseUrl: string;
  language: SiteLocale;
  author: string;
  postsPerPage: string;
  theme: SiteThemeName;
  customCss: string;
  comments: CommentsForm;
}

export interface CommentsForm {
  kind: CommentsKind;
  giscus: { repo: string; repoId: string; category: string; categoryId: string; mapping: GiscusMapping };
  disqus: { shortname: string };
  custom: { html: string };
}

export type SiteField = keyof SiteForm;

/** The fields in the order they appear, so the first invalid one can take the focus. */
export const SITE_FIELDS: readonly SiteField[] = ['title', 'description', 'baseUrl', 'language', 'author', 'theme', 'postsPerPage', 'customCss', 'comments'];

const EMPTY_GISCUS: CommentsForm['giscus'] = { repo: '', repoId: '', category: '', categoryId: '', mapping: 'pathname' };

export function commentsFormOf(comments: CommentsConfig, previous?: CommentsForm): CommentsForm {
  const base: CommentsForm = previous ?? { kind: 'none', giscus: EMPTY_GISCUS, disqus: { shortname: '' }, custom: { html: '' } };
  switch (comments.kind) {
    case 'none':
      return { ...base, kind: 'none' };
    case 'giscus': {
      const { repo, repoId, category, categoryId, mapping } = comments;
      return { ...base, kind: 'giscus', giscus: { repo, repoId, category, categoryId, mapping } };
    }
    case 'disqus':
      return { ...base, kind: 'disqus', disqus: { shortname: comments.shortname } };
    case 'custom':
      return { ...base, kind: 'custom', custom: { html: comments.html } };
  }
}

export function formOf(config: SiteConfig, previous?: SiteForm): SiteForm {
  return {
    title: config.title,
    description: config.description,
    baseUrl: config.baseUrl,
    language: config.language,
    author: config.author,
    postsPerPage: String(config.postsPerPage),
    theme: config.theme,
    customCss: config.customCss,
    comments: commentsFormOf(config.comments, previous?.comments),
  };
}

export function commentsOf(form: CommentsForm): CommentsConfig {
  switch (form.kind) {
    case 'none':
      return { kind: 'none' };
    case 'giscus':
      return { kind: 'giscus', ...form.giscus };
    case 'disqus':
      return { kind: 'disqus', ...form.disqus };
    case 'custom':
      return { kind: 'custom', ...form.custom };
  }
}

/** The patch that saves one field as typed, or the reason it cannot be sent at all. */
export function patchOf(form: SiteForm, field: SiteField): { patch: SiteConfigPatch } | { problem: string } {
  switch (field) {
    case 'postsPerPage': {
      const text = form.postsPerPage.trim();
      // The engine judges the number (whole, in range); text that is no number never leaves the form.
      if (!/^-?\d+(\.\d+)?$/.test(text)) return { problem: 'Posts per page must be a whole number, like 10.' };
      return { patch: { postsPerPage: Number(text) } };
    }
    case 'comments':
      return { patch: { comments: commentsOf(form.comments) } };
    default:
      return { patch: { [field]: form[field] } };
  }
}

/** A field's value as one comparable string. */
function keyOf(form: SiteForm, field: SiteField): string {
  if (field === 'comments') return JSON.stringify(commentsOf(form.comments));
  if (field === 'postsPerPage') return form.postsPerPage.trim();
  return form[field];
}

/** Whether the form shows something other than what is saved for this field. */
export function isChanged(form: SiteForm, saved: SiteConfig, field: SiteField): boolean {
  return keyOf(form, field) !== keyOf(formOf(saved), field);
}

/** Whether two states of the form agree on one field. */
export function sameField(a: SiteForm, b: SiteForm, field: SiteField): boolean {
  return keyOf(a, field) === keyOf(b, field);
}

/**
 * The site engine words a refusal "Invalid <setting> (<part>): <reason>" (checkSiteConfigPatch
 * in src/main/core/site/siteConfig.ts). Under the field itself the reason is enough, and the part
 * says which of a group's inputs it is about. Any other message is shown whole.
 */
export function refusalOf(message: string): { part: string | null; reason: string } {
  const match = /^Invalid [^:()]+?(?: \(([\w.]+)\))?: (.+)$/s.exec(message);
  if (!match) return { part: null, reason: message };
  const reason = match[2] as string;
  return { part: match[1] ?? null, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
