import type { Node as PMNode } from '@tiptap/pm/model';
import { countImages, docPlainText, statsFromText, type DocStats } from '../../../shared/editor/docStats';
import { countText, readingMinutes } from '../../../shared/readingTime';

/** Blocks counted per slice of a first count even when the page has no idle time left. */
const MIN_BLOCKS_PER_SLICE = 100;

/** What one top-level block adds to a document's counts. */
export interface BlockCounts {
  words: number;
  cjkCharacters: number;
  characters: number;
  images: number;
}

/**
 * A block's counts by the shared rule (docPlainText, the one the export's reading time uses):
 * a document's plain text is the concatenation of its top-level blocks' texts, each ending in
 * a line break, so counts of the blocks add up to the counts of the document.
 */
export function countBlock(block: PMNode): BlockCounts {
  const json = block.toJSON();
  const { words, cjkCharacters, characters, images } = statsFromText(docPlainText(json), countImages(json));
  return { words, cjkCharacters, characters, images };
}

/**
 * Word, character and image counts of the editor's document, recounted in O(changed blocks):
 * ProseMirror keeps every block a transaction did not touch as the same node object, so the
 * counts are remembered per block node and only new blocks are counted. A 100,000-word draft
 * is counted once when it opens; a keystroke then recounts one paragraph.
 */
export class IncrementalStats {
  private readonly byBlock = new WeakMap<PMNode, BlockCounts>();

  constructor(private readonly count: (block: PMNode) => BlockCounts = countBlock) {}

  /**
   * Counts the blocks not counted yet while hasTime() says so (and always a first handful, so
   * a busy page still makes progress). True once every block of doc is counted, after which
   * docStats(doc) is quick. Lets a long document's first count be spread over idle moments.
   */
  prepare(doc: PMNode, hasTime: () => boolean): boolean {
    let counted = 0;
    for (let index = 0; index < doc.childCount; index += 1) {
      const block = doc.child(index);
      if (this.byBlock.has(block)) continue;
      if (counted >= MIN_BLOCKS_PER_SLICE && !hasTime()) return false;
      this.blockCounts(block);
      counted += 1;
    }
    return true;
  }

  docStats(doc: PMNode): DocStats {
    const total: BlockCounts = { words: 0, cjkCharacters: 0, characters: 0, images: 0 };
    doc.forEach((block) => {
      const counts = this.blockCounts(block);
      total.words += counts.words;
      total.cjkCharacters += counts.cjkCharacters;
      total.characters += counts.characters;
      total.images += counts.images;
    });
    return { ...total, readingMinutes: readingMinutes(total) };
  }

  /**
   * Words (and CJK characters, which count as words) in the text between from and to: whole
   * blocks from the remembered counts, the blocks the range cuts through from their text.
   */
  wordsBetween(doc: PMNode, from: number, to: number): number {
    let words = 0;
    doc.forEach((block, offset) => {
      const end = offset + block.nodeSize;
      if (end <= from || offset >= to) return;
      if (offset >= from && end <= to) {
        const counts = this.blockCounts(block);
        words += counts.words + counts.cjkCharacters;
        return;
      }
      const counts = countText(doc.textBetween(Math.max(from, offset), Math.min(to, end), '\n', '\n'));
      words += counts.words + counts.cjkCharacters;
    });
    return words;
  }

  private blockCounts(block: PMNode): BlockCounts {
    let counts = this.byBlock.get(block);
    if (!counts) {
      counts = this.count(block);
      this.byBlock.set(block, counts);
    }
    return counts;
  }
}
