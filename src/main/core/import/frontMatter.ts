import matter from 'gray-matter';
import YAML from 'yaml';
import { POST_STATUSES, type PostStatus } from '../../../shared/draft';
import { invalid } from '../errors';

/**
 * The post fields a Markdown file's YAML front matter may give. Besides Inkpress's own names it
 * reads the usual Hugo and Jekyll ones: draft: true|false, categories (added to the tags),
 * excerpt (for description), image or cover (the cover image).
 */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  tags?: string[];
  slug?: string;
  description?: string;
  status?: PostStatus;
  coverImage?: string;
}

// gray-matter's default engine is js-yaml 3 (YAML 1.1: "no" becomes false, dates become
// Date objects); the yaml package parses YAML 1.2 and keeps dates as the text written.
const yamlEngine = {
  parse: (text: string): object => (YAML.parse(text, { prettyErrors: true }) ?? {}) as object,
  stringify: (data: object): string => YAML.stringify(data),
};

/**
 * gray-matter also reads "---js" and "---coffee" front matter by evaluating it as code, and an
 * engine given in the options only adds to its defaults: these replace them with a refusal, so
 * opening a file never runs what is written in it.
 */
const refuseCode = {
  parse: (): object => {
    throw new Error('front matter written as code is not read; write it as YAML');
  },
};
const ENGINES = { yaml: yamlEngine, javascript: refuseCode, coffee: refuseCode };

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function text(data: Record<string, unknown>, key: string, source: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  throw invalid(`Front matter "${key}" in ${source} must be text, not ${describe(value)}`);
}

function date(data: Record<string, unknown>, source: string): string | undefined {
  const value = text(data, 'date', source);
  if (value === undefined || value === '') return undefined;
  // "2026-11-29", "2026-11-29 10:00" and full ISO timestamps all name a calendar day first.
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value)?.[1];
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
    throw invalid(`Front matter "date" in ${source} must be a date like 2026-11-29, not "${value}"`);
  }
  return day;
}

function wordList(data: Record<string, unknown>, key: string, source: string): string[] | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(',').map((t) => t.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((t) => typeof t === 'string' || typeof t === 'number')) {
    return value.map((t) => String(t).trim()).filter(Boolean);
  }
  throw invalid(`Front matter "${key}" in ${source} must be a list of words or comma-separated text`);
}

/** Hugo and Jekyll keep categories beside tags; Inkpress has tags only, so both become tags. */
function tags(data: Record<string, unknown>, source: string): string[] | undefined {
  const tagList = wordList(data, 'tags', source);
  const categories = wordList(data, 'categories', source);
  if (tagList === undefined && categories === undefined) return undefined;
  return [...(tagList ?? []), ...(categories ?? [])];
}

/**
 * status: draft|scheduled|published wins; else Hugo/Jekyll's draft: true is a draft and
 * draft: false a published post.
 */
function status(data: Record<string, unknown>, source: string): PostStatus | undefined {
  const given = text(data, 'status', source)?.toLowerCase();
  if (given) {
    if (!(POST_STATUSES as readonly string[]).includes(given)) {
      throw invalid(`Front matter "status" in ${source} must be draft, scheduled or published, not "${String(data.status)}"`);
    }
    return given as PostStatus;
  }
  const draft = data.draft;
  if (draft === undefined || draft === null) return undefined;
  if (typeof draft !== 'boolean') {
    throw invalid(`Front matter "draft" in ${source} must be true or false, not ${typeof draft === 'string' ? `"${draft}"` : describe(draft)}`);
  }
  return draft ? 'draft' : 'published';
}

// The same rule as the app's cover image field (src/shared/ipc/schemas.ts), so an imported
// value can always be saved back from the editor.
const COVER_IMAGE_URL = /^(https?:\/\/|library-assets\/)\S+$/i;

/**
 * image (Jekyll) or cover (Hugo themes), as a URL or as an object holding one
 * (cover: { image: ... }, image: { path: ... }).
 */
function coverImage(data: Record<string, unknown>, source: string): string | undefined {
  const key = data.image !== undefined && data.image !== null ? 'image' : 'cover';
  let value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const holder = value as Record<string, unknown>;
    value = holder.image ?? holder.src ?? holder.path ?? holder.url;
  }
  if (typeof value !== 'string') {
    const what = value === undefined ? 'an object without image, src, path or url' : describe(value);
    throw invalid(`Front matter "${key}" in ${source} must be an image address, not ${what}`);
  }
  const url = value.trim();
  if (url === '') return undefined;
  if (!COVER_IMAGE_URL.test(url)) throw invalid(`Front matter "${key}" in ${source} must be an http(s) address, not "${url}"`);
  return url;
}

/** Splits a Markdown file into its front matter fields and its body. */
export function parseFrontMatter(fileText: string, source: string): { fields: FrontMatter; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object disables gray-matter's cache, which would return stale results.
    parsed = matter(fileText, { engines: ENGINES, language: 'yaml' });
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? 'unreadable YAML').replace(/:$/, '');
    throw invalid(`Malformed front matter in ${source}: ${reason}`);
  }
  const data = parsed.data as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid(`Malformed front matter in ${source}: expected "key: value" lines`);
  }
  const record = data as Record<string, unknown>;
  const fields: FrontMatter = {
    title: text(record, 'title', source),
    author: text(record, 'author', source),
    date: date(record, source),
    tags: tags(record, source),
    slug: text(record, 'slug', source),
    description: text(record, 'description', source) || text(record, 'excerpt', source),
    status: status(record, source),
    coverImage: coverImage(record, source),
  };
  return { fields, body: parsed.content };
}
