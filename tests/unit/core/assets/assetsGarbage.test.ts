import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { referencedAssetHashes, assetHashesInDrafts } from '../../../../src/main/core/assets/assetReferences';
import { assetFilePath } from '../../../../src/main/core/assets/assetNames';
import { createAssetsService, GC_GRACE_MS } from '../../../../src/main/core/assets/assetsService';
import { TEMP_PREFIX } from '../../../../src/main/core/assets/writeAssetFile';
import { docOf, paragraph } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';
import { GIF_1X1, JPEG_5X4, PNG_3X2, WEBP_LOSSY_4X3 } from './testImages';

const openServices = useServices();
const HOUR = 60 * 60 * 1000;

const imageDoc = (...srcs: string[]): JSONContent => docOf(paragraph('Pictures:'), ...srcs.map((src) => ({ type: 'image', attrs: { src, alt: 'a picture' } })));

/**
 * The real services, with an assets service whose revision source the test controls: the
 * revisions service (another module) will supply it in services.ts.
 */
function setup() {
  const { services, clock, dataDir } = openServices();
  const revisionHashes = new Set<string>();
  const assets = createAssetsService({
    db: services.db,
    dataDir,
    clock,
    referencedHashes: referencedAssetHashes(services.db, { revisions: () => revisionHashes }),
  });
  const exists = (src: string): boolean => {
    const [, name = ''] = src.split('/');
    const [hash = '', ext = ''] = name.split('.');
    return fs.existsSync(assetFilePath(assets.dir, hash, ext as 'png')) && assets.get(hash) !== undefined;
  };
  return { services, clock, assets, revisionHashes, exists };
}

