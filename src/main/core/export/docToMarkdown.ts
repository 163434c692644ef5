import type { JSONContent } from '@tiptap/core';
import { escapeHtml } from '../render/escapeHtml';
import { renderBodyHtml } from '../render/renderBodyHtml';

/**
 * Tiptap JSON of the post schema (src/shared/editor/extensions.ts) as CommonMark + GFM, the
 * Markdown the importer reads back (tests check doc -> Markdown -> doc round trips over every
 * node and mark) and that Hugo, Jekyll and Eleventy publish. What Markdown has no syntax for
 * is written as inline HTML, which CommonMark passes through: underline as <u>, highlight as
 * <mark>, a captioned image as a <figure>, and a table GFM cannot hold as a <table>. (Hugo
 * shows inline HTML once markup.goldmark.renderer.unsafe is set; Jekyll and Eleventy do by
 * default.) Footnotes are GFM's: [^1] where they stand, their notes at the end.
 */
export function docToMarkdown(doc: JSONContent): string {
  const context: Context = { notes: [] };
  const body = blocksToMarkdown(doc.content ?? [], context);
  const notes = context.notes.map((note, i) => `[^${i + 1}]: ${noteToMarkdown(note)}`.trimEnd());
  const markdown = [body, notes.join('\n')].filter(Boolean).join('\n\n');
  return markdown ? `${markdown}\n` : '';
}

type Mark = NonNullable<JSONContent['marks']>[number];

/** What the whole document's writing shares: the footnotes' texts, in the order they are referred to. */
interface Context {
  notes: string[];
}

// The order marks open in: a link outermost, code innermost (nothing is parsed inside code).
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'highlight', 'code'];
const DELIMITERS: Record<string, [string, string]> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  strike: ['~~', '~~'],
  underline: ['<u>', '</u>'],
  highlight: ['<mark>', '</mark>'],
};

const BULLET_LISTS = new Set(['bulletList', 'taskList']);
const LISTS = new Set(['bulletList', 'taskList', 'orderedList']);

function blocksToMarkdown(nodes: readonly JSONContent[], context: Context): string {
  return blockParts(nodes, context).join('\n\n');
}

/** Each block's Markdown, empty ones left out. */
function blockParts(nodes: readonly JSONContent[], context: Context): string[] {
  const parts: string[] = [];
  // Two lists of one kind in a row would read as one list: the second uses the other marker.
  // A task list is a bullet list in Markdown, so it alternates with bullet lists too.
  let previousBullet = '';
  let previousDelimiter = '';
  for (const node of nodes) {
    const bullet = BULLET_LISTS.has(node.type ?? '') ? (previousBullet === '-' ? '*' : '-') : '';
    const delimiter = node.type === 'orderedList' ? (previousDelimiter === '.' ? ')' : '.') : '';
    const markdown = blockToMarkdown(node, context, bullet || '-', delimiter || '.');
    if (markdown !== '') parts.push(markdown);
    previousBullet = bullet;
    previousDelimiter = delimiter;
  }
  return parts;
}

function blockToMarkdown(node: JSONContent, context: Context, bullet = '-', delimiter = '.'): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return inlineToMarkdown(children, context);
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 2), 1), 6);
      // A heading is one line in Markdown: its line breaks become spaces.
      const text = inlineToMarkdown(children.map((child) => (child.type === 'hardBreak' ? { type: 'text', text: ' ' } : child)), context);
      return text ? `${'#'.repeat(level)} ${text}` : '';
    }
    case 'blockquote':
      return prefixLines(blocksToMarkdown(children, context), '> ', '>');
    case 'bulletList':
      return listToMarkdown(children, context, () => `${bullet} `);
    case 'taskList':
      // The item's content lines up under the text after "- ", not after the checkbox.
      return listToMarkdown(children, context, () => `${bullet} `, (item) => `[${item.attrs?.checked ? 'x' : ' '}] `);
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return listToMarkdown(children, context, (index) => `${start + index}${delimiter} `);
    }
    case 'codeBlock':
      return codeBlockToMarkdown(children.map((child) => child.text ?? '').join(''), String(node.attrs?.language ?? ''));
    case 'horizontalRule':
      return '---';
    case 'image':
      return imageToMarkdown(node);
    case 'table':
      return tableToMarkdown(node, context);
    default:
      // Not in the schema: keep whatever text it holds rather than lose it.
      return blocksToMarkdown(children, context);
  }
}

