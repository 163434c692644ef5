import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { createDraftContentDeriver, deriveDraftContent } from '../../../../src/main/core/drafts/draftContent';
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
      for (const deriver of derivers) {
        const derived = deriver.derive(received);
        expect(derived.stored).toEqual(expected.stored);
        expect(derived.plainText).toBe(expected.plainText);
        expect(derived.checkedDoc).toEqual(expected.checkedDoc);
      }
    }
    expect(derivers[0]?.cachedBlocks).toBeGreaterThan(30);
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
    expect(deriver.derive(doc).stored.bodyHtml).toBe('<p>Kept as it was.</p>');
  });
});
