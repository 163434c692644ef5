import { describe, expect, it } from 'vitest';
import { filterSlashItems, SLASH_ITEMS } from '../../../../src/renderer/src/editor/slashCommands';

const titles = (query: string): string[] => filterSlashItems(query).map((item) => item.title);

describe('filterSlashItems', () => {
  it('offers everything for an empty query', () => {
    expect(titles('')).toEqual(SLASH_ITEMS.map((item) => item.title));
  });

  it('puts words that start with the query before words that contain it', () => {
    expect(titles('head')).toEqual(['Heading', 'Small heading', 'Subheading']);
    expect(titles('list')).toEqual(['Bulleted list', 'Numbered list', 'Checklist']);
  });

  it('matches keywords, case-insensitively', () => {
    expect(titles('HR')).toEqual(['Divider']);
    expect(titles('todo')).toEqual(['Checklist']);
    expect(titles('h3')).toEqual(['Subheading']);
  });

  it('finds nothing for nonsense', () => {
    expect(titles('zzz')).toEqual([]);
  });
});
