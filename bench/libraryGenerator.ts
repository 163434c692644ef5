import type { JSONContent } from '@tiptap/core';
import type { PostStatus } from '../src/shared/draft';

/** A small seeded generator (mulberry32): every run builds the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ta', 'ri', 'mon', 'el', 'sa', 'ver', 'lo', 'ka', 'ne', 'dor', 'an', 'is', 'pe', 'lu', 'stra', 'gen', 'o', 'mi',
  'ther', 'wa', 'cor', 'bel', 'fin', 'qua', 'zu', 'hal', 'ep', 'ny', 'rok', 'sil', 'tem', 'ux', 'vian', 'dre', 'gol', 'ash',
];
// Real words with accents and other scripts, so folding (café/cafe) is exercised too.
const SPICE = ['café', 'naïve', 'façade', 'Zürich', 'Kraków', 'résumé', 'Ångström', 'über', 'São', 'piñata', 'Москва', '東京'];

export interface LibraryGenerator {
  /** The word list, most common first (Zipf-like: a few words are very common, as in prose). */
  vocabulary: string[];
  tagPool: string[];
  word(): string;
  words(count: number): string[];
  /** A document of about `wordCount` words: paragraphs, some headings, lists, bold and italic. */
  doc(wordCount: number): JSONContent;
  title(): string;
  tags(): string[];
  status(): PostStatus;
  pick<T>(items: readonly T[]): T;
  random: () => number;
}

export function createLibraryGenerator(seed: number, vocabularySize = 8_000): LibraryGenerator {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const vocabulary: string[] = [];
  while (vocabulary.length < vocabularySize) {
    const length = 1 + Math.floor(random() * 3.5);
    const candidate = Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    if (!seen.has(candidate)) {
      seen.add(candidate);
      vocabulary.push(candidate);
    }
  }
  vocabulary.splice(400, 0, ...SPICE);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Zipf-like: index = N * r^3 favours the head of the list strongly, keeps a long tail.
  const word = (): string => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 3))] as string;
  const words = (count: number): string[] => Array.from({ length: count }, word);
  const tagPool = Array.from({ length: 60 }, (_, i) => `${vocabulary[2000 + i * 7]}${i % 5 === 0 ? ' notes' : ''}`);

  const sentence = (length: number): string => {
    const text = words(length).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  const paragraph = (length: number): JSONContent => {
    const content: JSONContent[] = [];
    let left = length;
    while (left > 0) {
      const size = Math.min(left, 6 + Math.floor(random() * 14));
      const text = sentence(size);
      const roll = random();
      const marks = roll < 0.06 ? [{ type: 'bold' }] : roll < 0.1 ? [{ type: 'italic' }] : undefined;
      content.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
      content.push({ type: 'text', text: ' ' });
      left -= size;
    }
    content.pop();
    // Adjacent runs without marks are one text node in a real document.
    const merged: JSONContent[] = [];
    for (const node of content) {
      const last = merged.at(-1);
      if (last && !last.marks && !node.marks) last.text = `${last.text ?? ''}${node.text ?? ''}`;
      else merged.push({ ...node });
    }
    return { type: 'paragraph', content: merged };
  };

  const doc = (wordCount: number): JSONContent => {
    const blocks: JSONContent[] = [];
    let total = 0;
    while (total < wordCount) {
      const roll = random();
      if (roll < 0.08 && blocks.length > 0) {
        const length = 2 + Math.floor(random() * 4);
        blocks.push({ type: 'heading', attrs: { level: 2 + Math.floor(random() * 2) }, content: [{ type: 'text', text: sentence(length).slice(0, -1) }] });
        total += length;
      } else if (roll < 0.12) {
        const items = 2 + Math.floor(random() * 4);
        blocks.push({
          type: random() < 0.5 ? 'bulletList' : 'orderedList',
          content: Array.from({ length: items }, () => ({ type: 'listItem', content: [paragraph(4 + Math.floor(random() * 8))] })),
        });
        total += items * 8;
      } else {
        const length = Math.min(wordCount - total, 40 + Math.floor(random() * 80));
        blocks.push(paragraph(Math.max(length, 1)));
        total += length;
      }
    }
    return { type: 'doc', content: blocks };
  };

  return {
    vocabulary,
    tagPool,
    word,
    words,
    doc,
    title: () => sentence(3 + Math.floor(random() * 5)).slice(0, -1),
    tags: () => Array.from({ length: Math.floor(random() * 5) }, () => pick(tagPool)),
    status: () => (random() < 0.6 ? 'draft' : random() < 0.3 ? 'scheduled' : 'published'),
    pick,
    random,
  };
}
