import { describe, it, expect } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../../../../src/main/core/library/libraryService';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();
const MINUTE = 60_000;

function setup() {
  const { services, clock } = openServices();
  const create = (title: string, fields: { status?: 'draft' | 'scheduled' | 'published'; tags?: string[] } = {}) => {
    clock.advance(MINUTE);
    return services.drafts.create({ title, ...fields });
  };
  return { services, clock, create, library: services.library };
}

describe('library service: pages', () => {
  it('lists the library newest edit first, with the total', () => {
    const { services, clock, create, library } = setup();
    const a = create('A');
    create('B');
    create('C');
    expect(library.page({}).items.map((d) => d.title)).toEqual(['C', 'B', 'A']);
    expect(library.page({}).total).toBe(3);
    // An edit brings a draft to the top.
    clock.advance(MINUTE);
    services.drafts.save({ id: a.id, baseVersion: a.version, title: 'A again', author: a.author, date: a.date, doc: a.doc });
    expect(library.page({}).items.map((d) => d.title)).toEqual(['A again', 'C', 'B']);
  });

  it('gives summaries: status and trash time, no document', () => {
    const { create, library } = setup();
    create('A', { status: 'published' });
    const [item] = library.page({}).items;
    expect(item).toMatchObject({ title: 'A', status: 'published', trashedAt: null });
    expect(item).not.toHaveProperty('doc');
  });

  it('pages with offset and limit; the total counts every match', () => {
    const { create, library } = setup();
    for (let i = 0; i < 7; i += 1) create(`Post ${i}`);
    expect(library.page({ offset: 0, limit: 3 })).toMatchObject({ total: 7 });
    expect(library.page({ offset: 0, limit: 3 }).items.map((d) => d.title)).toEqual(['Post 6', 'Post 5', 'Post 4']);
    expect(library.page({ offset: 6, limit: 3 }).items.map((d) => d.title)).toEqual(['Post 0']);
    expect(library.page({ offset: 6, limit: 3 }).total).toBe(7);
    expect(library.page({ offset: 10 })).toEqual({ items: [], total: 7 });
  });

  it(`shows ${DEFAULT_PAGE_SIZE} drafts a page unless asked otherwise`, () => {
    const { services, library } = setup();
    services.db.transaction(() => {
      for (let i = 0; i < DEFAULT_PAGE_SIZE + 5; i += 1) services.drafts.create({ title: `P${i}` });
    })();
    expect(library.page({})).toMatchObject({ total: DEFAULT_PAGE_SIZE + 5 });
    expect(library.page({}).items).toHaveLength(DEFAULT_PAGE_SIZE);
  });

  it('filters by status, by tag (ignoring case), and both', () => {
    const { create, library } = setup();
    create('Draft travel', { tags: ['Travel'] });
    create('Published travel', { status: 'published', tags: ['travel', 'Food'] });
    create('Published food', { status: 'published', tags: ['Food'] });
    const titles = (query: object) => library.page(query).items.map((d) => d.title);
    expect(titles({ status: 'published' })).toEqual(['Published food', 'Published travel']);
    expect(titles({ tag: 'TRAVEL' })).toEqual(['Published travel', 'Draft travel']);
    expect(titles({ status: 'published', tag: 'travel' })).toEqual(['Published travel']);
    expect(library.page({ status: 'scheduled' })).toEqual({ items: [], total: 0 });
    expect(library.page({ tag: 'nothing' })).toEqual({ items: [], total: 0 });
  });

  it('shows the trash apart from the library, filters included', () => {
    const { services, create, library } = setup();
    const kept = create('Kept', { tags: ['x'] });
    const trashed = create('Trashed', { status: 'published', tags: ['x'] });
    services.drafts.trash(trashed.id);
    expect(library.page({}).items.map((d) => d.id)).toEqual([kept.id]);
    expect(library.page({ tag: 'x' }).items.map((d) => d.id)).toEqual([kept.id]);
    expect(library.page({ trashed: true }).items.map((d) => d.id)).toEqual([trashed.id]);
    expect(library.page({ trashed: true, status: 'published' }).total).toBe(1);
    expect(library.page({ trashed: false }).total).toBe(1);
  });
});

describe('library service: counts', () => {
  it('counts the library by status, the trash, and the tags of drafts in the library', () => {
    const { services, create, library } = setup();
    create('A', { tags: ['travel', 'Food'] });
    create('B', { status: 'published', tags: ['travel'] });
    create('C', { status: 'published' });
    const trashed = create('D', { status: 'scheduled', tags: ['travel', 'only-in-trash'] });
    services.drafts.trash(trashed.id);
    expect(library.counts()).toEqual({
      all: 3,
      byStatus: { draft: 1, scheduled: 0, published: 2 },
      trash: 1,
      tags: [
        { name: 'Food', count: 1 },
        { name: 'travel', count: 2 },
      ],
    });
  });

  it('counts an empty library as zeros', () => {
    const { library } = setup();
    expect(library.counts()).toEqual({ all: 0, byStatus: { draft: 0, scheduled: 0, published: 0 }, trash: 0, tags: [] });
  });
});
