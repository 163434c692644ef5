import path from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  assetFilePath,
  assetHashesIn,
  assetSrc,
  parseAssetFileName,
  parseAssetSrc,
  matchAssetRequestPath,
} from '../../../../src/main/core/assets/assetNames';

const HASH = '0f'.repeat(32);
const assetsDir = path.join(path.sep, 'library', 'assets');

describe('asset names', () => {
  it('gives an asset the relative src library-assets/<hash>.<ext>, and reads it back', () => {
    expect(assetSrc(HASH, 'png')).toBe(`library-assets/${HASH}.png`);
    expect(parseAssetSrc(`library-assets/${HASH}.png`)).toEqual({ hash: HASH, ext: 'png', mimeType: 'image/png' });
    expect(parseAssetSrc(`library-assets/${HASH}.jpg`)).toEqual({ hash: HASH, ext: 'jpg', mimeType: 'image/jpeg' });
  });

  it('reads nothing else as an asset', () => {
    for (const src of [
      `/library-assets/${HASH}.png`,
      `https://example.com/library-assets/${HASH}.png`,
      `library-assets/${HASH}.svg`,
      `library-assets/${HASH}.PNG`,
      `library-assets/${HASH.toUpperCase()}.png`,
      `library-assets/${HASH.slice(1)}.png`,
      `library-assets/${HASH}.png?x=1`,
      `library-assets/../${HASH}.png`,
      `library-assets/0f/${HASH}.png`,
    ]) {
      expect(parseAssetSrc(src), src).toBeNull();
    }
    expect(parseAssetFileName(`${HASH}.png.exe`)).toBeNull();
  });

  it('shards files by the first two hex digits of the hash', () => {
    expect(assetFilePath(assetsDir, HASH, 'webp')).toBe(path.join(assetsDir, '0f', `${HASH}.webp`));
  });

  it('finds asset hashes inside any text, such as Tiptap JSON', () => {
    const other = 'a1'.repeat(32);
    const json = JSON.stringify({ type: 'image', attrs: { src: `library-assets/${HASH}.png` } }) + `library-assets/${other}.avif"`;
    expect(assetHashesIn(json)).toEqual(new Set([HASH, other]));
    expect(assetHashesIn(`library-assets/${HASH}.pngx library-assets/${HASH}.svg`)).toEqual(new Set());
  });
});

describe('matchAssetRequestPath', () => {
  it('reads /library-assets/<hash>.<ext> as the asset it names, with its Content-Type', () => {
    expect(matchAssetRequestPath(`/library-assets/${HASH}.gif`)).toEqual({ hash: HASH, ext: 'gif', mimeType: 'image/gif' });
  });

  it('leaves other paths to the caller', () => {
    expect(matchAssetRequestPath('/index.html')).toBeNull();
    expect(matchAssetRequestPath('/assets/index.js')).toBeNull();
    expect(matchAssetRequestPath('/library-assetsX/a.png')).toBeNull();
  });

  it('answers not-found for anything under /library-assets/ that is not exactly an asset name', () => {
    for (const pathname of [
      '/library-assets',
      '/library-assets/',
      `/library-assets/${HASH}.svg`,
      `/library-assets/${HASH}.png/`,
      `/library-assets/0f/${HASH}.png`,
      `/library-assets/..%2f..%2flibrary.sqlite`,
      `/library-assets/%2e%2e/${HASH}.png`,
      `/library-assets/${HASH.slice(0, 63)}%41.png`,
    ]) {
      expect(matchAssetRequestPath(pathname), pathname).toBe('not-found');
    }
  });
});