function listToMarkdown(
  items: readonly JSONContent[],
  context: Context,
  marker: (index: number) => string,
  checkbox: (item: JSONContent) => string = () => '',
): string {
  // Tight (no blank lines) when every item is one paragraph and perhaps lists. Anything else
  // on the line after a paragraph could be read as part of it (a table's header row), and so
  // is a list numbered from other than 1 (CommonMark lets only "1." interrupt a paragraph).
  const canFollowParagraph = (block: JSONContent): boolean =>
    LISTS.has(block.type ?? '') && (block.type !== 'orderedList' || Number(block.attrs?.start ?? 1) === 1);
  const tight = items.every((item) => (item.content ?? []).every((child, i) => (i === 0 ? child.type === 'paragraph' : canFollowParagraph(child))));
  return items
    .map((item, index) => {
      const bullet = marker(index);
      const body = blockParts(item.content ?? [], context).join(tight ? '\n' : '\n\n');
      return prefixLines(body, ' '.repeat(bullet.length), '', bullet + checkbox(item)).trimEnd();
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
  // The closing fence takes a line of its own; the reader drops that line break again.
  const body = code === '' ? code : `${code}\n`;
  return `${fence}${language.replace(/[\s`]/g, '')}\n${body}${fence}`;
}

/**
 * An image as Markdown's ![alt](src "title"); with a caption, as one line of HTML,
 * <figure><img ...><figcaption>caption</figcaption></figure>, because Markdown has no caption.
 * An HTML block is passed through whole by Jekyll (kramdown), Eleventy (markdown-it) and Hugo
 * (with unsafe HTML on, as <u> and <mark> need too) and reads back exactly. The alternatives
 * do not: Markdown inside a <figure> block is printed literally by kramdown, and an italic
 * line under the image cannot be told apart from the writer's own paragraph on the way back.
 */
function imageToMarkdown(node: JSONContent): string {
  const src = String(node.attrs?.src ?? '');
  if (!src) return '';
  const caption = String(node.attrs?.caption ?? '');
  if (caption) {
    const attributes = (['src', 'alt', 'title'] as const)
      .filter((name) => typeof node.attrs?.[name] === 'string')
      .map((name) => ` ${name}="${escapeHtml(String(node.attrs?.[name]))}"`)
      .join('');
    return oneLineHtml(`<figure><img${attributes}><figcaption>${escapeHtml(caption)}</figcaption></figure>`);
  }
  const alt = escapeText(String(node.attrs?.alt ?? ''));
  return `![${alt}](${destination(src)}${titlePart(node.attrs?.title)})`;
}

/**
 * HTML written as a Markdown HTML block, which a blank line would end: line breaks (only in
 * text, like a code block's) are written as the character reference, which reads the same.
 */
function oneLineHtml(html: string): string {
  return html.replace(/\r?\n/g, '&#10;');
}

type TableCellNode = JSONContent & { attrs?: { colspan?: number; rowspan?: number; colwidth?: unknown; align?: string | null } };

const isSingleCell = (cell: TableCellNode): boolean =>
  (cell.attrs?.colspan ?? 1) === 1 && (cell.attrs?.rowspan ?? 1) === 1 && !cell.attrs?.colwidth;
const isInlineCell = (cell: JSONContent): boolean =>
  (cell.content ?? []).length <= 1 && (cell.content ?? []).every((block) => block.type === 'paragraph');

/**
 * A table as GFM's pipe table when it fits one: a first row of header cells and only plain
 * cells after it, no merged cells, each cell one paragraph, one alignment per column.
 * Anything else (GFM has no syntax for it) is written as the schema's HTML, an HTML block
 * that reads back exactly.
 */
function tableToMarkdown(node: JSONContent, context: Context): string {
  const rows = (node.content ?? []).map((row) => (row.content ?? []) as TableCellNode[]);
  const [header, ...body] = rows;
  const width = header?.length ?? 0;
  const columnAlign = (column: number): string | null => header?.[column]?.attrs?.align ?? null;
  const fitsGfm =
    header !== undefined &&
    width > 0 &&
    rows.every((row) => row.length === width && row.every((cell) => isSingleCell(cell) && isInlineCell(cell))) &&
    header.every((cell) => cell.type === 'tableHeader') &&
    body.every((row) => row.every((cell, column) => cell.type === 'tableCell' && (cell.attrs?.align ?? null) === columnAlign(column)));
  if (!fitsGfm) return oneLineHtml(renderBodyHtml({ type: 'doc', content: [node] }, { highlightCode: false }));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const cellText = (cell: JSONContent): string => inlineToMarkdown(cell.content?.[0]?.content ?? [], context, { inTableCell: true });
  const alignments = header.map((_, column) => ALIGNMENT_ROWS[columnAlign(column) ?? ''] ?? '---');
  return [line(header.map(cellText)), line(alignments), ...body.map((row) => line(row.map(cellText)))].join('\n');
}

const ALIGNMENT_ROWS: Record<string, string> = { left: ':--', center: ':-:', right: '--:' };

/** A footnote's note as the text of its [^n]: definition, one line. */
function noteToMarkdown(note: string): string {
  return escapeLineStart(escapeText(note.replace(/\s+/g, ' ').trim()));
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
      // GFM makes links of bare addresses in text; a text that only mentions one stays text.
      .replace(/(?<=\b(?:https?|ftp|mailto|xmpp)):/gi, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/(?<=[\p{L}\p{N}._+-])@(?=[\p{L}\p{N}])/gu, '\\@')
  );
}

/** What Markdown would read as a block marker at the start of a line (after the text is escaped). */
function escapeLineStart(line: string): string {
  // Whitespace at either end of a line is not shown in HTML, and in Markdown it would make
  // code blocks (leading) or line breaks (trailing), so it goes.
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  // A quote, a list item, an ATX heading, or a line that could underline a setext heading.
  if (/^(?:>|[-+](?=\s|$)|#{1,6}(?=\s|$)|=+$|-+$)/.test(trimmed)) return `\\${trimmed}`;
  // A footnote reference followed by a colon would define the note: "[^1]: text".
  if (/^\[\^[^\]]+\]:/.test(trimmed)) return trimmed.replace(':', '\\:');
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
function inlineToMarkdown(nodes: readonly JSONContent[], context: Context, { inTableCell = false } = {}): string {
  // In a table row a | ends the cell wherever it stands, even in code or a link: escape all.
  const escapePipes = (markdown: string): string => (inTableCell ? markdown.replace(/\|/g, '\\|') : markdown);
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
      if (mark.type === 'link') pieces.push(escapePipes(`](${destination(String(mark.attrs?.href ?? ''))}${titlePart(mark.attrs?.title)})`));
      else pieces.push({ markdown: DELIMITERS[mark.type]?.[1] ?? '', html: HTML_TAGS[mark.type]?.[1] ?? '', opens: false, pair });
    }
    if (trailing) pieces.push(trailing);
  };

  for (const node of content) {
    if (node.type === 'hardBreak') {
      closeTo(0);
      // A table row is one line: there a line break can only be HTML.
      pieces.push(inTableCell ? '<br>' : '\\\n');
      continue;
    }
    // A footnote reference takes the marks around it (**bold[^1]**), but never a link's.
    const isNote = node.type === 'footnote';
    const text = node.text ?? '';
    if (text === '' && !isNote) continue;
    const marks = sortedMarks(node).filter((mark) => !(isNote && mark.type === 'link'));
    // Marks already open stay open as long as the text keeps them, whatever their usual order,
    // so a highlight running across a bold word is one <mark> around it, not two.
    let keep = 0;
    while (keep < open.length && marks.some((mark) => sameMark((open[keep] as (typeof open)[number]).mark, mark))) keep += 1;
    closeTo(keep);
    const kept = open.map((entry) => entry.mark);
    const opening = marks.filter((mark) => !kept.some((openMark) => sameMark(openMark, mark)));
    const fresh = opening.filter((mark) => mark.type !== 'code');
    const isCode = fresh.length < opening.length;
    // Spaces before the opening delimiters stay outside them.
    const leading = fresh.length && !isCode ? (/^[ \t]*/.exec(text)?.[0] ?? '') : '';
    if (leading) pieces.push(leading);
    fresh.forEach(openMark);
    if (isNote) {
      context.notes.push(String(node.attrs?.text ?? ''));
      pieces.push(`[^${context.notes.length}]`);
      continue;
    }
    // Code takes no marks inside: its whole text is one span, and the next node closes the rest.
    pieces.push(isCode ? escapePipes(codeSpan(text)) : escapeText(text.slice(leading.length)));
  }
  closeTo(0);
  return piecesToMarkdown(pieces).split('\n').map(escapeLineStart).join('\n');
}
