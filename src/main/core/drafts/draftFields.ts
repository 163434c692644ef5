import type { DraftSave } from '../../../shared/draft';
import { ARG_SCHEMAS } from '../../../shared/ipc/schemas';
import { invalid } from '../errors';
import { slugFromTitle } from './slug';

/** Tags as stored: trimmed, inner spaces collapsed, no empty ones, no case-insensitive repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = cleanTagName(raw);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      result.push(tag);
    }
  }
  return result;
}

export function cleanTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  author: 'author',
  date: 'date',
  slug: 'slug',
  description: 'description',
  tags: 'tags',
  status: 'status',
  coverImage: 'cover image',
  canonicalUrl: 'canonical URL',
  language: 'language',
};

// Placeholders for the fields a check leaves out: the save schema requires them.
const PLACEHOLDERS = { id: 1, baseVersion: 0, title: '', author: '', date: '2000-01-01', doc: { type: 'doc' } };

/**
 * Checks a draft's own fields by the same rules the app's requests are checked by (the shared
 * save schema), for callers that do not come through IPC: the command line and imports.
 */
export function checkDraftFields(fields: Partial<DraftSave>): void {
  // The document is checked against the real schema when it is parsed; the ids by the caller.
  const { id: _id, baseVersion: _baseVersion, doc: _doc, ...own } = fields;
  const defined: Record<string, unknown> = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
  if (typeof defined.slug === 'string' && defined.slug !== '' && slugFromTitle(defined.slug) !== defined.slug) {
    throw invalid(`The slug "${defined.slug}" may only hold lowercase letters, digits and single dashes`);
  }
  const result = ARG_SCHEMAS['drafts:save'].safeParse({ ...PLACEHOLDERS, ...defined });
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  if (field === 'status') throw invalid(`The status must be draft, scheduled or published, not "${String(defined.status)}"`);
  throw invalid(`Invalid ${FIELD_LABELS[field] ?? field}: ${issue?.message ?? 'not allowed'}`);
}
