import { describe, it, expect } from 'vitest';
import { searchSql } from '../../../../src/main/core/search/searchService';
import { docOf, docWith, paragraph } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();
const MINUTE = 60_000;

function setup() {
  const { services, clock } = openServices();
  const { drafts, search } = services;
  // Drafts without the words searched for, so those words are rare, as in a real library (bm25
  // gives a word found in more than half of the drafts next to no weight).
  for (let i = 0; i < 6; i += 1) drafts.create({ title: `Filler ${i}`, doc: docWith('Nothing to see in this draft at all.') });
  const ids = (query: string, filters: { status?: 'draft' | 'scheduled' | 'published'; tag?: string } = {}): number[] =>
    search.query({ query, ...filters }).map((hit) => hit.id);
  return { services, drafts, search, clock, ids };
}

describe('search service: matching', () => {
  it('finds words in the title, the text and the tags', () => {
    const { drafts, ids } = setup();
    const inTitle = drafts.create({ title: 'The lighthouse keeper' });
    const inBody = drafts.create({ title: 'Coast walk', doc: docWith('We walked to the old lighthouse at dawn.') });
    const inTags = drafts.create({ title: 'Photos', tags: ['Lighthouse'] });
    expect(ids('lighthouse').sort()).toEqual([inTitle.id, inBody.id, inTags.id].sort());
  });

  it('ranks a match in the title above one in the text, and that above one in the tags', () => {
    const { drafts, ids } = setup();
    const inTags = drafts.create({ title: 'Photos', tags: ['lighthouse'], doc: docWith('Some pictures from the trip.') });
    const inBody = drafts.create({ title: 'Coast walk', doc: docWith('We walked to the old lighthouse at dawn.') });
    const inTitle = drafts.create({ title: 'The lighthouse keeper', doc: docWith('A story about a keeper.') });
    expect(ids('lighthouse')).toEqual([inTitle.id, inBody.id, inTags.id]);
  });

  it('matches every word of the query (AND), each as a prefix', () => {
    const { drafts, ids } = setup();
    const both = drafts.create({ title: 'Night train', doc: docWith('We took the sleeper.') });
    drafts.create({ title: 'Night sky', doc: docWith('Stars.') });
    drafts.create({ title: 'Train times', doc: docWith('Timetables.') });
    expect(ids('night train')).toEqual([both.id]);
    expect(ids('nig tra')).toEqual([both.id]);
    expect(ids('sleep')).toEqual([both.id]);
  });

  it('ignores case and accents', () => {
    const { drafts, ids } = setup();
    const zurich = drafts.create({ title: 'Zürich', doc: docWith('A café by the lake.') });
    expect(ids('ZURICH')).toEqual([zurich.id]);
    expect(ids('cafe')).toEqual([zurich.id]);
    expect(ids('Café')).toEqual([zurich.id]);
  });

  it('finds nothing for an empty query or one of spaces or punctuation', () => {
    const { search } = setup();
    for (const query of ['', '   ', '\n', '...', '"*"']) expect(search.query({ query })).toEqual([]);
  });

  it.each([
    '"',
    '""',
    'a"b',
    '*',
    'AND',
    'OR NOT',
    'NEAR(a b, 2)',
    'title:hack',
    '{title body}: x',
    '^start',
    '- minus',
    '(unclosed',
    'a AND (b OR',
    'x* *y',
    '\u0000\u0002\u0003',
    '💥 東京 Ελλάδα',
    'x'.repeat(500),
  ])('never fails on the query %j', (query) => {
    const { search } = setup();
    expect(() => search.query({ query })).not.toThrow();
  });

  it('limits the number of hits (20 unless asked)', () => {
    const { drafts, search } = setup();
    for (let i = 0; i < 25; i += 1) drafts.create({ title: `Kite ${i}` });
    expect(search.query({ query: 'kite' })).toHaveLength(20);
    expect(search.query({ query: 'kite', limit: 3 })).toHaveLength(3);
  });
});

describe('search service: filters and the trash', () => {
  it('combines the query with a status and a tag filter', () => {
    const { drafts, ids } = setup();
    const publishedTravel = drafts.create({ title: 'Rome by bike', status: 'published', tags: ['Travel'] });
    const draftTravel = drafts.create({ title: 'Rome by train', tags: ['travel'] });
    const publishedFood = drafts.create({ title: 'Rome pizza', status: 'published', tags: ['Food'] });
    expect(ids('rome', { status: 'published' }).sort()).toEqual([publishedTravel.id, publishedFood.id].sort());
    // Tag names match regardless of case.
    expect(ids('rome', { tag: 'TRAVEL' }).sort()).toEqual([publishedTravel.id, draftTravel.id].sort());
    expect(ids('rome', { status: 'published', tag: 'travel' })).toEqual([publishedTravel.id]);
    expect(ids('rome', { tag: 'No such tag' })).toEqual([]);
  });

  it('never finds a draft in the trash, and finds it again once it is back', () => {
    const { drafts, ids } = setup();
    const draft = drafts.create({ title: 'Secret plans' });
    drafts.trash(draft.id);
    expect(ids('secret')).toEqual([]);
    drafts.untrash(draft.id);
    expect(ids('secret')).toEqual([draft.id]);
  });
});

