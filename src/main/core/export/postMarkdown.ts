import YAML from 'yaml';
import type { Draft } from '../../../shared/draft';
import { docToMarkdown } from './docToMarkdown';

/**
 * A draft as a Markdown file: YAML front matter, then the body. The front matter uses the
 * names the importer reads (image for the cover), so `inkpress new --file` takes it back,
 * and the names Hugo, Jekyll and Eleventy read (title, date as YYYY-MM-DD, tags, slug,
 * description). A draft also says draft: true, which keeps Hugo from publishing it (a
 * scheduled post's date in the future already does). Empty fields are left out.
 */
export function renderPostMarkdown(draft: Draft): string {
  const fields: Record<string, string | string[] | boolean> = { title: draft.title, slug: draft.slug };
  if (draft.author) fields.author = draft.author;
  fields.date = draft.date;
  fields.status = draft.status;
  if (draft.status === 'draft') fields.draft = true;
  if (draft.tags.length) fields.tags = draft.tags;
  if (draft.description) fields.description = draft.description;
  if (draft.coverImage) fields.image = draft.coverImage;
  if (draft.canonicalUrl) fields.canonical_url = draft.canonicalUrl;
  if (draft.language) fields.language = draft.language;
  // lineWidth 0: no folding, so every value stays on its own line as written.
  const frontMatter = YAML.stringify(fields, { lineWidth: 0 });
  const body = docToMarkdown(draft.doc);
  return `---\n${frontMatter}---\n${body ? `\n${body}` : ''}`;
}
