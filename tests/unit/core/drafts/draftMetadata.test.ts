import { describe, it, expect } from 'vitest';
import type { Draft, DraftSave } from '../../../../src/shared/draft';
import { createDraftsService } from '../../../../src/main/core/drafts/draftsService';
import { openDatabase } from '../../../../src/main/core/db/openDatabase';
import { createSearchIndex } from '../../../../src/main/core/search/searchIndex';
import { appErrorFrom } from '../../helpers/appError';
import { createFakeClock } from '../../helpers/fakeClock';
import { docWith } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';
import { saveOf, useDraftsServices } from '../../helpers/testServices';

const setup = useDraftsServices();
const tempDir = useTempDirs();
const MINUTE = 60_000;

describe('drafts service: metadata on create', () => {
  it('stores every metadata field given', () => {
    const { drafts } = setup();
    const draft = drafts.create({
      title: 'Night train',
      slug: 'night-train-2026',
      description: ' About a train ',
      tags: ['Travel'],
      status: 'scheduled',
      coverImage: 'https://example.com/train.jpg',
      canonicalUrl: 'https://blog.example.com/night-train',
      language: 'de-CH',
    });
    expect(drafts.get(draft.id)).toMatchObject({
      slug: 'night-train-2026',
      slugIsCustom: true,
      description: 'About a train',
      tags: ['Travel'],
      status: 'scheduled',
      coverImage: 'https://example.com/train.jpg',
      canonicalUrl: 'https://blog.example.com/night-train',
      language: 'de-CH',
      trashedAt: null,
    });
  });

  it.each([
    [{ status: 'archived' }, 'The status must be draft, scheduled or published, not "archived"'],
    [{ coverImage: 'file:///etc/passwd' }, 'Invalid cover image: must be an http(s) address'],
    [{ canonicalUrl: 'javascript:alert(1)' }, 'Invalid canonical URL: must be an http(s) address'],
    [{ language: 'english please' }, 'Invalid language: must be a language tag like en or pt-BR'],
    [{ slug: 'Not A Slug' }, 'The slug "Not A Slug" may only hold lowercase letters, digits and single dashes'],
    [{ title: 'x'.repeat(501) }, 'Invalid title: Too big: expected string to have <=500 characters'],
  ])('refuses %j with VALIDATION, and creates nothing', (fields, message) => {
    const { drafts } = setup();
    const error = appErrorFrom(() => drafts.create({ title: 'Bad', ...(fields as object) }));
    expect(error).toMatchObject({ code: 'VALIDATION', message });
    expect(drafts.list()).toEqual([]);
  });
});

