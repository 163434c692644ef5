/**
 * Tiny real images for the asset tests. PNG, JPEG and WebP were drawn on a canvas and encoded
 * by Chromium (toDataURL); the GIF is the classic 1x1 pixel; the AVIF and the EXIF-rotated
 * JPEG are hand-built headers (no encoder for them here), which is all the library reads.
 */
const fromBase64 = (text: string): Buffer => Buffer.from(text, 'base64');

/** 3 x 2 pixels. */
export const PNG_3X2 = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAGElEQVR4AWKSV9b4v8VdG4yZpqowM8AAAAAA//82ci+pAAAABklEQVQDAHMpBnT5RgvQAAAAAElFTkSuQmCC',
);

/** 5 x 4 pixels, baseline, with Chromium's ICC profile. */
export const JPEG_5X4 = fromBase64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAEAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAXEAEBAQEAAAAAAAAAAAAAAAABABEx/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAADA4EkgLb//2Q==',
);

/** 4 x 3 pixels, lossy, extended format (VP8X with an ICC profile, then a VP8 chunk). */
export const WEBP_LOSSY_4X3 = fromBase64(
  'UklGRhwCAABXRUJQVlA4WAoAAAAgAAAAAwAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggLgAAAJABAJ0BKgQAAwACwEwlqAJ0ugADmAD+55H/RhJ+L79CjZRKpf/EOdDnQ5kkAAA=',
);

/** 6 x 7 pixels, lossless, extended format (VP8X, then a VP8L chunk). */
export const WEBP_LOSSLESS_6X7 = fromBase64(
  'UklGRgoCAABXRUJQVlA4WAoAAAAgAAAABQAABgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDhMHAAAAC8FgAEAD/ARkn9UEmTbhrZd5vMf/IP7/ET0P/w=',
);

/** The same picture in the simple format: RIFF/WEBP around its one image chunk alone. */
export function simpleWebp(extended: Buffer, chunkId: 'VP8 ' | 'VP8L'): Buffer {
  let at = 12;
  while (at + 8 <= extended.length) {
    const id = extended.toString('latin1', at, at + 4);
    const size = extended.readUInt32LE(at + 4);
    const chunk = extended.subarray(at, at + 8 + size + (size % 2));
    if (id === chunkId) {
      const header = Buffer.alloc(12);
      header.write('RIFF', 0, 'latin1');
      header.writeUInt32LE(4 + chunk.length, 4);
      header.write('WEBP', 8, 'latin1');
      return Buffer.concat([header, chunk]);
    }
    at += chunk.length;
  }
  throw new Error(`no ${chunkId} chunk`);
}

/** 1 x 1 pixel. */
export const GIF_1X1 = fromBase64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7');

const box = (type: string, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
};
const u32 = (...values: number[]): Buffer => {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((value, i) => out.writeUInt32BE(value, 4 * i));
  return out;
};
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** An ISO-BMFF still image header: ftyp with the given brands, then meta > iprp > ipco > ispe. */
export function isoImageHeader(majorBrand: string, compatibleBrands: string[], width: number, height: number): Buffer {
  const ftyp = box('ftyp', latin1(majorBrand), u32(0), ...compatibleBrands.map(latin1));
  const ispe = box('ispe', u32(0), u32(width, height));
  const meta = box('meta', u32(0), box('iprp', box('ipco', ispe)));
  return Buffer.concat([ftyp, meta]);
}

/** 8 x 6 pixels. */
export const AVIF_8X6 = isoImageHeader('avif', ['avif', 'mif1', 'miaf'], 8, 6);

/**
 * A JPEG header of 5 x 4 stored pixels whose EXIF says "rotate 90° clockwise"
 * (orientation 6): browsers show it 4 wide and 5 high.
 */
export const JPEG_ROTATED_5X4 = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  Buffer.from([0xff, 0xe1, 0x00, 0x22]),
  latin1('Exif\0\0MM\0\x2a'),
  u32(8),
  Buffer.from([0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00]),
  u32(0),
  Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x04, 0x00, 0x05, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]),
  Buffer.from([0xff, 0xd9]),
]);

/** An SVG that runs script when opened as a page: what the library must never take. */
export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);
