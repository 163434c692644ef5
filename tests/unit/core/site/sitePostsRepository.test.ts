import { describe, it, expect } from 'vitest';
import { createSitePostsRepository } from '../../../../src/main/core/site/sitePostsRepository';
import { docWith } from '../../helpers/docs';
import { useSiteLibrary } from './siteFixture';

const openSite = useSiteLibrary();
const TODAY = '2026-11-29';

describe('the posts an export reads', () => {
  it('hands back the same objects for posts that did not change, and new ones for those that did', () => {
    const site = openSite();
    const a = site.publish('Alpha', { tags: ['Letters'] });
    const b = site.publish('Beta', { tags: ['Letters', 'Greek'] });
    const posts = createSitePostsRepository(site.services.db);
    const first = posts.due(TODAY);
    expect(posts.due(TODAY)).toBe(first);

    site.clock.advance(1000);
    site.edit(a.id, { doc: docWith('Changed.') });
    const second = posts.due(TODAY);
    const byId = (list: typeof first, id: number) => list.find((post) => post.id === id);
    expect(byId(second, b.id)).toBe(byId(first, b.id));
    expect(byId(second, a.id)).toMatchObject({ version: 2, tags: ['Letters'] });
    expect(byId(second, a.id)).not.toBe(byId(first, a.id));
  });

  it('sees what changes without a new version: a renamed tag, a post trashed or restored, a scheduled post come due', () => {
    const site = openSite();
    const a = site.publish('Alpha', { tags: ['Letters'] });
    const b = site.publish('Beta');
    site.publish('Later', { status: 'scheduled', date: '2026-12-01' });
    const posts = createSitePostsRepository(site.services.db);
    const names = (today = TODAY) => posts.due(today).map((post) => `${post.id}:${post.tags.join('+')}`).sort();
    expect(names()).toEqual([`${a.id}:Letters`, `${b.id}:`]);

    site.services.tags.rename('Letters', 'Words');
    expect(names()).toEqual([`${a.id}:Words`, `${b.id}:`]);
    site.services.drafts.trash(b.id);
    expect(names()).toEqual([`${a.id}:Words`]);
    site.services.drafts.untrash(b.id);
    expect(names()).toEqual([`${a.id}:Words`, `${b.id}:`]);
    expect(names('2026-12-01')).toHaveLength(3);
  });

  it('reads a post\'s stored HTML as the drafts service has it, however many pieces it is stored in', () => {
    const site = openSite();
    // Long enough to be stored in several chunks (see drafts/draftContent.ts).
    const long = site.publish('Long', { doc: docWith(...Array.from({ length: 400 }, (_, i) => `Paragraph ${i} ${'of words '.repeat(20)}`)) });
    const empty = site.publish('Empty', { doc: { type: 'doc', content: [{ type: 'paragraph' }] } });
    const posts = createSitePostsRepository(site.services.db);
    const chunks = site.services.db.prepare<[number], number>('SELECT count(*) FROM draft_chunks WHERE draft_id = ?').pluck();
    expect(chunks.get(long.id)).toBeGreaterThan(1);

    expect(posts.bodyHtml(long.id)).toBe(site.services.drafts.getForOutput(long.id).bodyHtml);
    expect(posts.bodyHtml(empty.id)).toBe(site.services.drafts.getForOutput(empty.id).bodyHtml);
    expect(posts.bodyHtml(9999)).toBeNull();
  });
});
