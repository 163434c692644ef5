import type { JSONContent } from '@tiptap/core';
import { Fragment, Node as PMNode } from '@tiptap/pm/model';
import { countImages, docPlainText, statsFromText } from '../../../shared/editor/docStats';
import { countText, readingMinutes, type TextCounts } from '../../../shared/readingTime';
import { parseDoc, postSchema, renderBlocksHtml, renderBodyHtml } from '../render/renderBodyHtml';
import { chunkBlockEnds, chunkBodyText, searchBodyChunk, type SearchBodyChunk } from '../search/searchChunks';
import { storedChunk, type StoredChunk } from './draftChunks';
import type { DraftRecord } from './draftsRepository';
import { createLruCache } from './lruCache';
import { sameJson } from './sameJson';

const EXCERPT_LENGTH = 200;
/** Characters of plain text the excerpt is made from (more only when these are mostly blank). */
const EXCERPT_SOURCE_LENGTH = EXCERPT_LENGTH * 8;

export type DerivedContent = Pick<DraftRecord, 'chunks' | 'excerpt' | 'wordCount' | 'readingMinutes'>;

/**
 * What a write stores (`stored`: the document and its HTML in chunks, the counts, the
 * excerpt), the body as the search index takes it, and the checked document.
 */
export interface DraftContent {
  stored: DerivedContent;
  searchBody: SearchBodyChunk[];
  checkedDoc: JSONContent;
}

/**
 * The excerpt, from the plain texts of the document's parts (blocks) in order. Only the start
 * is needed: the whitespace of a prefix long enough to fill the excerpt is collapsed, not that
 * of a whole book; the whole text is read only when that prefix turns out mostly blank.
 */
