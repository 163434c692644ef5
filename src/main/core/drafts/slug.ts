import { slugify } from 'transliteration';

const MAX_SLUG_LENGTH = 80;

/**
 * A readable ASCII slug for any title: "Café ünïcode" -> "cafe-unicode",
 * "你好世界" -> "ni-hao-shi-jie". Falls back to "untitled" when nothing is left.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-$/, '');
  return slug || 'untitled';
}

/** The first of base, base-2, base-3, ... that is not taken. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