describe('drafts service: metadata on save', () => {
  it('keeps every metadata field the save leaves out', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello', slug: 'custom', description: 'D', tags: ['a', 'b'], status: 'published', coverImage: 'https://x.org/c.png', canonicalUrl: 'https://x.org/p', language: 'fr' });
    drafts.save(saveOf(draft, { doc: docWith('New text') }));
    expect(drafts.get(draft.id)).toMatchObject({ slug: 'custom', slugIsCustom: true, description: 'D', tags: ['a', 'b'], status: 'published', coverImage: 'https://x.org/c.png', canonicalUrl: 'https://x.org/p', language: 'fr' });
  });

  it('changes the fields given, each on its own', () => {
    const { drafts } = setup();
    let draft = drafts.create({ title: 'Hello' });
    const patches: Partial<DraftSave>[] = [
      { description: ' Short ' },
      { tags: ['x', ' X ', 'y'] },
      { status: 'scheduled' },
      { coverImage: 'library-assets/abc.png' },
      { canonicalUrl: 'https://example.com/hello' },
      { language: 'pt-BR' },
    ];
    for (const patch of patches) {
      drafts.save(saveOf(draft, patch));
      draft = drafts.get(draft.id);
    }
    expect(draft).toMatchObject({ description: 'Short', tags: ['x', 'y'], status: 'scheduled', coverImage: 'library-assets/abc.png', canonicalUrl: 'https://example.com/hello', language: 'pt-BR', version: 7 });
  });

  it('clears a field given as empty', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello', description: 'D', tags: ['a'], coverImage: 'https://x.org/c.png' });
    drafts.save(saveOf(draft, { description: '', tags: [], coverImage: '' }));
    expect(drafts.get(draft.id)).toMatchObject({ description: '', tags: [], coverImage: '' });
  });

  it('returns the summary with the new status', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    expect(drafts.save(saveOf(draft, { status: 'published' })).summary).toMatchObject({ status: 'published', trashedAt: null });
  });

  it('refuses bad metadata from a caller that skipped the request checks (the command line), and changes nothing', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    const error = appErrorFrom(() => drafts.save(saveOf(draft, { status: 'gone' as never })));
    expect(error.code).toBe('VALIDATION');
    expect(drafts.get(draft.id).version).toBe(1);
  });

  it('forgets a tag no draft carries any more', () => {
    const { drafts, services } = setup();
    const draft = drafts.create({ title: 'Hello', tags: ['lonely', 'shared'] });
    drafts.create({ title: 'Other', tags: ['shared'] });
    drafts.save(saveOf(draft, { tags: ['shared'] }));
    expect(services.db.prepare('SELECT name FROM tags ORDER BY name').all()).toEqual([{ name: 'shared' }]);
  });

  it('keeps the spelling a tag already has in the library', () => {
    const { drafts } = setup();
    drafts.create({ title: 'First', tags: ['Travel'] });
    const second = drafts.create({ title: 'Second' });
    drafts.save(saveOf(second, { tags: ['travel'] }));
    expect(drafts.get(second.id).tags).toEqual(['Travel']);
  });

  it('hands the saved draft to onSaved exactly as reading it back gives it', () => {
    const dataDir = tempDir('on-saved');
    const db = openDatabase(dataDir);
    try {
      const seen: Draft[] = [];
      const drafts = createDraftsService({ db, clock: createFakeClock(), onSaved: (draft) => void seen.push(draft) });
      drafts.create({ title: 'Other', tags: ['Travel'] });
      const draft = drafts.create({ title: 'Hello', tags: ['a'] });
      drafts.save(saveOf(draft, { title: 'Renamed', tags: ['travel', 'b'], status: 'published', description: 'D', doc: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H' }] }] } }));
      expect(seen).toEqual([drafts.get(draft.id)]);
    } finally {
      db.close();
    }
  });
});

describe('drafts service: slugs on save', () => {
  it('takes a custom slug, which then stays when the title changes', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    const saved = drafts.save(saveOf(draft, { slug: 'my-slug' }));
    expect(saved.summary.slug).toBe('my-slug');
    drafts.save(saveOf(drafts.get(draft.id), { title: 'Another title' }));
    expect(drafts.get(draft.id)).toMatchObject({ slug: 'my-slug', slugIsCustom: true });
  });

  it('lets the slug follow the title again when given an empty slug', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello', slug: 'custom' });
    drafts.save(saveOf(draft, { title: 'Fresh title', slug: '' }));
    expect(drafts.get(draft.id)).toMatchObject({ slug: 'fresh-title', slugIsCustom: false });
  });

  it('refuses a slug another draft has with CONFLICT naming that draft, and changes nothing', () => {
    const { drafts } = setup();
    const other = drafts.create({ title: 'Night train' });
    const draft = drafts.create({ title: 'Hello' });
    const error = appErrorFrom(() => drafts.save(saveOf(draft, { slug: 'night-train', doc: docWith('lost?') })));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`The slug "night-train" is already used by "Night train" (draft ${other.id}). Choose another one.`);
    expect(drafts.get(draft.id)).toMatchObject({ slug: 'hello', version: 1 });
  });

  it('counts a draft in the trash as having its slug (it may come back)', () => {
    const { drafts } = setup();
    const trashed = drafts.create({ title: 'Gone' });
    drafts.trash(trashed.id);
    const draft = drafts.create({ title: 'Hello' });
    expect(appErrorFrom(() => drafts.save(saveOf(draft, { slug: 'gone' }))).code).toBe('CONFLICT');
  });

  it('treats the draft\'s own slug sent back unchanged as no change (an editor may echo it)', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    drafts.save(saveOf(draft, { slug: 'hello', title: 'Goodbye' }));
    expect(drafts.get(draft.id)).toMatchObject({ slug: 'goodbye', slugIsCustom: false });
  });

  it('refuses a slug that is not a clean slug', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    expect(appErrorFrom(() => drafts.save(saveOf(draft, { slug: 'Bad slug' }))).code).toBe('VALIDATION');
  });
});

