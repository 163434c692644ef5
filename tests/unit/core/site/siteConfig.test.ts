import { describe, it, expect } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../../../../src/main/core/site/siteConfig';
import { appErrorFrom } from '../../helpers/appError';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();

const storedRow = (services: ReturnType<typeof openServices>['services']) =>
  services.db.prepare<[], { config_json: string }>('SELECT config_json FROM site_config').get();

describe('site settings', () => {
  it('reads as the defaults before the writer saves anything', () => {
    const { services } = openServices();
    expect(services.site.getConfig()).toEqual(DEFAULT_SITE_CONFIG);
    expect(storedRow(services)).toBeUndefined();
  });

  it('saves the fields a patch names, cleaned, and keeps the others', () => {
    const { services } = openServices();
    services.site.updateConfig({ title: '  Field Notes ', baseUrl: 'https://example.com/blog', language: 'pt-br' as never });
    const config = services.site.updateConfig({
      postsPerPage: 5,
      theme: 'margin',
      comments: { kind: 'giscus', repo: 'ada/notes', repoId: 'R_kgDOABC', category: 'Comments', categoryId: 'DIC_kwDOABC', mapping: 'pathname' },
    });
    expect(config).toEqual({
      ...DEFAULT_SITE_CONFIG,
      title: 'Field Notes',
      baseUrl: 'https://example.com/blog/',
      language: 'pt-BR',
      postsPerPage: 5,
      theme: 'margin',
      comments: { kind: 'giscus', repo: 'ada/notes', repoId: 'R_kgDOABC', category: 'Comments', categoryId: 'DIC_kwDOABC', mapping: 'pathname' },
    });
    expect(services.site.getConfig()).toEqual(config);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty title', { title: '' }, 'Invalid site title: cannot be empty'],
    ['a title of two lines', { title: 'Two\nlines' }, 'Invalid site title: must be one line of text'],
    ['{ baseUrl: "example.com" }', { baseUrl: 'example.com' }, 'Invalid base URL: "example.com" is not a web address like https://example.com/'],
    ['{ baseUrl: "ftp://example.com/" }', { baseUrl: 'ftp://example.com/' }, 'Invalid base URL: must start with https:// or http://'],
    ['{ baseUrl: "https://example.com/?page=2" }', { baseUrl: 'https://example.com/?page=2' }, 'Invalid base URL: must be the address of the site only'],
    ['{ language: "ko" }', { language: 'ko' }, 'Invalid site language: must be one of en, pt-BR, es, fr, de, zh-CN, ja'],
    ['{ postsPerPage: 0 }', { postsPerPage: 0 }, 'Invalid posts per page: must be at least 1'],
    ['{ postsPerPage: 2.5 }', { postsPerPage: 2.5 }, 'Invalid posts per page: must be a whole number'],
    ['{ postsPerPage: "10" }', { postsPerPage: '10' }, 'Invalid posts per page: has the wrong type'],
    ['{ theme: "casper" }', { theme: 'casper' }, 'Invalid theme'],
    ['{ customCss: a 100,001-character string }', { customCss: 'x'.repeat(100_001) }, 'Invalid custom CSS: must be at most 100000 characters'],
    ['{ comments: { kind: "disqus", shortname: "bad name!" } }', { comments: { kind: 'disqus', shortname: 'bad name!' } }, 'Invalid comments setting (shortname): must be the Disqus shortname'],
    ['{ comments: { kind: "giscus", repo: "no-slash" } }', { comments: { kind: 'giscus', repo: 'no-slash' } }, 'Invalid comments setting (repo): must be a GitHub repository like owner/name'],
    ['{ comments: { kind: "custom", html: "  " } }', { comments: { kind: 'custom', html: '  ' } }, 'Invalid comments setting (html): needs the HTML to embed'],
    ['{ comments: { kind: "utterances" } }', { comments: { kind: 'utterances' } }, 'Invalid comments setting'],
    ['{ colour: "red" }', { colour: 'red' }, '"colour" is not a site setting'],
  ])('refuses %s with a message naming the field, and writes nothing', (_label, patch, message) => {
    const { services } = openServices();
    services.site.updateConfig({ title: 'Kept' });
    const before = storedRow(services);
    const error = appErrorFrom(() => services.site.updateConfig({ description: 'would be saved too', ...patch }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(message);
    expect(storedRow(services)).toEqual(before);
    expect(services.site.getConfig().description).toBe('');
  });

  it('reads a stored field that is no longer valid as its default, and keeps fields it does not know', () => {
    const { services } = openServices();
    services.db
      .prepare("INSERT INTO site_config (id, config_json, updated_at) VALUES (1, ?, '2026-01-01T00:00:00.000Z')")
      .run(JSON.stringify({ title: 'Hand edited', postsPerPage: -3, theme: 'gone', newerSetting: { a: 1 } }));
    expect(services.site.getConfig()).toEqual({ ...DEFAULT_SITE_CONFIG, title: 'Hand edited' });
    services.site.updateConfig({ description: 'Now saved' });
    expect(JSON.parse(storedRow(services)?.config_json ?? '{}')).toMatchObject({ title: 'Hand edited', description: 'Now saved', postsPerPage: 10, newerSetting: { a: 1 } });
  });
});
