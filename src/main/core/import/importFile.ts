import fs from 'node:fs';
import path from 'node:path';
import { AppError, invalid } from '../errors';
import type { NewDraft } from '../drafts/draftsService';
import { parseFrontMatter } from './frontMatter';
import { htmlToDoc, takeHtmlTitle } from './htmlToDoc';
import { markdownToDoc } from './markdownToDoc';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.txt']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function readText(file: string): string {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'NOT_FOUND' : 'IO', code === 'ENOENT' ? `File not found: ${file}` : `Cannot read ${file}: ${code}`);
  }
  if (!stats.isFile()) throw invalid(`Not a file: ${file}`);
  if (stats.size > MAX_IMPORT_BYTES) throw invalid(`${file} is larger than 20 MB; is it really a post?`);
  const buffer = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (text.includes('\u0000')) throw invalid(`${file} is not a text file`);
  return text.replace(/^\uFEFF/, '');
}

/** A draft's fields read from a Markdown (with optional YAML front matter) or HTML file. */
export function readPostFile(file: string): NewDraft {
  const extension = path.extname(file).toLowerCase();
  const isHtml = HTML_EXTENSIONS.has(extension);
  if (!isHtml && !MARKDOWN_EXTENSIONS.has(extension)) {
    throw invalid(`Cannot import ${file}: expected a Markdown (.md) or HTML (.html) file`);
  }
  const text = readText(file);
  if (isHtml) {
    const { title, body } = takeHtmlTitle(text);
    return { title, doc: htmlToDoc(body) };
  }
  const { fields, body } = parseFrontMatter(text, file);
  if (fields.title) return { ...fields, doc: markdownToDoc(body) };
  const { title, rest } = takeMarkdownTitle(body);
  return { ...fields, title, doc: markdownToDoc(rest) };
}

/** A leading "# Heading" is the post's title when the front matter gives none. */
export function takeMarkdownTitle(markdown: string): { title?: string; rest: string } {
  // A closing run of #s counts only after a space (CommonMark): "# Learning C#" keeps its #.
  const match = /^\s*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match?.[1]) return { rest: markdown };
  return { title: match[1].trim(), rest: markdown.slice(match[0].length) };
}
