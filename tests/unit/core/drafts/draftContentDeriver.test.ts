import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { createDraftContentDeriver, deriveDraftContent, type DraftContent } from '../../../../src/main/core/drafts/draftContent';
import { joinStoredChunks, storedChunkHash } from '../../../../src/main/core/drafts/draftChunks';
import { searchBodyChunk } from '../../../../src/main/core/search/searchChunks';
import { docOf, paragraph, text } from '../../helpers/docs';
import { seeded } from '../../helpers/seeded';

const WORDS = ['amber', 'Birch', 'cedar—dune', '東京', 'ember', 'fjord', '', '<b>', '&amp;', 'x y', '😀', '  '];

/** One top-level block of any kind the schema allows, some with marks, breaks, images and nesting. */
function randomBlock(random: ReturnType<typeof seeded>): JSONContent {
  const words = (): JSONContent[] => {
    const parts: JSONContent[] = [];
    for (let i = 0; i < 1 + Math.floor(random.next() * 4); i += 1) {
      const word = random.pick(WORDS);
      if (random.next() < 0.15) parts.push({ type: 'hardBreak' });
      else if (word) parts.push(random.next() < 0.3 ? text(word, [{ type: random.pick(['bold', 'italic', 'code']) }]) : text(`${word} `));
    }
    return parts;
  };
  const para = (): JSONContent => ({ type: 'paragraph', content: words() });
  switch (random.pick(['p', 'p', 'p', 'h', 'quote', 'list', 'ordered', 'code', 'hr', 'image', 'empty'])) {
    case 'h':
      return { type: 'heading', attrs: { level: random.pick([2, 3, 4]) }, content: words() };
    case 'quote':
      return { type: 'blockquote', content: [para(), para()] };
    case 'list':
      return { type: 'bulletList', content: [{ type: 'listItem', content: [para()] }, { type: 'listItem', content: [para()] }] };
    case 'ordered':
      return { type: 'orderedList', content: [{ type: 'listItem', content: [para()] }] };
    case 'code':
      return { type: 'codeBlock', content: [text(`const x = ${random.pick(WORDS)};\nreturn x;`)] };
    case 'hr':
      return { type: 'horizontalRule' };
    case 'image':
      return { type: 'image', attrs: { src: `https://example.com/${random.pick(['a', 'b'])}.png`, alt: random.pick(WORDS) } };
    case 'empty':
      return { type: 'paragraph' };
    default:
      return para();
  }
}

/** A few edits as between autosaves: a block typed into, inserted, removed, moved or duplicated. */
function edited(doc: JSONContent, random: ReturnType<typeof seeded>): JSONContent {
  const blocks = [...(doc.content ?? [])];
  const at = Math.floor(random.next() * blocks.length);
  const roll = random.next();
  const target = blocks[at] as JSONContent;
  if (roll < 0.4) {
    // Typing into a paragraph or heading; any other block is replaced by what was typed.
    const typed = paragraph(`${random.pick(WORDS)} typed `).content ?? [];
    blocks[at] = target.type === 'paragraph' || target.type === 'heading' ? { ...target, content: [...typed, ...(target.content ?? [])] } : { type: 'paragraph', content: typed };
  }
  else if (roll < 0.6) blocks.splice(at, 0, randomBlock(random));
  else if (roll < 0.75 && blocks.length > 1) blocks.splice(at, 1);
  else if (roll < 0.9) blocks.push(blocks[at] as JSONContent);
  else blocks.reverse();
  return { type: 'doc', content: blocks };
}

/** A paragraph of about a hundred words, so some dozens of them make a document of several chunks. */
function longParagraph(random: ReturnType<typeof seeded>): JSONContent {
  const words = Array.from({ length: 60 + Math.floor(random.next() * 80) }, () => random.pick(['amber', 'birch', 'cedar', 'dune', 'ember', 'fjord']));
  return paragraph(words.join(' '));
}

/**
 * What the deriver gives is what deriving the whole document gives, up to how it is split:
 * the chunks join to the same document and HTML and the search chunks to the same text, each
 * with the hash of what it holds, and every other field is equal.
 */
function expectSameContent(derived: DraftContent, expected: DraftContent): void {
  expect(joinStoredChunks(derived.stored.chunks)).toEqual(joinStoredChunks(expected.stored.chunks));
  for (const chunk of derived.stored.chunks) expect(chunk.hash).toEqual(storedChunkHash(chunk.docJson, chunk.bodyHtml));
  const { chunks: _chunks, ...fields } = derived.stored;
  const { chunks: _expectedChunks, ...expectedFields } = expected.stored;
  expect(fields).toEqual(expectedFields);
  expect(derived.searchBody.map((chunk) => chunk.text).join('')).toBe(expected.searchBody.map((chunk) => chunk.text).join(''));
  for (const chunk of derived.searchBody) expect(chunk).toEqual(searchBodyChunk(chunk.text));
  expect(derived.checkedDoc).toEqual(expected.checkedDoc);
}

