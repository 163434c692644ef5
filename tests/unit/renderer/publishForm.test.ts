import { describe, it, expect } from 'vitest';
import { checkSiteConfigPatch, DEFAULT_SITE_CONFIG } from '../../../src/main/core/site/siteConfig';
import { count, formatDuration, fractionOf } from '../../../src/renderer/src/publish/exportWords';
import { commentsOf, formOf, isChanged, patchOf, refusalOf, sameField } from '../../../src/renderer/src/publish/siteForm';
import type { SiteConfig } from '../../../src/shared/site';

const config: SiteConfig = { ...DEFAULT_SITE_CONFIG, title: 'Night trains', postsPerPage: 12 };

/** The message the site engine gives for a patch (see checkSiteConfigPatch). */
function engineRefusal(patch: unknown): string {
  try {
    checkSiteConfigPatch(patch);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the engine accepted the patch');
}

describe('the site settings form', () => {
  it('shows the saved settings, and sends each field back as the engine takes it', () => {
    const form = formOf(config);
    expect(form.postsPerPage).toBe('12');
    expect(isChanged(form, config, 'title')).toBe(false);
    const edited = { ...form, title: 'Day trains', postsPerPage: ' 20 ' };
    expect(isChanged(edited, config, 'title')).toBe(true);
    expect(patchOf(edited, 'title')).toEqual({ patch: { title: 'Day trains' } });
    expect(patchOf(edited, 'postsPerPage')).toEqual({ patch: { postsPerPage: 20 } });
    expect(checkSiteConfigPatch((patchOf(edited, 'postsPerPage') as { patch: unknown }).patch)).toEqual({ postsPerPage: 20 });
  });

  it('lets the engine judge a number, but never sends text that is no number', () => {
    const form = formOf(config);
    expect(patchOf({ ...form, postsPerPage: '2.5' }, 'postsPerPage')).toEqual({ patch: { postsPerPage: 2.5 } });
    expect(patchOf({ ...form, postsPerPage: '0' }, 'postsPerPage')).toEqual({ patch: { postsPerPage: 0 } });
    expect(patchOf({ ...form, postsPerPage: 'ten' }, 'postsPerPage')).toEqual({ problem: 'Posts per page must be a whole number, like 10.' });
    expect(patchOf({ ...form, postsPerPage: '' }, 'postsPerPage')).toHaveProperty('problem');
  });

  it('keeps every comments provider typed in, and sends only the one chosen', () => {
    const giscus = { kind: 'giscus', repo: 'ada/blog', repoId: 'R_1', category: 'Comments', categoryId: 'DIC_1', mapping: 'pathname' } as const;
    const form = formOf({ ...config, comments: giscus });
    const switched = { ...form, comments: { ...form.comments, kind: 'disqus' as const, disqus: { shortname: 'night' } } };
    expect(commentsOf(switched.comments)).toEqual({ kind: 'disqus', shortname: 'night' });
    // Back to giscus: its ids are still there.
    expect(commentsOf({ ...switched.comments, kind: 'giscus' })).toEqual(giscus);
    // A saved config read back keeps what the form had for the others.
    expect(formOf({ ...config, comments: { kind: 'none' } }, switched).comments.disqus).toEqual({ shortname: 'night' });
    expect(isChanged(switched, { ...config, comments: giscus }, 'comments')).toBe(true);
    expect(sameField(switched, { ...switched, title: 'Other' }, 'comments')).toBe(true);
  });

  it("reads the engine's refusals: the reason for under the field, and which part of a group it is about", () => {
    expect(refusalOf(engineRefusal({ baseUrl: 'ftp://x.example/' }))).toEqual({ part: null, reason: 'Must start with https:// or http://' });
    const giscus = { kind: 'giscus', repo: 'ada/blog', repoId: 'R_1', category: 'Comments', categoryId: 'not an id', mapping: 'pathname' };
    expect(refusalOf(engineRefusal({ comments: giscus }))).toEqual({ part: 'categoryId', reason: expect.stringMatching(/^Must be the category id giscus shows/) });
    expect(refusalOf(engineRefusal({ comments: { kind: 'disqus', shortname: 'no spaces' } })).part).toBe('shortname');
    expect(refusalOf('The site settings could not be saved')).toEqual({ part: null, reason: 'The site settings could not be saved' });
  });
});

describe('export words', () => {
  it('says how long an export took the way a person would', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(85.4)).toBe('85 ms');
    expect(formatDuration(1440)).toBe('1.4 s');
    expect(formatDuration(12_600)).toBe('13 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('counts in words', () => {
    expect(count(1, 'post', 'posts')).toBe('1 post');
    expect(count(10_000, 'post', 'posts')).toBe('10,000 posts');
  });

  it('fills the bar by the phase, and a phase with nothing to do is full', () => {
    expect(fractionOf(null)).toBe(0);
    expect(fractionOf({ phase: 'preparing', done: 0, total: 1 })).toBe(0);
    expect(fractionOf({ phase: 'pages', done: 5, total: 20 })).toBe(0.25);
    expect(fractionOf({ phase: 'cleanup', done: 0, total: 0 })).toBe(1);
  });
});
