import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { MANIFEST_FILE } from '../../../../src/main/core/site/siteManifest';
import { createSiteService } from '../../../../src/main/core/site/siteService';
import type { PostStatus } from '../../../../src/shared/draft';
import { docWith } from '../../helpers/docs';
import { listFiles, readSite, useSiteLibrary, type SiteLibrary } from './siteFixture';

const openSite = useSiteLibrary();

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed by its seed. */
function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, some: <T,>(items: readonly T[]): T[] => items.filter(() => next() < 0.3) };
}

// Few words and tags, so slugs and tag folders collide ("C++" and "C#" both want "c").
const WORDS = ['Harbor', 'Lantern', 'Notes', 'Compass', 'Index'];
const TAGS = ['Alpha', 'beta', 'C++', 'C#', 'Go', 'Field Notes'];
const DAY = 24 * 60 * 60 * 1000;

/** Every file of a site folder with its bytes, the record of the export compared by its content. */
function snapshot(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => {
      if (file !== MANIFEST_FILE) return [file, readSite(root, file)];
      const { files, uses } = JSON.parse(readSite(root, file)) as { files: Record<string, string>; uses: Record<string, string[]> };
      return [file, JSON.stringify([Object.entries(files).sort(), Object.entries(uses).sort()])];
    }),
  );
}

/** One random change to the library, as the app or the command line could make it; `trashed` lists the drafts in the trash. */
function change(site: SiteLibrary, random: ReturnType<typeof randomOf>, trashed: Set<number>): void {
  const { drafts, tags } = site.services;
  const all = drafts.list();
  const today = new Date(site.clock().getTime());
  const dateIn = (days: number): string => new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);
  const anyId = (): number | undefined => (all.length ? random.pick(all).id : undefined);
  const edit = (changes: Parameters<SiteLibrary['edit']>[1]): void => {
    const id = anyId();
    if (id !== undefined) site.edit(id, changes);
  };
  const operation = random.pick(['create', 'create', 'body', 'title', 'slug', 'date', 'tags', 'status', 'trash', 'untrash', 'delete', 'renameTag', 'cover', 'day']);
  switch (operation) {
    case 'create':
      site.publish(`${random.pick(WORDS)} ${random.pick(WORDS)}`, {
        date: dateIn(Math.floor(random.next() * 20) - 15),
        tags: random.some(TAGS),
        status: random.pick<PostStatus>(['published', 'published', 'scheduled', 'draft']),
        doc: docWith(`Body ${random.next()}`),
      });
      break;
    case 'body':
      edit({ doc: docWith(`New body ${random.next()}`) });
      break;
    case 'title':
      edit({ title: `${random.pick(WORDS)} ${random.pick(WORDS)}` });
      break;
    case 'slug': {
      // A custom slug another post has is refused (CONFLICT): then nothing changes.
      const slug = random.next() < 0.3 ? '' : random.pick(WORDS).toLowerCase();
      const owner = all.find((draft) => draft.slug === slug);
      if (slug === '' || !owner) edit({ slug });
      break;
    }
    case 'date':
      edit({ date: dateIn(Math.floor(random.next() * 20) - 15) });
      break;
    case 'tags':
      edit({ tags: random.some(TAGS) });
      break;
    case 'status':
      edit({ status: random.pick<PostStatus>(['published', 'scheduled', 'draft']) });
      break;
    case 'trash': {
      const id = anyId();
      if (id !== undefined) trashed.add(drafts.trash(id).id);
      break;
    }
    case 'untrash':
    case 'delete': {
      if (trashed.size === 0) break;
      const id = random.pick([...trashed]);
      trashed.delete(id);
      if (operation === 'untrash') drafts.untrash(id);
      else drafts.delete(id);
      break;
    }
    case 'renameTag': {
      const names = tags.list().map((tag) => tag.name);
      if (names.length) tags.rename(random.pick(names), random.pick([...TAGS, 'Gamma']));
      break;
    }
    case 'cover':
      edit({ coverImage: random.next() < 0.5 ? '' : `https://images.example.com/${Math.floor(random.next() * 3)}.jpg` });
      break;
    case 'day':
      // Scheduled posts come due; the sitemap's days move.
      site.clock.advance(DAY);
      break;
  }
  // Every change at its own instant, as a writer makes them.
  site.clock.advance(1000);
}

describe('exporting again after any changes', () => {
  it.each([1, 2, 3, 4, 5, 6])('gives the same folder as a fresh export, byte for byte (seed %i)', (seed) => {
    const site = openSite();
    site.services.site.updateConfig({ postsPerPage: 2 });
    const random = randomOf(seed);
    const trashed = new Set<number>();
    for (let i = 0; i < 8; i += 1) change(site, random, trashed);
    const parent = site.tempDir('sites');
    const outDir = path.join(parent, 'site');
    fs.writeFileSync(path.join(parent, 'notes.txt'), 'mine');
    site.exportTo(outDir);

    for (let round = 0; round < 15; round += 1) {
      for (let i = Math.floor(random.next() * 3); i >= 0; i -= 1) change(site, random, trashed);
      site.exportTo(outDir);
      // The same library exported by a service of its own (nothing remembered) into an empty folder.
      const { db, drafts, assets } = site.services;
      const fresh = path.join(site.tempDir('fresh'), 'site');
      createSiteService({ db, drafts, assets, clock: site.clock }).exportSiteSync({ outDir: fresh });

      expect(snapshot(outDir), `round ${round}`).toEqual(snapshot(fresh));
    }
    expect(fs.readdirSync(parent).sort()).toEqual(['notes.txt', 'site']);
    expect(fs.readFileSync(path.join(parent, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
