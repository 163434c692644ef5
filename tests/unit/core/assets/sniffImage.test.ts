import { describe, it, expect } from 'vitest';
import { sniffImage } from '../../../../src/main/core/assets/sniffImage';
import {
  AVIF_8X6,
  GIF_1X1,
  isoImageHeader,
  JPEG_5X4,
  JPEG_ROTATED_5X4,
  PNG_3X2,
  simpleWebp,
  SVG_WITH_SCRIPT,
  WEBP_LOSSLESS_6X7,
  WEBP_LOSSY_4X3,
} from './testImages';

describe('sniffImage', () => {
  it('knows each accepted type by its bytes and reads its size', () => {
    expect(sniffImage(PNG_3X2)).toEqual({ kind: 'image', image: { ext: 'png', width: 3, height: 2 } });
    expect(sniffImage(JPEG_5X4)).toEqual({ kind: 'image', image: { ext: 'jpg', width: 5, height: 4 } });
    expect(sniffImage(GIF_1X1)).toEqual({ kind: 'image', image: { ext: 'gif', width: 1, height: 1 } });
    expect(sniffImage(WEBP_LOSSY_4X3)).toEqual({ kind: 'image', image: { ext: 'webp', width: 4, height: 3 } });
    expect(sniffImage(WEBP_LOSSLESS_6X7)).toEqual({ kind: 'image', image: { ext: 'webp', width: 6, height: 7 } });
    expect(sniffImage(AVIF_8X6)).toEqual({ kind: 'image', image: { ext: 'avif', width: 8, height: 6 } });
  });

  it('reads simple-format WebP, lossy and lossless', () => {
    expect(sniffImage(simpleWebp(WEBP_LOSSY_4X3, 'VP8 '))).toEqual({ kind: 'image', image: { ext: 'webp', width: 4, height: 3 } });
    expect(sniffImage(simpleWebp(WEBP_LOSSLESS_6X7, 'VP8L'))).toEqual({ kind: 'image', image: { ext: 'webp', width: 6, height: 7 } });
  });

  it('takes AVIF named only among the compatible brands, and AVIF sequences', () => {
    expect(sniffImage(isoImageHeader('mif1', ['mif1', 'avif'], 2, 3))).toEqual({ kind: 'image', image: { ext: 'avif', width: 2, height: 3 } });
    expect(sniffImage(isoImageHeader('avis', ['avis', 'msf1'], 4, 4))).toEqual({ kind: 'image', image: { ext: 'avif', width: 4, height: 4 } });
  });

  it('refuses other ISO-BMFF files: HEIC photos and MP4 video', () => {
    expect(sniffImage(isoImageHeader('heic', ['mif1', 'heic'], 4, 4))).toEqual({ kind: 'unknown' });
    expect(sniffImage(isoImageHeader('isom', ['isom', 'mp41'], 4, 4))).toEqual({ kind: 'unknown' });
  });

  it('gives the size a browser shows for a JPEG turned by its EXIF orientation', () => {
    expect(sniffImage(JPEG_ROTATED_5X4)).toEqual({ kind: 'image', image: { ext: 'jpg', width: 4, height: 5 } });
  });

  it('calls SVG by its name, however it starts, so the refusal can say why', () => {
    expect(sniffImage(SVG_WITH_SCRIPT)).toEqual({ kind: 'svg' });
    expect(sniffImage(Buffer.from('\ufeff  <svg viewBox="0 0 1 1"></svg>'))).toEqual({ kind: 'svg' });
    expect(sniffImage(Buffer.from('<!-- logo --><SVG\nxmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ kind: 'svg' });
  });

  it('knows nothing else: text, HTML, PDF, BMP, empty input', () => {
    for (const bytes of [
      Buffer.from('just some notes'),
      Buffer.from('<!doctype html><img src=x onerror=alert(1)>'),
      Buffer.from('%PDF-1.7\n'),
      Buffer.from('BM\x3a\0\0\0\0\0\0\0\x36\0\0\0', 'latin1'),
      Buffer.alloc(0),
    ]) {
      expect(sniffImage(bytes), bytes.toString('latin1')).toEqual({ kind: 'unknown' });
    }
  });

  it('calls a file damaged when its signature is right but its size cannot be read', () => {
    expect(sniffImage(PNG_3X2.subarray(0, 18))).toEqual({ kind: 'damaged', ext: 'png' });
    expect(sniffImage(Buffer.from('GIF89a'))).toEqual({ kind: 'damaged', ext: 'gif' });
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))).toEqual({ kind: 'damaged', ext: 'jpg' });
    expect(sniffImage(AVIF_8X6.subarray(0, 40))).toEqual({ kind: 'damaged', ext: 'avif' });
    // A zero-sized picture is no picture.
    const zeroWide = Buffer.from(PNG_3X2);
    zeroWide.writeUInt32BE(0, 16);
    expect(sniffImage(zeroWide)).toEqual({ kind: 'damaged', ext: 'png' });
  });

  it('reads a picture inside a larger buffer (a Buffer from the shared pool)', () => {
    const pooled = Buffer.from(Buffer.concat([Buffer.from('xxxx'), GIF_1X1]).toString('base64'), 'base64').subarray(4);
    expect(pooled.byteOffset).toBeGreaterThan(0);
    expect(sniffImage(pooled)).toEqual({ kind: 'image', image: { ext: 'gif', width: 1, height: 1 } });
  });
});
