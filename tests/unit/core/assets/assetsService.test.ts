import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { ASSET_MIME_TYPES, assetFilePath } from '../../../../src/main/core/assets/assetNames';
import { MAX_ASSET_BYTES } from '../../../../src/main/core/assets/assetsService';
import { appErrorFrom } from '../../helpers/appError';
import { useServices } from '../../helpers/testServices';
import { AVIF_8X6, GIF_1X1, JPEG_5X4, PNG_3X2, SVG_WITH_SCRIPT, WEBP_LOSSY_4X3 } from './testImages';

const openServices = useServices();
const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');
const ACCEPTED = 'is not a PNG, JPEG, GIF, WebP or AVIF image';

/** Every file under the assets folder, relative, sorted (temporary files included). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(dir, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

describe('assets.import', () => {
  it('copies a PNG into the library under its SHA-256 and says how to use it', () => {
    const { services, dataDir } = openServices();
    const hash = sha256(PNG_3X2);
    const imported = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });

    expect(imported).toEqual({
      src: `library-assets/${hash}.png`,
      hash,
      mimeType: 'image/png',
      bytes: PNG_3X2.length,
      width: 3,
      height: 2,
    });
    const file = path.join(dataDir, 'assets', hash.slice(0, 2), `${hash}.png`);
    expect(fs.readFileSync(file)).toEqual(PNG_3X2);
    expect(filesUnder(services.assets.dir)).toEqual([`${hash.slice(0, 2)}/${hash}.png`]);
    expect(services.assets.get(hash)).toMatchObject({ originalName: 'dot.png', ext: 'png', width: 3, height: 2 });
  });

  it('stores each accepted type under its own extension and MIME type', () => {
    const { services } = openServices();
    const cases = [
      { bytes: PNG_3X2, ext: 'png', width: 3, height: 2 },
      { bytes: JPEG_5X4, ext: 'jpg', width: 5, height: 4 },
      { bytes: GIF_1X1, ext: 'gif', width: 1, height: 1 },
      { bytes: WEBP_LOSSY_4X3, ext: 'webp', width: 4, height: 3 },
      { bytes: AVIF_8X6, ext: 'avif', width: 8, height: 6 },
    ] as const;
    for (const { bytes, ext, width, height } of cases) {
      const imported = services.assets.import({ fileName: `picture.${ext}`, bytes });
      expect(imported, ext).toMatchObject({ src: `library-assets/${sha256(bytes)}.${ext}`, mimeType: ASSET_MIME_TYPES[ext], width, height });
      expect(fs.readFileSync(assetFilePath(services.assets.dir, imported.hash, ext)), ext).toEqual(bytes);
    }
    expect(services.assets.list()).toHaveLength(cases.length);
  });

  it('keeps one file and one row for the same bytes imported twice, under any name', () => {
    const { services, clock } = openServices();
    const first = services.assets.import({ fileName: 'first.png', bytes: PNG_3X2 });
    const firstRow = services.assets.get(first.hash);
    clock.advance(60_000);
    const second = services.assets.import({ fileName: 'copy of first.png', bytes: Buffer.from(PNG_3X2) });

    expect(second).toEqual(first);
    expect(filesUnder(services.assets.dir)).toHaveLength(1);
    expect(services.assets.list()).toHaveLength(1);
    // The first import names it; the second only says it is in use again.
    expect(services.assets.get(first.hash)).toEqual({ ...firstRow, lastImportedAt: clock().toISOString() });
  });

  it('decides the type from the bytes, not from the name', () => {
    const { services } = openServices();
    expect(services.assets.import({ fileName: 'notes.txt', bytes: PNG_3X2 })).toMatchObject({ mimeType: 'image/png' });
    expect(services.assets.import({ fileName: 'photo.png', bytes: JPEG_5X4 }).src).toMatch(/\.jpg$/);
  });

  it('refuses a file that is not an image, whatever it is called, and stores nothing', () => {
    const { services } = openServices();
    const error = appErrorFrom(() => services.assets.import({ fileName: 'photo.png', bytes: Buffer.from('<html>not a picture</html>') }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(`"photo.png" ${ACCEPTED}`);
    expect(filesUnder(services.assets.dir)).toEqual([]);
    expect(services.assets.list()).toEqual([]);
  });

  it('refuses SVG, saying why, and stores nothing', () => {
    const { services } = openServices();
    const error = appErrorFrom(() => services.assets.import({ fileName: 'logo.svg', bytes: SVG_WITH_SCRIPT }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(`"logo.svg" ${ACCEPTED}`);
    expect(error.message).toContain('SVG is not accepted because it can carry scripts');
    expect(filesUnder(services.assets.dir)).toEqual([]);
    expect(services.assets.list()).toEqual([]);
  });

  it('refuses a damaged image, an empty file and one over 25 MB', () => {
    const { services } = openServices();
    const damaged = appErrorFrom(() => services.assets.import({ fileName: 'cut.png', bytes: PNG_3X2.subarray(0, 20) }));
    expect(damaged).toMatchObject({ code: 'VALIDATION', message: '"cut.png" looks damaged: its PNG header gives no picture size' });
    expect(appErrorFrom(() => services.assets.import({ fileName: 'empty.png', bytes: Buffer.alloc(0) }))).toMatchObject({
      code: 'VALIDATION',
      message: '"empty.png" is empty',
    });
    const huge = Buffer.alloc(MAX_ASSET_BYTES + 1);
    PNG_3X2.copy(huge);
    expect(appErrorFrom(() => services.assets.import({ fileName: 'huge.png', bytes: huge }))).toMatchObject({
      code: 'VALIDATION',
      message: '"huge.png" is larger than 25 MB',
    });
    expect(filesUnder(services.assets.dir)).toEqual([]);
    expect(services.assets.list()).toEqual([]);
  });

  it('takes exactly 25 MB', () => {
    const { services } = openServices();
    const largest = Buffer.alloc(MAX_ASSET_BYTES);
    PNG_3X2.copy(largest);
    expect(services.assets.import({ fileName: 'large.png', bytes: largest })).toMatchObject({ bytes: MAX_ASSET_BYTES, width: 3 });
  });

  it('names a file without a name "The file", and keeps control characters out of messages and rows', () => {
    const { services } = openServices();
    expect(appErrorFrom(() => services.assets.import({ fileName: '  ', bytes: Buffer.from('x') })).message).toBe(`The file ${ACCEPTED}`);
    expect(appErrorFrom(() => services.assets.import({ fileName: 'a\nb\u0000.png', bytes: Buffer.from('x') })).message).toBe(`"a b .png" ${ACCEPTED}`);
    const { hash } = services.assets.import({ fileName: 'line\r\nbreak.png', bytes: PNG_3X2 });
    expect(services.assets.get(hash)?.originalName).toBe('line break.png');
  });

  it('leaves neither file nor row when recording the row fails', () => {
    const { services } = openServices();
    // A real SQLite failure at the insert, the way a full disk or a broken file would fail it.
    services.db.exec("CREATE TRIGGER refuse_assets BEFORE INSERT ON assets BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    expect(() => services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 })).toThrow('disk I/O error');
    expect(filesUnder(services.assets.dir)).toEqual([]);
    expect(services.assets.list()).toEqual([]);
  });

  it('leaves neither file nor row when writing the file fails, and says so as IO', () => {
    const { services } = openServices();
    const hash = sha256(PNG_3X2);
    // The shard folder cannot be made: a file stands where it should be.
    fs.mkdirSync(services.assets.dir, { recursive: true });
    fs.writeFileSync(path.join(services.assets.dir, hash.slice(0, 2)), 'in the way');
    const error = appErrorFrom(() => services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 }));
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/^Cannot copy "dot\.png" into the library: /);
    expect(filesUnder(services.assets.dir)).toEqual([hash.slice(0, 2)]);
    expect(services.assets.list()).toEqual([]);
  });

  it('keeps an earlier complete file when recording fails (it is not this import\'s to remove)', () => {
    const { services } = openServices();
    const { hash } = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    services.db.prepare('DELETE FROM assets').run(); // as if a crash had lost the row
    services.db.exec("CREATE TRIGGER refuse_assets BEFORE INSERT ON assets BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    expect(() => services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 })).toThrow('disk I/O error');
    expect(filesUnder(services.assets.dir)).toEqual([`${hash.slice(0, 2)}/${hash}.png`]);
  });

  it('writes the file again when it went missing or was cut short', () => {
    const { services } = openServices();
    const { hash } = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const file = assetFilePath(services.assets.dir, hash, 'png');
    fs.rmSync(file);
    services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    expect(fs.readFileSync(file)).toEqual(PNG_3X2);
    fs.writeFileSync(file, PNG_3X2.subarray(0, 10));
    services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    expect(fs.readFileSync(file)).toEqual(PNG_3X2);
    expect(filesUnder(services.assets.dir)).toEqual([`${hash.slice(0, 2)}/${hash}.png`]);
  });
});

describe('assets.importBase64', () => {
  it('decodes the bytes and ignores the claimed MIME type', () => {
    const { services } = openServices();
    const imported = services.assets.importBase64({ fileName: 'x.gif', mimeType: 'image/svg+xml', dataBase64: GIF_1X1.toString('base64') });
    expect(imported).toMatchObject({ hash: sha256(GIF_1X1), mimeType: 'image/gif', width: 1, height: 1 });
  });

  it('refuses data that is not base64 (a data: URL, stray characters) instead of decoding part of it', () => {
    const { services } = openServices();
    for (const dataBase64 of [`data:image/png;base64,${PNG_3X2.toString('base64')}`, `${PNG_3X2.toString('base64')}!`, 'abcde']) {
      const error = appErrorFrom(() => services.assets.importBase64({ fileName: 'dot.png', mimeType: 'image/png', dataBase64 }));
      expect(error).toMatchObject({ code: 'VALIDATION', message: '"dot.png" did not arrive intact (its data is not valid base64)' });
    }
    expect(services.assets.list()).toEqual([]);
  });
});

describe('assets.dataUrlOf', () => {
  it('gives a stored asset as a data: URL of its type', () => {
    const { services } = openServices();
    const { src } = services.assets.import({ fileName: 'a.webp', bytes: WEBP_LOSSY_4X3 });
    expect(services.assets.dataUrlOf(src)).toBe(`data:image/webp;base64,${WEBP_LOSSY_4X3.toString('base64')}`);
  });

  it('is null for other URLs and for an asset whose file is gone', () => {
    const { services } = openServices();
    expect(services.assets.dataUrlOf('https://example.com/a.png')).toBeNull();
    expect(services.assets.dataUrlOf(`library-assets/${'a'.repeat(64)}.png`)).toBeNull();
    expect(services.assets.dataUrlOf(`library-assets/../../${'a'.repeat(64)}.png`)).toBeNull();
  });
});
