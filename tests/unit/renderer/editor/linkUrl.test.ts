import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from '../../../../src/renderer/src/editor/linkUrl';

describe('normalizeLinkUrl', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com'],
    ['  example.com  ', 'https://example.com'],
    ['www.example.co.uk/path', 'https://www.example.co.uk/path'],
    ['localhost:8080/admin', 'https://localhost:8080/admin'],
    ['//cdn.example.org/file', 'https://cdn.example.org/file'],
    ['ada@example.com', 'mailto:ada@example.com'],
    ['mailto:ada@example.com?subject=Hi', 'mailto:ada@example.com?subject=Hi'],
    ['HTTPS://Example.com/Path', 'https://example.com/Path'],
  ])('accepts %s as %s', (input, href) => {
    expect(normalizeLinkUrl(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['', 'Type or paste a web address.'],
    ['javascript:alert(1)', 'Only web (http, https) and email (mailto) links can be published.'],
    ['data:text/html,hi', 'Only web (http, https) and email (mailto) links can be published.'],
    ['ftp://example.com', 'Only web (http, https) and email (mailto) links can be published.'],
    ['two words', 'A web address has no spaces.'],
    ['notaurl', 'That does not look like a web address (e.g. example.com).'],
    ['mailto:nobody', 'That email address is not complete.'],
  ])('refuses %j', (input, message) => {
    expect(normalizeLinkUrl(input)).toEqual({ ok: false, message });
  });
});
