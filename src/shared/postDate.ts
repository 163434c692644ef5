import type { PostDate } from './draft';

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function toPostDate(instant: Date): PostDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** "November 29, 2026": a post date as readers see it. */
export function formatPostDate(date: PostDate, locale = 'en-US'): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}
