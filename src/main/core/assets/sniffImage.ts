import { GIF } from 'image-size/types/gif';
import { HEIF } from 'image-size/types/heif';
import { JPG } from 'image-size/types/jpg';
import { PNG } from 'image-size/types/png';
import { WEBP } from 'image-size/types/webp';
import type { AssetExt } from './assetNames';

export interface SniffedImage {
  ext: AssetExt;
  width: number;
  height: number;
}

export type SniffResult =
  | { kind: 'image'; image: SniffedImage }
  /** One of our types by its signature, but its size cannot be read: damaged or cut off. */
  | { kind: 'damaged'; ext: AssetExt }
  | { kind: 'svg' }
  | { kind: 'unknown' };

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/**
 * AVIF is an ISO-BMFF file whose leading 'ftyp' box names 'avif' (still image) or 'avis'
 * (sequence) as its major brand or among its compatible brands; HEIC and MP4 do not.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize >>> 0, bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** Which of our types the bytes are, by their signature alone (never by name or claimed type). */
function signatureOf(bytes: Uint8Array): AssetExt | null {
  if (startsWith(bytes, PNG_SIGNATURE) && ascii(bytes, 12, 16) === 'IHDR') return 'png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpg';
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 16))) {
    return 'webp';
  }
  if (isAvif(bytes)) return 'avif';
  return null;
}

/**
 * SVG is text, so it has no signature: look for an <svg element near the start. It is
 * refused on purpose (it can carry script), and the error says so.
 */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<svg[\s>]/i.test(head);
}

// image-size reads the header of the one type we already know; it never decides the type.
const SIZE_READERS = { png: PNG, jpg: JPG, gif: GIF, webp: WEBP, avif: HEIF } as const;

/** EXIF orientations 5 to 8 turn the picture a quarter: browsers show it with width and height swapped. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

function readSize(ext: AssetExt, bytes: Uint8Array): { width: number; height: number } | null {
  // image-size reads through DataViews of bytes.buffer that are not bounded by the view, so a
  // short file inside a larger buffer (Node's shared Buffer pool) would read past its own end.
  // new Uint8Array copies; Buffer#slice would not.
  const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  try {
    const size = SIZE_READERS[ext].calculate(exact);
    const { width, height } = size;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return null;
    return size.orientation !== undefined && QUARTER_TURNS.has(size.orientation) ? { width: height, height: width } : { width, height };
  } catch {
    // image-size throws TypeError/RangeError on headers it cannot follow.
    return null;
  }
}

/** Decides from the bytes whether they are an image the library accepts, and its size. */
export function sniffImage(bytes: Uint8Array): SniffResult {
  const ext = signatureOf(bytes);
  if (!ext) return looksLikeSvg(bytes) ? { kind: 'svg' } : { kind: 'unknown' };
  const size = readSize(ext, bytes);
  return size ? { kind: 'image', image: { ext, ...size } } : { kind: 'damaged', ext };
}