describe('drafts service: the trash', () => {
  it('moves a draft to the trash and back, without counting it as an edit', () => {
    const { drafts, clock } = setup();
    const draft = drafts.create({ title: 'Hello' });
    clock.advance(MINUTE);
    const trashed = drafts.trash(draft.id);
    expect(trashed).toMatchObject({ id: draft.id, trashedAt: clock().toISOString(), updatedAt: draft.updatedAt });
    expect(drafts.get(draft.id).version).toBe(1);
    // Trashing again changes nothing.
    clock.advance(MINUTE);
    expect(drafts.trash(draft.id).trashedAt).toBe(trashed.trashedAt);

    expect(drafts.untrash(draft.id)).toMatchObject({ id: draft.id, trashedAt: null, updatedAt: draft.updatedAt });
    expect(drafts.untrash(draft.id).trashedAt).toBeNull();
  });

  it('lists only the library, not the trash', () => {
    const { drafts } = setup();
    const keep = drafts.create({ title: 'Keep' });
    const gone = drafts.create({ title: 'Gone' });
    drafts.trash(gone.id);
    expect(drafts.list().map((d) => d.id)).toEqual([keep.id]);
    expect(drafts.get(gone.id).trashedAt).not.toBeNull();
  });

  it('refuses to delete a draft that is not in the trash (CONFLICT), and keeps it', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Precious' });
    const error = appErrorFrom(() => drafts.delete(draft.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`"Precious" (draft ${draft.id}) is not in the trash. Move it to the trash first; only drafts in the trash are deleted for good.`);
    expect(drafts.get(draft.id).id).toBe(draft.id);
  });

  it('gives NOT_FOUND for trashing, restoring or deleting a draft that does not exist', () => {
    const { drafts } = setup();
    expect(appErrorFrom(() => drafts.trash(404)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => drafts.untrash(404)).code).toBe('NOT_FOUND');
    expect(appErrorFrom(() => drafts.delete(404)).code).toBe('NOT_FOUND');
  });

  it('saves a draft that is in the trash, which stays there', () => {
    const { drafts } = setup();
    const draft = drafts.create({ title: 'Hello' });
    drafts.trash(draft.id);
    const saved = drafts.save(saveOf(draft, { doc: docWith('One last edit') }));
    expect(saved.summary.trashedAt).not.toBeNull();
    expect(drafts.get(draft.id)).toMatchObject({ excerpt: 'One last edit', version: 2 });
  });

  it('empties the trash: deletes every draft in it for good, and only those', () => {
    const { drafts, services } = setup();
    const keep = drafts.create({ title: 'Keep', tags: ['kept'] });
    const a = drafts.create({ title: 'A', tags: ['only-trash'] });
    const b = drafts.create({ title: 'B' });
    drafts.trash(a.id);
    drafts.trash(b.id);
    expect(drafts.emptyTrash()).toEqual({ deleted: 2 });
    expect(appErrorFrom(() => drafts.get(a.id)).code).toBe('NOT_FOUND');
    expect(drafts.list().map((d) => d.id)).toEqual([keep.id]);
    expect(services.db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'kept' }]);
    expect(services.db.prepare('SELECT DISTINCT draft_id AS id FROM search_chunks').all()).toEqual([{ id: keep.id }]);
    expect(drafts.emptyTrash()).toEqual({ deleted: 0 });
  });
});

describe('drafts service: one transaction per write', () => {
  it('leaves the draft, its tags and its search row as they were when any part of a save fails', () => {
    const db = openDatabase(tempDir('atomic'));
    try {
      let failing = false;
      const drafts = createDraftsService({
        db,
        clock: createFakeClock(),
        onSaved: () => {
          if (failing) throw new Error('the last step of the save failed');
        },
      });
      const draft = drafts.create({ title: 'Hello', doc: docWith('Before') });
      const searchRow = () => createSearchIndex(db).get(draft.id);
      const indexedBefore = searchRow();
      failing = true;
      expect(() => drafts.save(saveOf(draft, { title: 'After', tags: ['t'], doc: docWith('After') }))).toThrow('the last step of the save failed');
      expect(drafts.get(draft.id)).toEqual(draft);
      expect(searchRow()).toEqual(indexedBefore);
      expect(db.prepare('SELECT COUNT(*) AS n FROM tags').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
