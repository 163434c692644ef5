import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { EMPTY_DOC } from '../../../../src/shared/editor/docStats';
import { deriveDraftContent } from '../../../../src/main/core/drafts/draftContent';
import { joinStoredChunks } from '../../../../src/main/core/drafts/draftChunks';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';
import { saveOf, useDraftsServices } from '../../helpers/testServices';

const setup = useDraftsServices();
const MINUTE = 60_000;

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('drafts service: create', () => {
  it('creates an empty draft dated today by the clock', () => {
    const { drafts, clock } = setup();
    const draft = drafts.create();
    expect(draft).toEqual({
      id: draft.id,
      title: '',
      slug: 'untitled',
      author: '',
      date: '2026-11-29',
      excerpt: '',
      wordCount: 0,
      readingMinutes: 1,
      updatedAt: clock().toISOString(),
      createdAt: clock().toISOString(),
      status: 'draft',
      trashedAt: null,
      description: '',
      tags: [],
      slugIsCustom: false,
      coverImage: '',
      canonicalUrl: '',
      language: '',
      doc: EMPTY_DOC,
      version: 1,
    });
  });

  it('trims the title and the author, and keeps the given date', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: '  Hello  ', author: ' Ann ', date: '2025-01-02', description: ' About ' });
    expect(draft).toMatchObject({ title: 'Hello', slug: 'hello', author: 'Ann', date: '2025-01-02', description: 'About' });
  });

  it('computes the derived fields from the document: HTML, word count, reading time, excerpt', () => {
    const { drafts } = setup();
    const doc = docOf(paragraph('Hello ', text('world', [{ type: 'bold' }])), paragraph(words(508)));
    const draft = drafts.create({ title: 'Stats', doc });
    expect(draft.wordCount).toBe(510);
    expect(draft.readingMinutes).toBe(2);
    expect(draft.excerpt.startsWith('Hello world word0 word1')).toBe(true);
    const stored = drafts.getForOutput(draft.id);
    expect(stored.bodyHtml.startsWith('<p>Hello <strong>world</strong></p><p>word0 word1')).toBe(true);
  });

  it('counts CJK characters in the word count and the reading time', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: '中文', doc: docWith('我在家里写一篇新文章。'.repeat(125)) });
    expect(draft.wordCount).toBe(1250);
    expect(draft.readingMinutes).toBe(3);
  });

  it('cuts a long excerpt at a word boundary, within 200 characters, with an ellipsis', () => {
    const { drafts } = setup();
    const body = words(100);
    const draft = drafts.create({ doc: docWith(body) });
    expect(draft.excerpt.endsWith('…')).toBe(true);
    const kept = draft.excerpt.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(body.startsWith(`${kept} `)).toBe(true);
  });

  it('joins the blocks of the excerpt with single spaces', () => {
    const { drafts } = setup();
    const draft = drafts.create({ doc: docWith('First  paragraph.', 'Second one.') });
    expect(draft.excerpt).toBe('First paragraph. Second one.');
  });

  it('refuses a document that does not fit the schema, and stores nothing', () => {
    const { drafts } = setup();
    const error = appErrorFrom(() => drafts.create({ title: 'Bad', doc: { type: 'doc', content: [{ type: 'nonsense' }] } }));
    expect(error.code).toBe('VALIDATION');
    expect(drafts.list()).toEqual([]);
  });

  it('takes the author of the most recently edited draft when none is given', () => {
    const { drafts, clock } = setup();
    const ann = drafts.create({ title: 'One', author: 'Ann' });
    clock.advance(MINUTE);
    drafts.create({ title: 'Two', author: 'Bob' });
    clock.advance(MINUTE);
    expect(drafts.create({ title: 'Three' }).author).toBe('Bob');

    clock.advance(MINUTE);
    drafts.save(saveOf(ann, { author: 'Cleo' }));
    clock.advance(MINUTE);
    expect(drafts.create({ title: 'Four' }).author).toBe('Cleo');
  });

  it('keeps an author given explicitly, even an empty one', () => {
    const { drafts } = setup();
    drafts.create({ title: 'One', author: 'Ann' });
    expect(drafts.create({ title: 'Two', author: 'Dee' }).author).toBe('Dee');
    expect(drafts.create({ title: 'Three', author: '' }).author).toBe('');
  });
});