describe('search service: hits', () => {
  it('gives the id, title, status, last edit and a snippet of the text with the matches marked', () => {
    const { drafts, search, clock } = setup();
    clock.advance(MINUTE);
    const draft = drafts.create({ title: 'Harbour', status: 'scheduled', doc: docOf(paragraph('Boats in the harbour.'), paragraph('Gulls over the boats.')) });
    expect(search.query({ query: 'boats' })).toEqual([
      {
        id: draft.id,
        title: 'Harbour',
        status: 'scheduled',
        updatedAt: clock().toISOString(),
        snippetHtml: '<mark>Boats</mark> in the harbour. Gulls over the <mark>boats</mark>.',
      },
    ]);
  });

  it('marks every word of the query, prefixes included', () => {
    const { drafts, search } = setup();
    drafts.create({ title: 'Notes', doc: docWith('Night trains run through the night.') });
    expect(search.query({ query: 'nig train' })[0]?.snippetHtml).toBe('<mark>Night</mark> <mark>trains</mark> run through the <mark>night</mark>.');
  });

  it('escapes markup in the text, so a snippet is safe to show as HTML', () => {
    const { drafts, search } = setup();
    drafts.create({ title: 'Code', doc: docWith('Never write <script>alert("boom")</script> & friends.') });
    expect(search.query({ query: 'boom' })[0]?.snippetHtml).toBe(
      'Never write &lt;script&gt;alert(&quot;<mark>boom</mark>&quot;)&lt;/script&gt; &amp; friends.',
    );
  });

  it('shows a passage around the match in a long text, with ellipses', () => {
    const { drafts, search } = setup();
    const filler = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    drafts.create({ title: 'Long', doc: docWith(`${filler} needle ${filler}`) });
    const snippet = search.query({ query: 'needle' })[0]?.snippetHtml ?? '';
    expect(snippet).toContain('<mark>needle</mark>');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.split(' ').length).toBeLessThanOrEqual(26);
  });
});

describe('search service: drafts long enough for several chunks', () => {
  it('finds a long draft once, ranked by its best chunk, and still fills the limit with other drafts', () => {
    const { drafts, search, ids } = setup();
    // Some 16,000 words, "lighthouse" in every paragraph: every chunk of the book matches.
    const book = drafts.create({
      title: 'The keeper',
      doc: docOf(...Array.from({ length: 400 }, (_, i) => paragraph(`Chapter mark${i}: the lighthouse stood on the rock, its lamp turning all night over the sea and the boats. `.repeat(2)))),
    });
    const others = Array.from({ length: 4 }, (_, i) => drafts.create({ title: `Walk ${i}`, doc: docWith(`We walked to the old lighthouse, walk number ${i}.`) }).id);
    const found = ids('lighthouse');
    expect(found.filter((id) => id === book.id)).toHaveLength(1);
    expect([...found].sort()).toEqual([book.id, ...others].sort());
    expect(search.query({ query: 'lighthouse', limit: 3 }).map((hit) => hit.id)).toHaveLength(3);
    expect(new Set(search.query({ query: 'lighthouse', limit: 3 }).map((hit) => hit.id)).size).toBe(3);
    // A word of the title and one deep in the text find the book together, the title ranking it first.
    expect(ids('keeper mark399')).toEqual([book.id]);
    expect(ids('keeper')[0]).toBe(book.id);
    const [hit] = search.query({ query: 'mark399' });
    expect(hit?.snippetHtml).toContain('<mark>mark399</mark>');
  });
});

describe('search service: words spread over a long draft', () => {
  it('finds a long draft whose words are in different chunks, after drafts that hold them together', () => {
    const { drafts, ids, search } = setup();
    // "albatross" only at the start of the book, "zephyr" only at its end: never in one chunk.
    const filler = (i: number) => paragraph(`Page ${i} of the long voyage: the ship sailed on past islands and reefs, day after day. `.repeat(2));
    const book = drafts.create({
      title: 'The voyage',
      doc: docOf(paragraph('An albatross followed the ship.'), ...Array.from({ length: 400 }, (_, i) => filler(i)), paragraph('Then a zephyr rose.')),
    });
    const close = drafts.create({ title: 'Birds and winds', doc: docWith('The albatross rides the zephyr.') });
    expect(ids('albatross zephyr')).toEqual([close.id, book.id]);
    const hit = search.query({ query: 'albatross zephyr' }).find((h) => h.id === book.id);
    expect(hit?.snippetHtml).toMatch(/<mark>(albatross|zephyr)<\/mark>/);
    // Filters still apply, and the trash is never searched.
    expect(ids('albatross zephyr', { status: 'published' })).toEqual([]);
    drafts.trash(book.id);
    expect(ids('albatross zephyr')).toEqual([close.id]);
  });
});

describe('search service: query plan', () => {
  it.each([
    { status: false, tag: false },
    { status: true, tag: false },
    { status: false, tag: true },
    { status: true, tag: true },
  ])('lets FTS5 sort by rank and stop at the limit (filters %j), never sorting every match', (filters) => {
    const { services } = setup();
    const params = { match: '"x"*', matchStart: '[', matchEnd: ']', limit: 20, ...(filters.status && { status: 'draft' }), ...(filters.tag && { tag: 'x' }) };
    const plan = services.db
      .prepare<object, { detail: string }>(`EXPLAIN QUERY PLAN ${searchSql(filters)}`)
      .all(params)
      .map((row) => row.detail)
      .join(' | ');
    expect(plan).toMatch(/^SCAN search_chunks_fts VIRTUAL TABLE INDEX \d+:/);
    expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
  });
});
