import { describe, it, expect } from 'vitest';
import { SITE_LOCALE_NAMES, SITE_LOCALES, siteDateFormatter, siteLabels, siteLocaleOf, type SiteLabels } from '../../../../src/main/core/site/siteLabels';

/** Every label, with sample arguments where it takes some, as text. */
function allLabels(labels: SiteLabels): Record<keyof SiteLabels, string> {
  const entries = Object.entries(labels).map(([key, value]) => {
    if (typeof value === 'string') return [key, value];
    const sample: Record<string, unknown[]> = { writer: ['Ada Lovelace'], minRead: [7], postCount: [12], pageOf: [3, 9] };
    return [key, (value as (...args: unknown[]) => string)(...(sample[key] ?? []))];
  });
  return Object.fromEntries(entries) as Record<keyof SiteLabels, string>;
}

const english = allLabels(siteLabels('en'));
const KEYS = Object.keys(english).sort();

describe('site labels', () => {
  it.each(SITE_LOCALES)('has every label in %s, none empty, with its numbers and names in it', (locale) => {
    const labels = allLabels(siteLabels(locale));
    expect(Object.keys(labels).sort()).toEqual(KEYS);
    for (const [key, text] of Object.entries(labels)) expect(text.trim(), `${locale}.${key}`).not.toBe('');
    expect(labels.writer).toContain('Ada Lovelace');
    expect(labels.minRead).toContain('7');
    expect(labels.postCount).toContain('12');
    expect(labels.pageOf).toMatch(/3[^\d]+9|9[^\d]+3/);
    expect(SITE_LOCALE_NAMES[locale]).not.toBe('');
  });

  it.each(SITE_LOCALES.filter((locale) => locale !== 'en'))('translates the labels readers see most into %s', (locale) => {
    const labels = allLabels(siteLabels(locale));
    for (const key of ['writer', 'minRead', 'comments', 'newerPosts', 'olderPosts', 'pageOf', 'notFoundTitle', 'notFoundText', 'backHome', 'home'] as const) {
      expect(labels[key], `${locale}.${key}`).not.toBe(english[key]);
    }
  });

  it('says the words the issue names in each language', () => {
    expect(siteLabels('en').writer('Ann')).toBe('Writer: Ann');
    expect(siteLabels('en').minRead(5)).toBe('5 min read');
    expect(siteLabels('en').comments).toBe('Comments');
    expect(siteLabels('pt-BR').comments).toBe('Comentários');
    expect(siteLabels('zh-CN').comments).toBe('评论');
    expect(siteLabels('en').newerPosts).toBe('Newer posts');
    expect(siteLabels('en').olderPosts).toBe('Older posts');
    expect(siteLabels('en').pageOf(2, 10)).toBe('Page 2 of 10');
    expect(siteLabels('de').pageOf(2, 10)).toBe('Seite 2 von 10');
    expect(siteLabels('ja').minRead(3)).toBe('3分で読めます');
  });

  it('counts in the plural the language needs, with its own digit grouping', () => {
    expect(siteLabels('en').postCount(1)).toBe('1 post');
    expect(siteLabels('en').postCount(1234)).toBe('1,234 posts');
    expect(siteLabels('de').postCount(1234)).toBe('1.234 Beiträge');
    expect(siteLabels('fr').postCount(0)).toBe('0 article');
    expect(siteLabels('fr').postCount(2)).toBe('2 articles');
    expect(siteLabels('pt-BR').postCount(1)).toBe('1 publicação');
  });

  it('formats post dates with Intl, in the locale, whatever the time zone', () => {
    const expected: Record<string, string> = {
      en: 'November 29, 2026',
      'pt-BR': '29 de novembro de 2026',
      es: '29 de noviembre de 2026',
      fr: '29 novembre 2026',
      de: '29. November 2026',
      'zh-CN': '2026年11月29日',
      ja: '2026年11月29日',
    };
    for (const locale of SITE_LOCALES) expect(siteDateFormatter(locale)('2026-11-29'), locale).toBe(expected[locale]);
    expect(siteDateFormatter('en')('not a date')).toBe('not a date');
  });

  it('finds a locale however its tag is written', () => {
    expect(siteLocaleOf('PT-br')).toBe('pt-BR');
    expect(siteLocaleOf(' ja ')).toBe('ja');
    expect(siteLocaleOf('zh')).toBeNull();
    expect(siteLocaleOf('ko')).toBeNull();
  });
});
