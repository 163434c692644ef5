import matter from 'gray-matter';
import YAML from 'yaml';
import { invalid } from '../errors';

/** The post fields a Markdown file's YAML front matter may give. */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  tags?: string[];
  slug?: string;
  description?: string;
}

// gray-matter's default engine is js-yaml 3 (YAML 1.1: "no" becomes false, dates become
// Date objects); the yaml package parses YAML 1.2 and keeps dates as the text written.
const yamlEngine = {
  parse: (text: string): object => (YAML.parse(text, { prettyErrors: true }) ?? {}) as object,
  stringify: (data: object): string => YAML.stringify(data),
};

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

function tags(data: Record<string, unknown>, source: string): string[] | undefined {
  const value = data.tags;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(',').map((t) => t.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((t) => typeof t === 'string' || typeof t === 'number')) {
    return value.map((t) => String(t).trim()).filter(Boolean);
  }
  throw invalid(`Front matter "tags" in ${source} must be a list of words or comma-separated text`);
}

/** Splits a Markdown file into its front matter fields and its body. */
export function parseFrontMatter(fileText: string, source: string): { fields: FrontMatter; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object disables gray-matter's cache, which would return stale results.
    parsed = matter(fileText, { engines: { yaml: yamlEngine }, language: 'yaml' });
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
    description: text(record, 'description', source),
  };
  return { fields, body: parsed.content };
}
