import { describe, expect, it } from 'vitest';
import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { docStats } from '../../../src/shared/editor/docStats';
import { schemaExtensions } from '../../../src/shared/editor/extensions';
import { countText } from '../../../src/shared/readingTime';
import { countBlock, IncrementalStats, type BlockCounts } from '../../../src/renderer/src/stats/incrementalStats';
import { docOf, paragraph, text } from '../helpers/docs';
import { seeded } from '../helpers/seeded';

const schema = getSchema(schemaExtensions());

const WORDS = ['night', 'train', 'café', 'über', 'tea', '東京', 'Ångström', '42', '—', 'window', 'dark', '我用Inkpress写作'];

/** A document of varied blocks: paragraphs with marks and hard breaks, headings, lists, quotes, code. */
function randomDoc(seed: number, blocks: number): JSONContent {
  const random = seeded(seed);
  const sentence = (): string => Array.from({ length: 1 + Math.floor(random.next() * 12) }, () => random.pick(WORDS)).join(' ');
  const inline = (): JSONContent[] => [
    text(sentence()),
    { type: 'hardBreak' },
    text(sentence(), [{ type: 'bold' }]),
    text(` ${sentence()}`),
  ];
  const kinds: (() => JSONContent)[] = [
    () => ({ type: 'paragraph', content: inline() }),
    () => ({ type: 'heading', attrs: { level: 2 }, content: [text(sentence())] }),
    () => ({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(sentence())] }, { type: 'listItem', content: [paragraph(sentence())] }] }),
    () => ({ type: 'blockquote', content: [paragraph(sentence()), paragraph(sentence())] }),
    () => ({ type: 'codeBlock', content: [text(`${sentence()}\n${sentence()}`)] }),
    () => ({ type: 'horizontalRule' }),
    () => ({ type: 'paragraph' }),
  ];
  return docOf(...Array.from({ length: blocks }, () => random.pick(kinds)()));
}

const nodeOf = (json: JSONContent): PMNode => schema.nodeFromJSON(json);

/** The real block counter, noting which blocks it was asked to count. */
function countingCounter(): { stats: IncrementalStats; counted: PMNode[] } {
  const counted: PMNode[] = [];
  const stats = new IncrementalStats((block): BlockCounts => {
    counted.push(block);
    return countBlock(block);
  });
  return { stats, counted };
}

describe('IncrementalStats', () => {
  it('counts a document as the shared rule does (the one the export reads)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const json = randomDoc(seed, 60);
      expect(new IncrementalStats().docStats(nodeOf(json))).toEqual(docStats(json));
    }
  });

  it('after an edit recounts only the block that changed, and stays right', () => {
    const { stats, counted } = countingCounter();
    let state = EditorState.create({ doc: nodeOf(randomDoc(7, 200)) });
    stats.docStats(state.doc);
    expect(counted).toHaveLength(200);

    counted.length = 0;
    // Type a word at the start of the 100th block's content, as keystrokes would.
    let at = 0;
    state.doc.forEach((_block, offset, index) => {
      if (index === 100) at = offset + 1;
    });
    state = state.apply(state.tr.insertText('inkwell ', at));
    const after = stats.docStats(state.doc);

    expect(counted).toHaveLength(1);
    expect(after).toEqual(docStats(state.doc.toJSON() as JSONContent));
  });

  it('counts the words of a selection, whole blocks from what it knows and cut blocks from their text', () => {
    const doc = nodeOf(docOf(paragraph('One two three.'), paragraph('Four five six seven.'), paragraph('Eight 東京.')));
    const { stats, counted } = countingCounter();
    stats.docStats(doc);
    counted.length = 0;

    expect(stats.wordsBetween(doc, 0, doc.content.size)).toBe(10);
    // From inside "two" to inside "six": "wo three." + "Four five si".
    const from = 1 + 'One t'.length;
    const secondStart = 'One two three.'.length + 2;
    const to = secondStart + 1 + 'Four five si'.length;
    expect(stats.wordsBetween(doc, from, to)).toBe(countText(doc.textBetween(from, to, '\n', '\n')).words);
    expect(stats.wordsBetween(doc, from, to)).toBe(5);
    expect(counted).toHaveLength(0);
  });

  it('spreads a first count over several slices when time runs short', () => {
    const doc = nodeOf(randomDoc(11, 450));
    const { stats, counted } = countingCounter();
    let slices = 1;
    while (!stats.prepare(doc, () => false)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    expect(counted).toHaveLength(450);
    expect(stats.prepare(doc, () => false)).toBe(true);
    expect(stats.docStats(doc)).toEqual(docStats(doc.toJSON() as JSONContent));
  });

  it('follows the selection in an editor state', () => {
    const doc = nodeOf(docOf(paragraph('Night train to the coast.'), paragraph('Tea is hot.')));
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 1, 1 + 'Night train'.length) });
    expect(new IncrementalStats().wordsBetween(state.doc, state.selection.from, state.selection.to)).toBe(2);
  });
});