function excerptOf(texts: readonly string[]): string {
  let prefix = '';
  let used = 0;
  while (used < texts.length && prefix.length < EXCERPT_SOURCE_LENGTH) prefix += texts[used++];
  const head = prefix.slice(0, EXCERPT_SOURCE_LENGTH);
  let text = head.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH && (head.length < prefix.length || used < texts.length)) text = texts.join('').replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  return `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * Everything a draft stores besides its own fields, derived from its document once per write:
 * the checked JSON and the HTML (as one chunk), the counts and the excerpt, plus the body the
 * search index takes and the checked document itself (what reading the draft back would give).
 * The document is parsed once and rendered once.
 */
export function deriveDraftContent(doc: JSONContent): DraftContent {
  const node = parseDoc(doc);
  const checkedDoc = node.toJSON() as JSONContent;
  const plainText = docPlainText(doc);
  const stats = statsFromText(plainText, countImages(doc));
  return {
    checkedDoc,
    stored: {
      chunks: [storedChunk(JSON.stringify(checkedDoc), renderBodyHtml(node))],
      excerpt: excerptOf([plainText]),
      wordCount: stats.words + stats.cjkCharacters,
      readingMinutes: stats.readingMinutes,
    },
    searchBody: chunkBodyText(plainText).map(searchBodyChunk),
  };
}

/** One top-level block of a document, derived on its own: every part of the whole is the concatenation of these. */
interface DerivedBlock {
  /** Unique within a deriver: names the block in the key of a chunk made of it. */
  id: number;
  /**
   * Whether the block came as its checked JSON, the order of keys aside (the editor sends
   * checked JSON): then the same data sent again is this block (see blocksOf).
   */
  cameChecked: boolean;
  node: PMNode;
  checkedJson: JSONContent;
  checkedJsonText: string;
  html: string;
  text: string;
  counts: TextCounts;
  images: number;
}

/** A run of blocks as stored (one draft_chunks row) and indexed (one search row). */
interface DerivedChunk {
  stored: StoredChunk;
  search: SearchBodyChunk;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
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

/** The JSON text of a plain document (isPlainDoc) around its blocks' JSON, as JSON.stringify writes it. */
const DOC_JSON_START = '{"type":"doc","content":[';
const DOC_JSON_END = ']}';

/**
 * Characters (block JSON, HTML and text) a deriver keeps: about twice a 100,000-word book,
 * so a whole book stays cached while it is written, in some tens of MB at most. Chunks, which
 * are these joined, get a budget of their own of the same size.
 */
export const DEFAULT_BLOCK_CACHE_CHARS = 6_000_000;

/**
 * deriveDraftContent with a memory: a long draft's autosave changes one or two top-level
 * blocks, so each block's checked JSON, HTML, plain text and counts are kept (keyed by the
 * block's JSON) and only new blocks are parsed and rendered. Blocks are grouped into chunks
 * (chunkBlockEnds), and each chunk's stored piece and search text are kept too, so a save
 * joins and hashes only the chunk typed into; nothing the size of the whole document is
 * built. Joined, the chunks are exactly what deriveDraftContent gives: rendering, plain text
 * and counts of a document are the concatenation (or sum) of those of its top-level blocks.
 * Anything unusual (a document with attributes, an error) takes the full path, so its errors
 * read exactly as before. One per drafts service: the cache is not global.
 */
export function createDraftContentDeriver({ maxCachedChars = DEFAULT_BLOCK_CACHE_CHARS }: { maxCachedChars?: number } = {}) {
  const blockCache = createLruCache<string, DerivedBlock>({ maxCost: maxCachedChars, costOf: (key, block) => key.length + block.html.length + block.text.length });
  const chunkCache = createLruCache<string, DerivedChunk>({
    maxCost: maxCachedChars,
    costOf: (key, chunk) => key.length + chunk.stored.docJson.length + chunk.stored.bodyHtml.length + chunk.search.text.length,
  });
  let blocksMade = 0;
  /** The block keys and blocks of the last document derived, in order. */
  let previous: { keys: readonly string[]; blocks: readonly DerivedBlock[] } = { keys: [], blocks: [] };

  /**
   * The blocks given, derived; throws (any error) when one does not fit the schema, and the
   * caller then takes the full path for its message. The HTML of all of them is rendered in
   * one call (see renderBlocksHtml).
   */
  const deriveBlocks = (blocks: readonly JSONContent[]): DerivedBlock[] => {
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
        id: (blocksMade += 1),
        cameChecked: sameJson(block, checkedJson),
        node,
        checkedJson,
        checkedJsonText: JSON.stringify(checkedJson),
        html: html[i] as string,
        text,
        counts: countText(text),
        images: countImages(block),
      };
    });
  };

  /**
   * The derived block of each of a document's blocks, deriving (in one batch) only those not
   * cached, and the key each is cached under (its JSON text). Most blocks of an autosave are
   * where they were in the previous one, unchanged: such a block is recognised by comparing it
   * with the checked JSON of the block found at that place last time (sameJson), which is
   * much cheaper than the JSON text a cache lookup needs (for a book, a megabyte a save). Only
   * a block that came as its checked JSON is recognised so (checking may drop parts of a block
   * that its plain text is read from); the editor sends checked JSON. Any other block is
   * looked up by its JSON text; past an inserted or deleted block, that lookup finds the
   * block's place in the previous document and the comparisons resume from there.
   */
  const blocksOf = (content: readonly JSONContent[]): { blocks: DerivedBlock[]; keys: string[] } => {
    let expected = 0;
    let previousPlaces: Map<DerivedBlock, number> | undefined;
    const keys: string[] = [];
    const found = content.map((json) => {
      const atPlace = previous.blocks[expected];
      if (atPlace?.cameChecked && sameJson(json, atPlace.checkedJson)) {
        const key = previous.keys[expected] as string;
        // Refreshed as the most recently used (or cached again, had it been evicted meanwhile).
        if (!blockCache.get(key)) blockCache.set(key, atPlace);
        keys.push(key);
        expected += 1;
        return atPlace;
      }
      const key = JSON.stringify(json);
      keys.push(key);
      const block = blockCache.get(key);
      if (!block) {
        expected += 1;
        return undefined;
      }
      previousPlaces ??= new Map(previous.blocks.map((known, place) => [known, place]));
      const place = previousPlaces.get(block);
      expected = place === undefined ? expected + 1 : place + 1;
      return block;
    });
    const missing = new Map<string, JSONContent>();
    found.forEach((block, i) => {
      if (!block) missing.set(keys[i] as string, content[i] as JSONContent);
    });
    const derived = new Map<string, DerivedBlock>();
    if (missing.size > 0) {
      const missingKeys = [...missing.keys()];
      deriveBlocks([...missing.values()]).forEach((block, i) => derived.set(missingKeys[i] as string, block));
      for (const [key, block] of derived) blockCache.set(key, block);
    }
    return { blocks: found.map((block, i) => block ?? (derived.get(keys[i] as string) as DerivedBlock)), keys };
  };

  /** A run of blocks as one chunk; `first` and `last` say whether the document's JSON starts or ends in it. */
  const chunkOf = (blocks: readonly DerivedBlock[], first: boolean, last: boolean): DerivedChunk => {
    const key = `${first ? '^' : ''}${blocks.map((block) => block.id).join(',')}${last ? '$' : ''}`;
    const cached = chunkCache.get(key);
    if (cached) return cached;
    const json = blocks.map((block) => block.checkedJsonText).join(',');
    const chunk: DerivedChunk = {
      stored: storedChunk(`${first ? DOC_JSON_START : ','}${json}${last ? DOC_JSON_END : ''}`, blocks.map((block) => block.html).join('')),
      search: searchBodyChunk(blocks.map((block) => block.text).join('')),
    };
    chunkCache.set(key, chunk);
    return chunk;
  };

  const composed = (content: JSONContent[]): DraftContent | null => {
    let blocks: DerivedBlock[];
    let keys: string[];
    try {
      ({ blocks, keys } = blocksOf(content));
      const schema = postSchema();
      const docNode = schema.topNodeType.create(null, Fragment.fromArray(blocks.map((block) => block.node)));
      // The blocks were checked one by one; what is left of node.check() is the doc's own content rule.
      if (!docNode.type.validContent(docNode.content) || Object.keys(docNode.attrs).length > 0) return null;
    } catch {
      return null;
    }
    previous = { keys, blocks };
    const texts = blocks.map((block) => block.text);
    // Counts add up only when no word runs across two blocks: every block's text ends a line.
    const separated = texts.every((text) => text === '' || text.endsWith('\n'));
    const counts = separated
      ? blocks.reduce((sum, block) => ({ words: sum.words + block.counts.words, cjkCharacters: sum.cjkCharacters + block.counts.cjkCharacters }), { words: 0, cjkCharacters: 0 })
      : countText(texts.join(''));
    const images = blocks.reduce((sum, block) => sum + block.images, 0);
    const chunks: DerivedChunk[] = [];
    let start = 0;
    for (const end of chunkBlockEnds(texts)) {
      chunks.push(chunkOf(blocks.slice(start, end), start === 0, end === blocks.length));
      start = end;
    }
    return {
      checkedDoc: { type: 'doc', content: blocks.map((block) => block.checkedJson) },
      stored: {
        chunks: chunks.map((chunk) => chunk.stored),
        excerpt: excerptOf(texts),
        wordCount: counts.words + counts.cjkCharacters,
        readingMinutes: readingMinutes({ ...counts, images }),
      },
      searchBody: chunks.map((chunk) => chunk.search),
    };
  };

  return {
    derive(doc: JSONContent): DraftContent {
      return (isPlainDoc(doc) && composed(doc.content)) || deriveDraftContent(doc);
    },
    /** Blocks cached now, for tests. */
    get cachedBlocks(): number {
      return blockCache.size;
    },
  };
}

export type DraftContentDeriver = ReturnType<typeof createDraftContentDeriver>;
