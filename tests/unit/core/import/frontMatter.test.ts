import { describe, it, expect } from 'vitest';
import { parseFrontMatter } from '../../../../src/main/core/import/frontMatter';
import { appErrorFrom } from '../../helpers/appError';

const SOURCE = 'notes/post.md';

describe('parseFrontMatter', () => {
  it('reads every post field and returns the body after the front matter', () => {
    const file = [
      '---',
      'title: Hello, world',
      'author: Ann Writer',
      'date: 2026-11-29',
      'tags:',
      '  - Travel',
      '  - Slow living',
      'slug: hello-world',
      'description: A short walk.',
      '---',
      'The body.',
      '',
    ].join('\n');
    expect(parseFrontMatter(file, SOURCE)).toEqual({
      fields: {
        title: 'Hello, world',
        author: 'Ann Writer',
        date: '2026-11-29',
        tags: ['Travel', 'Slow living'],
        slug: 'hello-world',
        description: 'A short walk.',
      },
      body: 'The body.\n',
    });
  });

  it('reads comma-separated tags', () => {
    expect(parseFrontMatter('---\ntags: travel, food , art,\n---\n', SOURCE).fields.tags).toEqual(['travel', 'food', 'art']);
  });

  it('turns numbers into text (YAML reads "title: 2026" as a number)', () => {
    expect(parseFrontMatter('---\ntitle: 2026\ntags: [1, two]\n---\n', SOURCE).fields).toMatchObject({ title: '2026', tags: ['1', 'two'] });
  });

  it('keeps YAML 1.2 meanings: "no" is text, not false', () => {
    expect(parseFrontMatter('---\nauthor: no\n---\n', SOURCE).fields.author).toBe('no');
  });

  it('takes the calendar day of a date with a time', () => {
    expect(parseFrontMatter('---\ndate: 2026-11-29T10:00:00Z\n---\n', SOURCE).fields.date).toBe('2026-11-29');
    expect(parseFrontMatter('---\ndate: 2026-11-29 10:00\n---\n', SOURCE).fields.date).toBe('2026-11-29');
  });

  it('gives no fields and the whole text when there is no front matter', () => {
    expect(parseFrontMatter('Just text.\n', SOURCE)).toEqual({ fields: {}, body: 'Just text.\n' });
  });

  it('leaves out fields that are empty', () => {
    expect(parseFrontMatter('---\ntitle:\ndate: ""\ntags:\n---\nx', SOURCE).fields).toEqual({});
  });

  it('refuses malformed YAML, naming the file and the problem', () => {
    const error = appErrorFrom(() => parseFrontMatter('---\ntitle: [unclosed\n---\nbody', SOURCE));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Malformed front matter in notes\/post\.md: \S/);
    expect(error.message).not.toContain('\n');
  });

  it('never runs front matter written as code ("---js", "---javascript", "---coffee")', () => {
    const marker = '__inkpressFrontMatterRan';
    for (const language of ['js', 'javascript', 'JS', 'coffee']) {
      const file = `---${language}\n({ title: (globalThis.${marker} = true, 'ran') })\n---\nbody`;
      const error = appErrorFrom(() => parseFrontMatter(file, SOURCE));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe('Malformed front matter in notes/post.md: front matter written as code is not read; write it as YAML');
    }
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('refuses a repeated key as malformed', () => {
    expect(appErrorFrom(() => parseFrontMatter('---\ntitle: a\ntitle: b\n---\n', SOURCE)).message).toMatch(/^Malformed front matter in notes\/post\.md: /);
  });

  it('refuses front matter that is not "key: value" lines', () => {
    const error = appErrorFrom(() => parseFrontMatter('---\n- a\n- b\n---\n', SOURCE));
    expect(error.message).toBe('Malformed front matter in notes/post.md: expected "key: value" lines');
  });

  it('refuses tags that are a mapping, with a clear message', () => {
    const error = appErrorFrom(() => parseFrontMatter('---\ntags: {a: 1}\n---\n', SOURCE));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Front matter "tags" in notes/post.md must be a list of words or comma-separated text');
  });

  it('refuses a list of lists as tags', () => {
    expect(appErrorFrom(() => parseFrontMatter('---\ntags: [[a]]\n---\n', SOURCE)).code).toBe('VALIDATION');
  });

  it('refuses a title that is not text', () => {
    const error = appErrorFrom(() => parseFrontMatter('---\ntitle: [a, b]\n---\n', SOURCE));
    expect(error.message).toBe('Front matter "title" in notes/post.md must be text, not a list');
    expect(appErrorFrom(() => parseFrontMatter('---\nauthor: true\n---\n', SOURCE)).message).toBe(
      'Front matter "author" in notes/post.md must be text, not a boolean',
    );
  });

  it.each(['2026-02-30', '2026-13-01', 'next week', '29.11.2026'])('refuses the date %j', (date) => {
    const error = appErrorFrom(() => parseFrontMatter(`---\ndate: ${date}\n---\n`, SOURCE));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(`Front matter "date" in notes/post.md must be a date like 2026-11-29, not "${date}"`);
  });
});

describe('parseFrontMatter: Hugo and Jekyll fields', () => {
  const fields = (yaml: string) => parseFrontMatter(`---\n${yaml}\n---\nBody\n`, SOURCE).fields;

  it.each(['draft', 'scheduled', 'published', 'Published'])('reads status: %s', (status) => {
    expect(fields(`status: ${status}`).status).toBe(status.toLowerCase());
  });

  it('reads draft: true as a draft and draft: false as published', () => {
    expect(fields('draft: true').status).toBe('draft');
    expect(fields('draft: false').status).toBe('published');
  });

  it('lets status win over draft', () => {
    expect(fields('draft: false\nstatus: scheduled').status).toBe('scheduled');
    expect(fields('draft: true\nstatus: published').status).toBe('published');
  });

  it('adds categories to the tags', () => {
    expect(fields('tags: [travel, food]\ncategories: [Europe, travel]').tags).toEqual(['travel', 'food', 'Europe', 'travel']);
    expect(fields('categories: Notes, Life').tags).toEqual(['Notes', 'Life']);
  });

  it('reads excerpt as the description when there is no description', () => {
    expect(fields('excerpt: From the excerpt').description).toBe('From the excerpt');
    expect(fields('description: From the description\nexcerpt: From the excerpt').description).toBe('From the description');
  });

  it('reads the cover image from image or cover, as text or inside an object', () => {
    expect(fields('image: https://example.com/a.jpg').coverImage).toBe('https://example.com/a.jpg');
    expect(fields('cover: https://example.com/b.jpg').coverImage).toBe('https://example.com/b.jpg');
    expect(fields('cover:\n  image: https://example.com/c.jpg\n  alt: A cat').coverImage).toBe('https://example.com/c.jpg');
    expect(fields('image:\n  path: https://example.com/d.jpg').coverImage).toBe('https://example.com/d.jpg');
    expect(fields('image: library-assets/abc.png').coverImage).toBe('library-assets/abc.png');
  });

  it.each([
    ['status: live', 'Front matter "status" in notes/post.md must be draft, scheduled or published, not "live"'],
    ['draft: yes', 'Front matter "draft" in notes/post.md must be true or false, not "yes"'],
    ['draft: 1', 'Front matter "draft" in notes/post.md must be true or false, not a number'],
    ['categories: {a: 1}', 'Front matter "categories" in notes/post.md must be a list of words or comma-separated text'],
    ['image: /images/cat.jpg', 'Front matter "image" in notes/post.md must be an http(s) address, not "/images/cat.jpg"'],
    ['cover: [a, b]', 'Front matter "cover" in notes/post.md must be an image address, not a list'],
    ['cover:\n  alt: no image here', 'Front matter "cover" in notes/post.md must be an image address, not an object without image, src, path or url'],
    ['excerpt: [a]', 'Front matter "excerpt" in notes/post.md must be text, not a list'],
  ])('refuses %j with one clear line', (yaml, message) => {
    const error = appErrorFrom(() => fields(yaml));
    expect(error).toMatchObject({ code: 'VALIDATION', message });
    expect(error.message).not.toContain('\n');
  });
});
