import type { JSONContent } from '@tiptap/core';
import { Fragment, Node as PMNode } from '@tiptap/pm/model';
import { countImages, docPlainText, statsFromText } from '../../../shared/editor/docStats';
import { countText, readingMinutes, type TextCounts } from '../../../shared/readingTime';
import { parseDoc, postSchema, renderBlocksHtml, renderBodyHtml } from '../render/renderBodyHtml';
import type { DraftRecord } from './draftsRepository';
import { createLruCache } from './lruCache';

const EXCERPT_LENGTH = 200;

export type DerivedContent = Pick<DraftRecord, 'docJson' | 'bodyHtml' | 'excerpt' | 'wordCount' | 'readingMinutes'>;

/** What a write stores (`stored`), the plain text the search index takes, and the checked document. */
export interface DraftContent {
  stored: DerivedContent;
  plainText: string;
  checkedDoc: JSONContent;
}

function excerptOf(plainText: string): string {
  // Only the start is needed: collapse the whitespace of a prefix long enough to fill the
  // excerpt (the whole text when the prefix turns out mostly blank), not of a whole book.
  const head = plainText.slice(0, EXCERPT_LENGTH * 8);
  let text = head.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH && head.length < plainText.length) text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * Everything a draft stores besides its own fields, derived from its document once per write:
 * the checked JSON, the HTML, the counts and the excerpt, plus the plain text the search index
 * takes and the checked document itself (what reading the draft back would give). The
 * document is parsed once and rendered once.
 */
export function deriveDraftContent(doc: JSONContent): DraftContent {
  const node = parseDoc(doc);
  const checkedDoc = node.toJSON() as JSONContent;
  const plainText = docPlainText(doc);
  const stats = statsFromText(plainText, countImages(doc));
  return {
    checkedDoc,
    stored: {
      docJson: JSON.stringify(checkedDoc),
      bodyHtml: renderBodyHtml(node),
      excerpt: excerptOf(plainText),
      wordCount: stats.words + stats.cjkCharacters,
      readingMinutes: stats.readingMinutes,
    },
    plainText,
  };
}

/** One top-level block of a document, derived on its own: every part of the whole is the concatenation of these. */
interface DerivedBlock {
  node: PMNode;
  checkedJson: JSONContent;
  checkedJsonText: string;
  html: string;
  text: string;
  counts: TextCounts;
  images: number;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The blocks given, derived; throws (any error) when one does not fit the schema, and the
 * caller then takes the full path for its message. The HTML of all of them is rendered in
 * one call (see renderBlocksHtml).
 */
function deriveBlocks(blocks: readonly JSONContent[]): DerivedBlock[] {
  const nodes = blocks.map((block) => {
    const node = PMNode.fromJSON(postSchema(), block);
    node.check();
    return node;
  });
  const html = renderBlocksHtml(nodes);
  return blocks.map((block, i) => {
    const node = nodes[i] as PMNode;
    // Shared by every later save that holds this block: frozen, so no reader can change a cached copy.
    const checkedJson = deepFreeze(node.toJSON() as JSONContent);
    const text = docPlainText(block);
    return {
      node,
      checkedJson,
      checkedJsonText: JSON.stringify(checkedJson),
      html: html[i] as string,
      text,
      counts: countText(text),
      images: countImages(block),
    };
  });
}

/** A document whose only keys are type 'doc' and a non-empty content list: the shape the block path handles. */
function isPlainDoc(doc: JSONContent): doc is JSONContent & { content: JSONContent[] } {
  return (
    doc.type === 'doc' &&
    Array.isArray(doc.content) &&
    doc.content.length > 0 &&
    Object.keys(doc).every((key) => key === 'type' || key === 'content')
  );
}

/**
 * Characters (block JSON, HTML and text) a deriver keeps: about twice a 100,000-word book,
 * so a whole book stays cached while it is written, in some tens of MB at most.
 */
export const DEFAULT_BLOCK_CACHE_CHARS = 6_000_000;

/**
 * deriveDraftContent with a memory: a long draft's autosave changes one or two top-level
 * blocks, so each block's checked JSON, HTML, plain text and counts are kept (keyed by the
 * block's JSON) and only new blocks are parsed and rendered. The result is exactly what
 * deriveDraftContent gives: rendering, plain text and counts of a document are the
 * concatenation (or sum) of those of its top-level blocks. Anything unusual (a document
 * with attributes, an error) takes the full path, so its errors read exactly as before.
 * One per drafts service: the cache is not global.
 */
export function createDraftContentDeriver({ maxCachedChars = DEFAULT_BLOCK_CACHE_CHARS }: { maxCachedChars?: number } = {}) {
  const cache = createLruCache<string, DerivedBlock>({ maxCost: maxCachedChars, costOf: (key, block) => key.length + block.html.length + block.text.length });

  /** The derived blocks of a document's content, deriving (in one batch) only those not cached. */
  const blocksOf = (content: readonly JSONContent[]): DerivedBlock[] => {
    const keys = content.map((block) => JSON.stringify(block));
    const found = keys.map((key) => cache.get(key));
    const missing = new Map<string, JSONContent>();
    found.forEach((derived, i) => {
      if (!derived) missing.set(keys[i] as string, content[i] as JSONContent);
    });
    const derived = new Map<string, DerivedBlock>();
    if (missing.size > 0) {
      const missingKeys = [...missing.keys()];
      deriveBlocks([...missing.values()]).forEach((block, i) => derived.set(missingKeys[i] as string, block));
      for (const [key, block] of derived) cache.set(key, block);
    }
    return found.map((block, i) => block ?? (derived.get(keys[i] as string) as DerivedBlock));
  };

  const composed = (content: JSONContent[]): DraftContent | null => {
    let blocks: DerivedBlock[];
    try {
      blocks = blocksOf(content);
      const schema = postSchema();
      const docNode = schema.topNodeType.create(null, Fragment.fromArray(blocks.map((block) => block.node)));
      // The blocks were checked one by one; what is left of node.check() is the doc's own content rule.
      if (!docNode.type.validContent(docNode.content) || Object.keys(docNode.attrs).length > 0) return null;
    } catch {
      return null;
    }
    const plainText = blocks.map((block) => block.text).join('');
    // Counts add up only when no word runs across two blocks: every block's text ends a line.
    const separated = blocks.every((block) => block.text === '' || block.text.endsWith('\n'));
    const counts = separated
      ? blocks.reduce((sum, block) => ({ words: sum.words + block.counts.words, cjkCharacters: sum.cjkCharacters + block.counts.cjkCharacters }), { words: 0, cjkCharacters: 0 })
      : countText(plainText);
    const images = blocks.reduce((sum, block) => sum + block.images, 0);
    return {
      checkedDoc: { type: 'doc', content: blocks.map((block) => block.checkedJson) },
      stored: {
        docJson: `{"type":"doc","content":[${blocks.map((block) => block.checkedJsonText).join(',')}]}`,
        bodyHtml: blocks.map((block) => block.html).join(''),
        excerpt: excerptOf(plainText),
        wordCount: counts.words + counts.cjkCharacters,
        readingMinutes: readingMinutes({ ...counts, images }),
      },
      plainText,
    };
  };

  return {
    derive(doc: JSONContent): DraftContent {
      return (isPlainDoc(doc) && composed(doc.content)) || deriveDraftContent(doc);
    },
    /** Blocks cached now, for tests. */
    get cachedBlocks(): number {
      return cache.size;
    },
  };
}

export type DraftContentDeriver = ReturnType<typeof createDraftContentDeriver>;