describe('assets.collectGarbage', () => {
  it('keeps what drafts and revisions use, and removes the rest once a day has passed', () => {
    const { services, clock, assets, revisionHashes, exists } = setup();
    const inBody = assets.import({ fileName: 'body.png', bytes: PNG_3X2 });
    const inRevision = assets.import({ fileName: 'old.jpg', bytes: JPEG_5X4 });
    const inText = assets.import({ fileName: 'cover.gif', bytes: GIF_1X1 });
    const unused = assets.import({ fileName: 'unused.webp', bytes: WEBP_LOSSY_4X3 });
    services.drafts.create({ title: 'With a picture', doc: imageDoc(inBody.src, 'https://example.com/web.png') });
    // Any text field of a draft counts (the cover image field, once drafts have one, is such a field).
    services.drafts.create({ title: 'Described', description: `See ${inText.src}` });
    revisionHashes.add(inRevision.hash);

    clock.advance(GC_GRACE_MS + 1);
    const report = assets.collectGarbage();

    expect(report).toEqual({ deletedAssets: 1, deletedOrphanFiles: 0, freedBytes: WEBP_LOSSY_4X3.length });
    expect([inBody, inRevision, inText].map((a) => exists(a.src))).toEqual([true, true, true]);
    expect(exists(unused.src)).toBe(false);
    expect(fs.existsSync(assetFilePath(assets.dir, unused.hash, 'webp'))).toBe(false);
    expect(assets.list().map((a) => a.hash).sort()).toEqual([inBody.hash, inRevision.hash, inText.hash].sort());
  });

  it('never removes an image imported in the last 24 hours, even one no draft uses yet', () => {
    const { clock, assets, exists } = setup();
    const pasted = assets.import({ fileName: 'pasted.png', bytes: PNG_3X2 });
    clock.advance(GC_GRACE_MS - 1);
    expect(assets.collectGarbage()).toEqual({ deletedAssets: 0, deletedOrphanFiles: 0, freedBytes: 0 });
    clock.advance(1); // exactly a day: still spared
    expect(assets.collectGarbage().deletedAssets).toBe(0);
    expect(exists(pasted.src)).toBe(true);
    clock.advance(1);
    expect(assets.collectGarbage().deletedAssets).toBe(1);
    expect(exists(pasted.src)).toBe(false);
  });

  it('counts the day from the last import of the same picture, not the first', () => {
    const { clock, assets, exists } = setup();
    const first = assets.import({ fileName: 'a.png', bytes: PNG_3X2 });
    clock.advance(10 * 24 * HOUR);
    assets.import({ fileName: 'pasted again.png', bytes: PNG_3X2 });
    clock.advance(HOUR);
    expect(assets.collectGarbage().deletedAssets).toBe(0);
    expect(exists(first.src)).toBe(true);
  });

  it('collects the image of a deleted draft, and keeps one still used by another draft', () => {
    const { services, clock, assets, exists } = setup();
    const shared = assets.import({ fileName: 'shared.png', bytes: PNG_3X2 });
    const own = assets.import({ fileName: 'own.gif', bytes: GIF_1X1 });
    const doomed = services.drafts.create({ title: 'Doomed', doc: imageDoc(shared.src, own.src) });
    services.drafts.create({ title: 'Keeper', doc: imageDoc(shared.src) });
    clock.advance(2 * GC_GRACE_MS);
    expect(assets.collectGarbage().deletedAssets).toBe(0);

    services.db.prepare('DELETE FROM drafts WHERE id = ?').run(doomed.id);
    expect(assets.collectGarbage().deletedAssets).toBe(1);
    expect(exists(shared.src)).toBe(true);
    expect(exists(own.src)).toBe(false);
  });

  it('removes old files the table does not know (a crash between file and row), and stale temporary files', () => {
    const { services, clock, assets } = setup();
    const kept = assets.import({ fileName: 'kept.png', bytes: PNG_3X2 });
    services.drafts.create({ title: 'Keeps it', doc: imageDoc(kept.src) });
    clock.advance(2 * GC_GRACE_MS);
    const old = new Date(clock().getTime() - GC_GRACE_MS - HOUR);
    const recent = new Date(clock().getTime() - HOUR);
    const place = (name: string, content: Buffer | string, mtime: Date): string => {
      const file = path.join(assets.dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      fs.utimesSync(file, mtime, mtime);
      return file;
    };
    const orphanHash = crypto.createHash('sha256').update(JPEG_5X4).digest('hex');
    const oldOrphan = place(`${orphanHash.slice(0, 2)}/${orphanHash}.jpg`, JPEG_5X4, old);
    const inFlight = place(`${'b'.repeat(2)}/${'b'.repeat(64)}.gif`, GIF_1X1, recent);
    const staleTemp = place(`${kept.hash.slice(0, 2)}/${TEMP_PREFIX}1234.tmp`, 'half a picture', old);
    const freshTemp = place(`${kept.hash.slice(0, 2)}/${TEMP_PREFIX}5678.tmp`, 'being written', recent);
    // The kept asset's bytes under another extension: not the file its row names.
    const wrongExt = place(`${kept.hash.slice(0, 2)}/${kept.hash}.gif`, PNG_3X2, old);
    // Not names the library writes: never touched.
    const foreign = [
      place('notes.txt', 'mine', old),
      place(`${'c'.repeat(2)}/readme.md`, 'mine', old),
      place(`${'c'.repeat(2)}/${'d'.repeat(64)}.png`, 'wrong shard', old),
      place(`${'e'.repeat(2)}/${'E'.repeat(64)}.png`, 'upper case', old),
    ];

    const report = assets.collectGarbage();

    expect(report).toEqual({ deletedAssets: 0, deletedOrphanFiles: 3, freedBytes: JPEG_5X4.length + 'half a picture'.length + PNG_3X2.length });
    expect([oldOrphan, staleTemp, wrongExt].filter((file) => fs.existsSync(file))).toEqual([]);
    expect([inFlight, freshTemp, ...foreign].every((file) => fs.existsSync(file))).toBe(true);
    expect(fs.readFileSync(assetFilePath(assets.dir, kept.hash, 'png'))).toEqual(PNG_3X2);
  });

  it('does nothing, and says why, while a revisions table exists but no revision source is wired', () => {
    const { services, clock, dataDir } = openServices();
    services.db.exec('CREATE TABLE IF NOT EXISTS revisions (id INTEGER PRIMARY KEY)');
    const assets = createAssetsService({ db: services.db, dataDir, clock, referencedHashes: referencedAssetHashes(services.db) });
    const unused = assets.import({ fileName: 'unused.png', bytes: PNG_3X2 });
    clock.advance(2 * GC_GRACE_MS);
    expect(() => assets.collectGarbage()).toThrow(/needs the hashes that revisions use/);
    expect(assets.get(unused.hash)).toBeDefined();
    expect(fs.existsSync(assetFilePath(assets.dir, unused.hash, 'png'))).toBe(true);
  });

  it('works on a library that never had an image', () => {
    const { assets } = setup();
    expect(assets.collectGarbage()).toEqual({ deletedAssets: 0, deletedOrphanFiles: 0, freedBytes: 0 });
  });
});

describe('assetHashesInDrafts', () => {
  it('finds every library image a draft names, once, and nothing else', () => {
    const { services, assets } = setup();
    const a = assets.import({ fileName: 'a.png', bytes: PNG_3X2 });
    const b = assets.import({ fileName: 'b.gif', bytes: GIF_1X1 });
    services.drafts.create({ title: 'One', doc: imageDoc(a.src, b.src, a.src) });
    services.drafts.create({ title: 'Two', doc: imageDoc(b.src, 'https://example.com/library-assets/x.png') });
    services.drafts.create({ title: 'Plain', doc: docOf(paragraph('no pictures, though it mentions library-assets/ in words')) });
    expect(assetHashesInDrafts(services.db)).toEqual(new Set([a.hash, b.hash]));
  });
});

describe('garbage collection in the composed services', () => {
  it('keeps an image that only a named revision still shows, and collects it once no one does', () => {
    const { services, clock } = openServices();
    const png = services.assets.import({ fileName: 'view.png', bytes: PNG_3X2 });
    const draft = services.drafts.create({ title: 'Trip', doc: imageDoc(png.src) });
    services.revisions.saveNamed(draft.id, 'With the picture');
    const current = services.drafts.get(draft.id);
    services.drafts.save({ id: draft.id, baseVersion: current.version, title: 'Trip', author: '', date: current.date, doc: docOf(paragraph('No picture now.')) });
    clock.advance(2 * GC_GRACE_MS);

    expect(services.assets.collectGarbage().deletedAssets).toBe(0);
    expect(services.assets.get(png.hash)).toBeDefined();

    // Deleting the draft takes its revisions with it; then nothing shows the picture.
    services.db.prepare('DELETE FROM drafts WHERE id = ?').run(draft.id);
    expect(services.assets.collectGarbage().deletedAssets).toBe(1);
    expect(services.assets.get(png.hash)).toBeUndefined();
  });
});
