import type { JSONContent } from '@tiptap/core';

/**
 * Tiptap JSON of the post schema (src/shared/editor/extensions.ts) as CommonMark + GFM, the
 * Markdown the importer reads back (tests check doc -> Markdown -> doc round trips). Underline
 * has no Markdown, so it is written as <u>, which the importer also reads.
 */
export function docToMarkdown(doc: JSONContent): string {
  const markdown = blocksToMarkdown(doc.content ?? []);
  return markdown ? `${markdown}\n` : '';
}

type Mark = NonNullable<JSONContent['marks']>[number];

// The order marks open in: a link outermost, code innermost (nothing is parsed inside code).
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'code'];
const DELIMITERS: Record<string, [string, string]> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  strike: ['~~', '~~'],
  underline: ['<u>', '</u>'],
};

function blocksToMarkdown(nodes: readonly JSONContent[]): string {
  const parts: string[] = [];
  let previousType: string | undefined;
  for (const node of nodes) {
    // Two lists of one kind in a row would read as one list: the second uses the other marker.
    const markdown = blockToMarkdown(node, node.type === previousType);
    if (markdown !== '') parts.push(markdown);
    previousType = node.type;
  }
  return parts.join('\n\n');
}

function blockToMarkdown(node: JSONContent, followsSameType: boolean): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return inlineToMarkdown(children);
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 2), 1), 6);
      // A heading is one line in Markdown: its line breaks become spaces.
      const text = inlineToMarkdown(children.map((child) => (child.type === 'hardBreak' ? { type: 'text', text: ' ' } : child)));
      return text ? `${'#'.repeat(level)} ${text}` : '';
    }
    case 'blockquote':
      return prefixLines(blocksToMarkdown(children), '> ', '>');
    case 'bulletList':
      return listToMarkdown(children, () => (followsSameType ? '* ' : '- '));
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      const delimiter = followsSameType ? ')' : '.';
      return listToMarkdown(children, (index) => `${start + index}${delimiter} `);
    }
    case 'codeBlock':
      return codeBlockToMarkdown(children.map((child) => child.text ?? '').join(''), String(node.attrs?.language ?? ''));
    case 'horizontalRule':
      return '---';
    case 'image':
      return imageToMarkdown(node);
    default:
      // Not in the schema: keep whatever text it holds rather than lose it.
      return blocksToMarkdown(children);
  }
}

function listToMarkdown(items: readonly JSONContent[], marker: (index: number) => string): string {
  // Tight (no blank lines) unless an item holds more than one paragraph.
  const tight = items.every((item) => (item.content ?? []).filter((child) => child.type === 'paragraph').length <= 1);
  return items
    .map((item, index) => {
      const bullet = marker(index);
      const body = (item.content ?? []).map((child) => blockToMarkdown(child, false)).filter(Boolean).join(tight ? '\n' : '\n\n');
      return prefixLines(body, ' '.repeat(bullet.length), '', bullet);
    })
    .join(tight ? '\n' : '\n\n');
}

/** Prefixes every line (blank lines get blankPrefix); the first line may get its own prefix. */
function prefixLines(text: string, prefix: string, blankPrefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? firstPrefix + line : line === '' ? blankPrefix : prefix + line))
    .join('\n');
}

