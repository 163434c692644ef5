import { describe, it, expect } from 'vitest';
import { appErrorFrom } from '../../helpers/appError';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();

function setup() {
  const { services } = openServices();
  const { drafts, tags, search } = services;
  const tagsOf = (id: number): string[] => drafts.get(id).tags;
  const found = (query: string): number[] => search.query({ query }).map((hit) => hit.id).sort((a, b) => a - b);
  const tagRows = (): string[] => services.db.prepare<[], { name: string }>('SELECT name FROM tags ORDER BY name').all().map((row) => row.name);
  return { services, drafts, tags, tagsOf, found, tagRows };
}

describe('tags service: list', () => {
  it('lists the tags with their counts, by name ignoring case', () => {
    const { drafts, tags } = setup();
    drafts.create({ title: 'A', tags: ['banana', 'Apple'] });
    drafts.create({ title: 'B', tags: ['apple', 'cherry'] });
    expect(tags.list()).toEqual([
      { name: 'Apple', count: 2 },
      { name: 'banana', count: 1 },
      { name: 'cherry', count: 1 },
    ]);
  });

  it('does not count drafts in the trash', () => {
    const { drafts, tags } = setup();
    drafts.create({ title: 'A', tags: ['x'] });
    const trashed = drafts.create({ title: 'B', tags: ['x', 'y'] });
    drafts.trash(trashed.id);
    expect(tags.list()).toEqual([{ name: 'x', count: 1 }]);
  });
});

describe('tags service: rename', () => {
  it('renames a tag on every draft (the trash included), keeps its place, and re-indexes the drafts', () => {
    const { drafts, tags, tagsOf, found } = setup();
    const a = drafts.create({ title: 'A', tags: ['first', 'old', 'last'] });
    const b = drafts.create({ title: 'B', tags: ['old'] });
    drafts.trash(b.id);
    expect(tags.rename('OLD', ' Brand  new ')).toEqual([
      { name: 'Brand new', count: 1 },
      { name: 'first', count: 1 },
      { name: 'last', count: 1 },
    ]);
    expect(tagsOf(a.id)).toEqual(['first', 'Brand new', 'last']);
    expect(tagsOf(b.id)).toEqual(['Brand new']);
    expect(found('brand')).toEqual([a.id]);
    expect(found('old')).toEqual([]);
  });

  it('changes only the case of a tag', () => {
    const { drafts, tags, tagsOf } = setup();
    const a = drafts.create({ title: 'A', tags: ['travel'] });
    tags.rename('travel', 'Travel');
    expect(tagsOf(a.id)).toEqual(['Travel']);
  });

  it('merges the tag into another one that exists, once per draft', () => {
    const { drafts, tags, tagsOf, tagRows } = setup();
    const both = drafts.create({ title: 'Both', tags: ['trip', 'Travel'] });
    const onlyOld = drafts.create({ title: 'Old', tags: ['trip'] });
    expect(tags.rename('trip', 'travel')).toEqual([{ name: 'Travel', count: 2 }]);
    expect(tagsOf(both.id)).toEqual(['Travel']);
    expect(tagsOf(onlyOld.id)).toEqual(['Travel']);
    expect(tagRows()).toEqual(['Travel']);
  });

  it('does not count as an edit: versions and edit times stay', () => {
    const { drafts, tags } = setup();
    const draft = drafts.create({ title: 'A', tags: ['x'] });
    tags.rename('x', 'y');
    expect(drafts.get(draft.id)).toMatchObject({ version: draft.version, updatedAt: draft.updatedAt });
  });

  it('gives NOT_FOUND for a tag that does not exist, VALIDATION for an empty new name; nothing changes', () => {
    const { drafts, tags, tagsOf } = setup();
    const draft = drafts.create({ title: 'A', tags: ['x'] });
    expect(appErrorFrom(() => tags.rename('nope', 'y'))).toMatchObject({ code: 'NOT_FOUND', message: 'The tag "nope" was not found' });
    expect(appErrorFrom(() => tags.rename('x', '   '))).toMatchObject({ code: 'VALIDATION' });
    expect(tagsOf(draft.id)).toEqual(['x']);
  });
});

describe('tags service: merge', () => {
  it('merges several tags into an existing one', () => {
    const { drafts, tags, tagsOf, found } = setup();
    const a = drafts.create({ title: 'A', tags: ['trip', 'journey'] });
    const b = drafts.create({ title: 'B', tags: ['travel', 'food'] });
    expect(tags.merge(['trip', 'Journey'], 'travel')).toEqual([
      { name: 'food', count: 1 },
      { name: 'travel', count: 2 },
    ]);
    expect(tagsOf(a.id)).toEqual(['travel']);
    expect(tagsOf(b.id)).toEqual(['travel', 'food']);
    expect(found('travel')).toEqual([a.id, b.id]);
    expect(found('journey')).toEqual([]);
  });

  it('merges into a new name, and ignores the target listed among the sources', () => {
    const { drafts, tags, tagsOf } = setup();
    const a = drafts.create({ title: 'A', tags: ['trip'] });
    const b = drafts.create({ title: 'B', tags: ['journey'] });
    expect(tags.merge(['trip', 'journey'], 'Travel')).toEqual([{ name: 'Travel', count: 2 }]);
    expect(tags.merge(['Travel'], 'travel')).toEqual([{ name: 'Travel', count: 2 }]);
    expect([tagsOf(a.id), tagsOf(b.id)]).toEqual([['Travel'], ['Travel']]);
  });

  it('changes nothing when one of the tags does not exist', () => {
    const { drafts, tags, tagsOf } = setup();
    const a = drafts.create({ title: 'A', tags: ['trip'] });
    expect(appErrorFrom(() => tags.merge(['trip', 'ghost'], 'travel')).code).toBe('NOT_FOUND');
    expect(tagsOf(a.id)).toEqual(['trip']);
  });
});

describe('tags service: delete', () => {
  it('removes a tag from every draft and forgets it', () => {
    const { drafts, tags, tagsOf, found, tagRows } = setup();
    const a = drafts.create({ title: 'A', tags: ['gone', 'kept'] });
    const b = drafts.create({ title: 'B', tags: ['Gone'] });
    drafts.trash(b.id);
    expect(tags.delete('GONE')).toEqual([{ name: 'kept', count: 1 }]);
    expect(tagsOf(a.id)).toEqual(['kept']);
    expect(tagsOf(b.id)).toEqual([]);
    expect(tagRows()).toEqual(['kept']);
    expect(found('gone')).toEqual([]);
  });

  it('gives NOT_FOUND for a tag that does not exist', () => {
    const { tags } = setup();
    expect(appErrorFrom(() => tags.delete('ghost')).code).toBe('NOT_FOUND');
  });
});