describe('drafts service: slugs', () => {
  it('gives two drafts with the same title distinct slugs', () => {
    const { drafts } = setup();
    expect(drafts.create({ title: 'Hello' }).slug).toBe('hello');
    expect(drafts.create({ title: 'Hello' }).slug).toBe('hello-2');
    expect(drafts.create({ title: 'hello!' }).slug).toBe('hello-3');
  });

  it.each([
    ['你好世界', 'ni-hao-shi-jie'],
    ['Привет мир', 'privet-mir'],
    ['Crème brûlée à la française', 'creme-brulee-a-la-francaise'],
  ])('transliterates the title %j into the slug %j', (title, slug) => {
    const { drafts } = setup();
    expect(drafts.create({ title }).slug).toBe(slug);
  });

  it('lets the slug follow the title on save', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    const saved = drafts.save(saveOf(draft, { title: 'Goodbye, old friend' }));
    expect(saved.summary.slug).toBe('goodbye-old-friend');
    expect(drafts.get(draft.id).slug).toBe('goodbye-old-friend');
  });

  it('keeps a draft\'s own slug when it is saved with the same title', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    expect(drafts.save(saveOf(draft, { doc: docWith('New text') })).summary.slug).toBe('hello');
  });

  it('does not take another draft\'s slug when a title changes to match it', () => {
    const { drafts } = setup();
    drafts.create({ title: 'Hello' });
    const other = drafts.create({ title: 'Other' });
    expect(drafts.save(saveOf(other, { title: 'Hello' })).summary.slug).toBe('hello-2');
  });

  it('keeps a custom slug when the title changes', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello', slug: 'my-own-slug' });
    expect(draft.slug).toBe('my-own-slug');
    expect(drafts.save(saveOf(draft, { title: 'Something else' })).summary.slug).toBe('my-own-slug');
  });

  it('refuses a custom slug that is not a clean slug', () => {
    const { drafts } = setup();
    const error = appErrorFrom(() => drafts.create({ title: 'Hello', slug: 'Not A Slug' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('"Not A Slug"');
    expect(drafts.list()).toEqual([]);
  });

  it('makes a taken custom slug unique', () => {
    const { drafts } = setup();
    drafts.create({ title: 'Hello' });
    expect(drafts.create({ title: 'Other', slug: 'hello' }).slug).toBe('hello-2');
  });
});

describe('drafts service: tags', () => {
  it('stores tags trimmed, without case-insensitive duplicates, in the order given', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Tagged', tags: ['Travel', ' travel ', 'Food', '', 'TRAVEL', 'Slow   living', 'food'] });
    expect(draft.tags).toEqual(['Travel', 'Food', 'Slow living']);
    expect(drafts.get(draft.id).tags).toEqual(['Travel', 'Food', 'Slow living']);
  });

  it('keeps the tags when the draft is saved', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Tagged', tags: ['b', 'a'] });
    drafts.save(saveOf(draft, { title: 'Renamed' }));
    expect(drafts.get(draft.id).tags).toEqual(['b', 'a']);
  });
});

describe('drafts service: get, list, delete', () => {
  it('gets a draft by id, and NOT_FOUND for one that does not exist', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    expect(drafts.get(draft.id)).toEqual(draft);
    const error = appErrorFrom(() => drafts.get(999));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Draft 999 was not found');
  });

  it('does not expose the stored HTML in a public draft, but tells whether the slug is custom', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello', slug: 'custom' });
    expect(Object.keys(draft)).not.toContain('bodyHtml');
    expect(draft.slugIsCustom).toBe(true);
    expect(drafts.getForOutput(draft.id)).toMatchObject({ slugIsCustom: true, bodyHtml: '<p></p>' });
  });

  it('lists drafts with the most recently edited first', () => {
    const { drafts, clock } = setup();
    const first = drafts.create({ title: 'First' });
    clock.advance(MINUTE);
    drafts.create({ title: 'Second' });
    clock.advance(MINUTE);
    drafts.create({ title: 'Third' });
    expect(drafts.list().map((d) => d.title)).toEqual(['Third', 'Second', 'First']);

    clock.advance(MINUTE);
    drafts.save(saveOf(first, { doc: docWith('edited') }));
    expect(drafts.list().map((d) => d.title)).toEqual(['First', 'Third', 'Second']);
  });

  it('lists summaries: no document, no tags', () => {
    const { drafts } = setup();
    drafts.create({ title: 'Hello', author: 'Ann', tags: ['x'], doc: docWith('Some words here') });
    const [summary] = drafts.list();
    expect(Object.keys(summary ?? {}).sort()).toEqual(
      ['author', 'date', 'excerpt', 'id', 'readingMinutes', 'slug', 'status', 'title', 'trashedAt', 'updatedAt', 'wordCount'].sort(),
    );
    expect(summary).toMatchObject({ title: 'Hello', author: 'Ann', wordCount: 3, excerpt: 'Some words here' });
  });

  it('resolves a draft by id or by slug', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello there' });
    expect(drafts.resolve(String(draft.id)).id).toBe(draft.id);
    expect(drafts.resolve('hello-there').id).toBe(draft.id);
    expect(appErrorFrom(() => drafts.resolve('nope')).code).toBe('NOT_FOUND');
  });

  it('deletes a draft from the trash, and NOT_FOUND the second time', () => {
    const { drafts } = setup();
    const keep = drafts.create({ title: 'Keep' });
    const gone = drafts.create({ title: 'Gone', tags: ['t'] });
    drafts.trash(gone.id);
    expect(drafts.delete(gone.id)).toEqual({ id: gone.id });
    expect(drafts.list().map((d) => d.id)).toEqual([keep.id]);
    expect(appErrorFrom(() => drafts.delete(gone.id)).code).toBe('NOT_FOUND');
  });

  it('frees the slug of a deleted draft', () => {
    const { drafts } = setup();
    const gone = drafts.create({ title: 'Hello' });
    drafts.trash(gone.id);
    drafts.delete(gone.id);
    expect(drafts.create({ title: 'Hello' }).slug).toBe('hello');
  });
});