function codeBlockToMarkdown(code: string, language: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const body = code === '' || code.endsWith('\n') ? code : `${code}\n`;
  return `${fence}${language.replace(/[\s`]/g, '')}\n${body}${fence}`;
}

function imageToMarkdown(node: JSONContent): string {
  const src = String(node.attrs?.src ?? '');
  if (!src) return '';
  const alt = escapeText(String(node.attrs?.alt ?? ''));
  return `![${alt}](${destination(src)}${titlePart(node.attrs?.title)})`;
}

function destination(url: string): string {
  return /[\s()<>\\]/.test(url) ? `<${url.replace(/[<>\\]/g, '\\$&')}>` : url;
}

function titlePart(title: unknown): string {
  return typeof title === 'string' && title !== '' ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
}

/** Backslash-escapes what Markdown would read as syntax anywhere in a line. */
function escapeText(text: string): string {
  return (
    text
      .replace(/[\\`*[\]<~|]/g, '\\$&')
      // _ only where it could open or close emphasis: not inside a word (snake_case stays).
      .replace(/_/g, (match, offset: number, whole: string) =>
        /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '') ? match : '\\_',
      )
      .replace(/!(?=\\\[)/g, '\\!')
      .replace(/&(?=#?\w+;)/g, '\\&')
  );
}

/** What Markdown would read as a block marker at the start of a line (after the text is escaped). */
function escapeLineStart(line: string): string {
  // Whitespace at either end of a line is not shown in HTML, and in Markdown it would make
  // code blocks (leading) or line breaks (trailing), so it goes.
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  // A quote, a list item, an ATX heading, or a line that could underline a setext heading.
  if (/^(?:>|[-+](?=\s|$)|#{1,6}(?=\s|$)|=+$|-+$)/.test(trimmed)) return `\\${trimmed}`;
  // An ordered list item: "1984. A year" keeps its number as text.
  return trimmed.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && (a.type !== 'link' || (a.attrs?.href === b.attrs?.href && a.attrs?.title === b.attrs?.title));
}

function sortedMarks(node: JSONContent): Mark[] {
  return [...(node.marks ?? [])]
    .filter((mark) => MARK_ORDER.includes(mark.type))
    .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function codeSpan(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  // A space inside the ticks keeps a code span that starts or ends with a backtick readable.
  const padding = /^`|`$/.test(code) || /^ .* $/.test(code) ? ' ' : '';
  return `${ticks}${padding}${code}${padding}${ticks}`;
}

/** An emphasis delimiter, written as Markdown where CommonMark reads it as one, else as HTML. */
interface Delimiter {
  markdown: string;
  html: string;
  opens: boolean;
  /** The opening delimiter and its closing one share this. */
  pair: { useHtml: boolean };
}

type Piece = string | Delimiter;

const HTML_TAGS: Record<string, [string, string]> = {
  bold: ['<strong>', '</strong>'],
  italic: ['<em>', '</em>'],
  strike: ['<s>', '</s>'],
  underline: ['<u>', '</u>'],
};

const isWhitespace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isPunctuation = (ch: string | undefined): boolean => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);

/**
 * CommonMark's flanking rules: ** opens only before a non-space that is not punctuation, or
 * punctuation preceded by space or punctuation (and mirrored for closing). "**Note:**text"
 * would stay literal, so such a pair is written as <strong>...</strong> instead.
 */
function canDelimit(before: string | undefined, after: string | undefined, opens: boolean): boolean {
  const [inner, outer] = opens ? [after, before] : [before, after];
  if (isWhitespace(inner)) return false;
  return !isPunctuation(inner) || isWhitespace(outer) || isPunctuation(outer);
}

function piecesToMarkdown(pieces: readonly Piece[]): string {
  const charBefore = (index: number): string | undefined => {
    const piece = pieces[index - 1];
    return typeof piece === 'string' ? piece.at(-1) : piece?.markdown.at(-1);
  };
  const charAfter = (index: number): string | undefined => {
    const piece = pieces[index + 1];
    return typeof piece === 'string' ? piece[0] : piece?.markdown[0];
  };
  pieces.forEach((piece, index) => {
    if (typeof piece !== 'string' && !canDelimit(charBefore(index), charAfter(index), piece.opens)) piece.pair.useHtml = true;
  });
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.pair.useHtml ? piece.html : piece.markdown)).join('');
}

/**
 * Inline content with its marks. A mark opens where it starts and closes where it ends, so a
 * bold run across a link or an italic word stays one run. Emphasis delimiters cannot sit next
 * to whitespace on their inner side, so spaces at a mark's edge move outside it.
 */
function inlineToMarkdown(nodes: readonly JSONContent[]): string {
  // Trailing line breaks show nothing in HTML and end a paragraph with a stray backslash in Markdown.
  const content = [...nodes];
  while (content.at(-1)?.type === 'hardBreak') content.pop();

  const pieces: Piece[] = [];
  const open: { mark: Mark; pair: Delimiter['pair'] }[] = [];
  const openMark = (mark: Mark): void => {
    const pair = { useHtml: false };
    open.push({ mark, pair });
    if (mark.type === 'link') pieces.push('[');
    else pieces.push({ markdown: DELIMITERS[mark.type]?.[0] ?? '', html: HTML_TAGS[mark.type]?.[0] ?? '', opens: true, pair });
  };
  const closeTo = (depth: number): void => {
    if (open.length <= depth) return;
    // Spaces before the closing delimiters move after them.
    const last = pieces.at(-1);
    const trailing = typeof last === 'string' ? (/[ \t]*$/.exec(last)?.[0] ?? '') : '';
    if (trailing && typeof last === 'string') pieces[pieces.length - 1] = last.slice(0, last.length - trailing.length);
    while (open.length > depth) {
      const { mark, pair } = open.pop() as (typeof open)[number];
      if (mark.type === 'link') pieces.push(`](${destination(String(mark.attrs?.href ?? ''))}${titlePart(mark.attrs?.title)})`);
      else pieces.push({ markdown: DELIMITERS[mark.type]?.[1] ?? '', html: HTML_TAGS[mark.type]?.[1] ?? '', opens: false, pair });
    }
    if (trailing) pieces.push(trailing);
  };

  for (const node of content) {
    if (node.type === 'hardBreak') {
      closeTo(0);
      pieces.push('\\\n');
      continue;
    }
    const text = node.text ?? '';
    if (text === '') continue;
    const marks = sortedMarks(node);
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark((open[keep] as (typeof open)[number]).mark, marks[keep] as Mark)) keep += 1;
    closeTo(keep);
    const fresh = marks.slice(keep).filter((mark) => mark.type !== 'code');
    const isCode = fresh.length < marks.length - keep;
    // Spaces before the opening delimiters stay outside them.
    const leading = fresh.length && !isCode ? (/^[ \t]*/.exec(text)?.[0] ?? '') : '';
    if (leading) pieces.push(leading);
    fresh.forEach(openMark);
    // Code takes no marks inside: its whole text is one span, and the next node closes the rest.
    pieces.push(isCode ? codeSpan(text) : escapeText(text.slice(leading.length)));
  }
  closeTo(0);
  return piecesToMarkdown(pieces).split('\n').map(escapeLineStart).join('\n');
}