describe('createDraftContentDeriver', () => {
  it.each([1, 2, 3, 4])('gives exactly what deriving the whole document gives, save after save (seed %i)', (seed) => {
    const random = seeded(seed);
    // A small cache as well as the default one, so evicted blocks are derived again correctly.
    const derivers = [createDraftContentDeriver(), createDraftContentDeriver({ maxCachedChars: 2_000 })];
    let doc = docOf(...Array.from({ length: 30 }, () => randomBlock(random)));
    for (let save = 0; save < 40; save += 1) {
      doc = edited(doc, random);
      // The document as IPC would bring it: a fresh copy, nothing shared with the last save.
      const received = JSON.parse(JSON.stringify(doc)) as JSONContent;
      const expected = deriveDraftContent(received);
      for (const deriver of derivers) expectSameContent(deriver.derive(received), expected);
    }
    expect(derivers[0]?.cachedBlocks).toBeGreaterThan(30);
  });

  it.each([1, 2])('splits a long document into chunks of whole blocks that depend on the document alone (seed %i)', (seed) => {
    const random = seeded(seed);
    const deriver = createDraftContentDeriver();
    let doc = docOf(...Array.from({ length: 160 }, () => (random.next() < 0.9 ? longParagraph(random) : randomBlock(random))));
    for (let save = 0; save < 15; save += 1) {
      doc = edited(doc, random);
      const received = JSON.parse(JSON.stringify(doc)) as JSONContent;
      const derived = deriver.derive(received);
      expectSameContent(derived, deriveDraftContent(received));
      // The same chunks as a deriver that never saw the earlier saves (the app after a restart,
      // the command line): the hashes stored by one are recognised by the other.
      expect(derived.stored.chunks).toEqual(createDraftContentDeriver().derive(received).stored.chunks);
      expect(derived.stored.chunks.length).toBeGreaterThan(3);
      // One search row per stored chunk, with that chunk's text.
      expect(derived.searchBody).toHaveLength(derived.stored.chunks.length);
    }
  });

  it('derives only the blocks it has not seen, wherever the others moved to', () => {
    const deriver = createDraftContentDeriver();
    const blocks = Array.from({ length: 50 }, (_, i) => paragraph(`Block ${i}.`));
    const received = (list: JSONContent[]): JSONContent => JSON.parse(JSON.stringify(docOf(...list))) as JSONContent;
    deriver.derive(received(blocks));
    expect(deriver.cachedBlocks).toBe(50);
    const inserted = [paragraph('A new first block.'), ...blocks];
    deriver.derive(received(inserted));
    expect(deriver.cachedBlocks).toBe(51);
    for (const doc of [
      inserted.filter((_, i) => i !== 20),
      [...blocks.slice(25), ...blocks.slice(0, 25)],
      [...blocks].reverse(),
      [...blocks, ...blocks],
      blocks,
    ]) {
      const derived = deriver.derive(received(doc));
      expect(deriver.cachedBlocks).toBe(51);
      expectSameContent(derived, deriveDraftContent(received(doc)));
    }
    // A block sent without the attributes the schema fills in is found by its own JSON.
    const list = { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('Item.')] }] };
    deriver.derive(received([...blocks, list]));
    deriver.derive(received([...blocks, list]));
    expect(deriver.cachedBlocks).toBe(52);
  });

  it('takes a block for the one at its place only when that one came as its checked JSON', () => {
    const deriver = createDraftContentDeriver();
    // Checking drops what the schema has no place for (here, text inside a text node), but the
    // plain text of a document is read from the document as sent.
    const loose = { type: 'paragraph', content: [{ type: 'text', text: 'Shown', content: [{ type: 'text', text: ' and read' }] }] };
    const checked = paragraph('Shown');
    for (const doc of [docOf(loose), docOf(checked), docOf(loose)]) expectSameContent(deriver.derive(doc), deriveDraftContent(doc));
  });

  it('changes one or two chunks of a book when a paragraph is typed into', () => {
    const random = seeded(7);
    const deriver = createDraftContentDeriver();
    const blocks = Array.from({ length: 400 }, () => longParagraph(random));
    const before = deriver.derive(docOf(...blocks)).stored.chunks;
    for (const at of [0, 57, 200, 399]) {
      const typed = blocks.map((block, i) => (i === at ? paragraph('Three new words', ...(block.content ?? [])) : block));
      const after = deriver.derive(JSON.parse(JSON.stringify(docOf(...typed))) as JSONContent).stored.chunks;
      const changed = after.filter((chunk) => !before.some((old) => old.hash.equals(chunk.hash)));
      expect(changed.length).toBeGreaterThanOrEqual(1);
      expect(changed.length).toBeLessThanOrEqual(2);
      expect(changed.reduce((size, chunk) => size + chunk.docJson.length, 0)).toBeLessThan(JSON.stringify(typed).length / 4);
    }
  });

  it('refuses a document that does not fit the schema with the same message as a full derive, and handles any other shape as it does', () => {
    const deriver = createDraftContentDeriver();
    const outcome = (derive: () => unknown): unknown => {
      try {
        return derive();
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    };
    const docs: JSONContent[] = [
      docOf(paragraph('fine'), { type: 'nonsense' }),
      docOf(paragraph('fine'), { type: 'listItem', content: [paragraph('loose item')] }),
      docOf(paragraph('fine'), text('bare text')),
      docOf(paragraph('fine'), { type: 'paragraph', content: [paragraph('nested')] }),
      { type: 'doc', content: [] },
      { type: 'doc' },
      { type: 'doc', attrs: { lang: 'en' }, content: [paragraph('attrs')] },
      { type: 'paragraph', content: [text('not a doc')] },
    ];
    for (const doc of docs) expect(outcome(() => deriver.derive(doc)), JSON.stringify(doc)).toEqual(outcome(() => deriveDraftContent(doc)));
    expect(outcome(() => deriver.derive(docs[0] as JSONContent))).toMatch(/^refused: The document does not fit the post schema/);
  });

  it('hands out a checked document no caller can change for the next save', () => {
    const deriver = createDraftContentDeriver();
    const doc = docOf(paragraph('Kept as it was.'));
    const first = deriver.derive(doc).checkedDoc;
    expect(() => {
      (first.content?.[0]?.content?.[0] as JSONContent).text = 'changed';
    }).toThrow();
    expect(joinStoredChunks(deriver.derive(doc).stored.chunks).bodyHtml).toBe('<p>Kept as it was.</p>');
  });
});