describe('drafts service: save', () => {
  it('stores the new fields, bumps the version and the edit time, keeps the creation time', () => {
    const { drafts, clock } = setup();
    const draft = drafts.create({ title: 'Hello', author: 'Ann' });
    clock.advance(5 * MINUTE);
    const doc: JSONContent = docOf(paragraph('New ', text('text', [{ type: 'italic' }])));
    const saved = drafts.save(saveOf(draft, { title: ' Renamed ', author: 'Bob ', date: '2026-12-01', doc }));

    expect(saved.version).toBe(2);
    expect(saved.summary).toEqual({
      id: draft.id,
      title: 'Renamed',
      slug: 'renamed',
      author: 'Bob',
      date: '2026-12-01',
      excerpt: 'New text',
      wordCount: 2,
      readingMinutes: 1,
      updatedAt: clock().toISOString(),
      status: 'draft',
      trashedAt: null,
    });
    const reread = drafts.get(draft.id);
    expect(reread).toMatchObject({ version: 2, createdAt: draft.createdAt, updatedAt: clock().toISOString(), doc });
    expect(drafts.getForOutput(draft.id).bodyHtml).toBe('<p>New <em>text</em></p>');
  });

  it('accepts saves one after another, each from the version the last returned', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    const second = drafts.save(saveOf(draft, { doc: docWith('two') }));
    const third = drafts.save(saveOf(draft, { baseVersion: second.version, doc: docWith('three') }));
    expect(third.version).toBe(3);
    expect(drafts.get(draft.id).doc).toEqual(docWith('three'));
  });

  it('refuses a save from a stale version with CONFLICT and changes nothing', () => {
    const { drafts, clock } = setup();
    const draft = drafts.create({ title: 'Hello' });
    drafts.save(saveOf(draft, { doc: docWith('saved elsewhere') }));
    const before = drafts.getForOutput(draft.id);

    clock.advance(MINUTE);
    const error = appErrorFrom(() => drafts.save(saveOf(draft, { title: 'Overwrite', doc: docWith('lost?') })));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('This draft was changed elsewhere');
    expect(drafts.getForOutput(draft.id)).toEqual(before);
  });

  it('refuses a document that does not fit the schema with VALIDATION and changes nothing', () => {
    const { drafts, clock } = setup();
    const draft = drafts.create({ title: 'Hello', doc: docWith('original') });
    const before = drafts.getForOutput(draft.id);

    clock.advance(MINUTE);
    const error = appErrorFrom(() => drafts.save(saveOf(draft, { title: 'Changed', doc: { type: 'doc', content: [{ type: 'nonsense' }] } })));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('does not fit the post schema');
    expect(drafts.getForOutput(draft.id)).toEqual(before);
  });

  it('refuses nesting the schema does not allow (a paragraph inside a paragraph)', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    const badNesting = docOf({ type: 'paragraph', content: [paragraph('a paragraph inside a paragraph')] });
    expect(appErrorFrom(() => drafts.save(saveOf(draft, { doc: badNesting }))).code).toBe('VALIDATION');
    expect(drafts.get(draft.id).version).toBe(1);
  });

  it('gives NOT_FOUND for a draft that was deleted', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    drafts.trash(draft.id);
    drafts.delete(draft.id);
    expect(appErrorFrom(() => drafts.save(saveOf(draft))).code).toBe('NOT_FOUND');
  });

  it('saves a book by writing the chunk typed into, and reads it back exactly as a whole', () => {
    const { drafts, services } = setup();
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i}: ${words(10 + (i % 23))}.`);
    const draft = drafts.create({ title: 'The book', doc: docWith(...paragraphs) });
    const rows = (table: 'draft_chunks' | 'search_chunks'): number[] =>
      services.db.prepare<[number], { id: number }>(`SELECT id FROM ${table} WHERE draft_id = ? ORDER BY position`).all(draft.id).map((row) => row.id);
    const before = { stored: rows('draft_chunks'), indexed: rows('search_chunks') };
    expect(before.stored.length).toBeGreaterThan(5);

    const typed = docWith(...paragraphs.map((p, i) => (i === 300 ? `Three new words. ${p}` : p)));
    drafts.save(saveOf(draft, { doc: typed }));
    for (const [table, old] of [['draft_chunks', before.stored], ['search_chunks', before.indexed]] as const) {
      const now = rows(table);
      expect(now.filter((id) => !old.includes(id)), table).toHaveLength(1);
      expect(now.length, table).toBe(old.length);
    }
    // Read back, the draft is what deriving the whole document gives.
    const whole = joinStoredChunks(deriveDraftContent(typed).stored.chunks);
    const saved = drafts.getForOutput(draft.id);
    expect(saved.doc).toEqual(JSON.parse(whole.docJson));
    expect(saved.bodyHtml).toBe(whole.bodyHtml);
    expect(services.search.query({ query: 'three new words' }).map((hit) => hit.id)).toEqual([draft.id]);
  });
});
