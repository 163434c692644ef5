import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { readPostFile, takeMarkdownTitle } from '../../../../src/main/core/import/importFile';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, paragraph, text } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(tempDir('import'), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readPostFile: Markdown', () => {
  it('reads the front matter fields and the body', () => {
    const file = writeFile(
      'post.md',
      '---\ntitle: Hello\nauthor: Ann\ndate: 2026-11-29\ntags: [Travel, Food]\nslug: hello-there\ndescription: Short.\n---\n\nSome *text*.\n',
    );
    expect(readPostFile(file)).toEqual({
      title: 'Hello',
      author: 'Ann',
      date: '2026-11-29',
      tags: ['Travel', 'Food'],
      slug: 'hello-there',
      description: 'Short.',
      doc: docOf(paragraph('Some ', text('text', [{ type: 'italic' }]), '.')),
    });
  });

  it('reads comma-separated tags', () => {
    expect(readPostFile(writeFile('post.md', '---\ntitle: T\ntags: travel, food\n---\nx')).tags).toEqual(['travel', 'food']);
  });

  it('uses a leading "# Title" as the title when the front matter gives none, and drops it from the body', () => {
    const post = readPostFile(writeFile('post.md', '---\nauthor: Ann\n---\n\n# The real title\n\nBody.\n'));
    expect(post.title).toBe('The real title');
    expect(post.author).toBe('Ann');
    expect(post.doc).toEqual(docOf(paragraph('Body.')));
  });

  it('keeps a leading "# Heading" in the body when the front matter has the title', () => {
    const post = readPostFile(writeFile('post.md', '---\ntitle: From front matter\n---\n# In the body\n'));
    expect(post.title).toBe('From front matter');
    expect(post.doc).toEqual(docOf({ type: 'heading', attrs: { level: 2 }, content: [text('In the body')] }));
  });

  it('reads a plain Markdown file without front matter', () => {
    const post = readPostFile(writeFile('notes.markdown', '# Title\n\nText.'));
    expect(post).toEqual({ title: 'Title', doc: docOf(paragraph('Text.')) });
  });

  it('ignores a byte order mark', () => {
    expect(readPostFile(writeFile('bom.md', '\uFEFF---\ntitle: BOM\n---\nx')).title).toBe('BOM');
  });

  it('refuses malformed front matter with VALIDATION "Malformed front matter in <file>"', () => {
    const file = writeFile('bad.md', '---\ntitle: "unterminated\n---\nx');
    const error = appErrorFrom(() => readPostFile(file));
    expect(error.code).toBe('VALIDATION');
    expect(error.message.startsWith(`Malformed front matter in ${file}`)).toBe(true);
  });

  it('refuses tags of the wrong type with a message naming the field', () => {
    const error = appErrorFrom(() => readPostFile(writeFile('bad.md', '---\ntags: {a: 1}\n---\nx')));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('"tags"');
    expect(error.message).toContain('must be a list of words or comma-separated text');
  });

  it('refuses a date that does not exist', () => {
    const error = appErrorFrom(() => readPostFile(writeFile('bad.md', '---\ndate: 2026-02-30\n---\nx')));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('must be a date like 2026-11-29, not "2026-02-30"');
  });
});

describe('readPostFile: HTML', () => {
  it('takes the title from the first <h1> and the body from the rest', () => {
    const post = readPostFile(writeFile('page.html', '<h1>Page title</h1><p>Intro</p><h1>Section</h1>'));
    expect(post).toEqual({
      title: 'Page title',
      doc: docOf(paragraph('Intro'), { type: 'heading', attrs: { level: 2 }, content: [text('Section')] }),
    });
  });

  it('takes the title from <title> when there is no <h1>, and drops scripts and styles', () => {
    const html =
      '<!doctype html><html><head><title>From the head</title><style>p{color:red}</style><script>alert(1)</script></head>' +
      '<body><p>Hello</p><script>alert(2)</script></body></html>';
    expect(readPostFile(writeFile('page.htm', html))).toEqual({ title: 'From the head', doc: docOf(paragraph('Hello')) });
  });
});

describe('readPostFile: files it cannot import', () => {
  it('gives NOT_FOUND for a file that does not exist', () => {
    const file = path.join(tempDir('import'), 'missing.md');
    const error = appErrorFrom(() => readPostFile(file));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`File not found: ${file}`);
  });

  it('refuses a file of another kind with VALIDATION', () => {
    const error = appErrorFrom(() => readPostFile(writeFile('report.docx', 'x')));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('expected a Markdown (.md) or HTML (.html) file');
  });

  it('refuses a folder', () => {
    const folder = path.join(tempDir('import'), 'folder.md');
    fs.mkdirSync(folder);
    expect(appErrorFrom(() => readPostFile(folder))).toMatchObject({ code: 'VALIDATION', message: `Not a file: ${folder}` });
  });

  it('refuses a binary file', () => {
    const error = appErrorFrom(() => readPostFile(writeFile('binary.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('is not a text file');
  });
});

describe('takeMarkdownTitle', () => {
  it('takes a leading level-1 heading, after blank lines', () => {
    expect(takeMarkdownTitle('\n\n# Title\nrest')).toEqual({ title: 'Title', rest: 'rest' });
  });

  it('drops the optional closing #s', () => {
    expect(takeMarkdownTitle('# Title ##\nrest').title).toBe('Title');
  });

  it('leaves a text that does not start with a level-1 heading alone', () => {
    expect(takeMarkdownTitle('## Sub\n# Later')).toEqual({ rest: '## Sub\n# Later' });
    expect(takeMarkdownTitle('#NoSpace')).toEqual({ rest: '#NoSpace' });
  });

  it('keeps a # that ends the title without a space before it, as CommonMark does ("# C#")', () => {
    expect(takeMarkdownTitle('# Learning C#\n\nbody').title).toBe('Learning C#');
  });
});

describe('readPostFile: Hugo and Jekyll posts', () => {
  it('reads a Hugo post: draft flag, tags and categories, cover, excerpt', () => {
    const file = writeFile(
      'hugo.md',
      [
        '---',
        'title: "Night train"',
        'date: 2026-03-04T10:00:00+01:00',
        'draft: false',
        'tags: ["travel"]',
        'categories: ["Europe"]',
        'slug: night-train',
        'excerpt: A night on the rails.',
        'author: Ann',
        'cover:',
        '  image: https://example.com/train.jpg',
        '---',
        'Text.',
      ].join('\n'),
    );
    expect(readPostFile(file)).toEqual({
      title: 'Night train',
      author: 'Ann',
      date: '2026-03-04',
      tags: ['travel', 'Europe'],
      slug: 'night-train',
      description: 'A night on the rails.',
      status: 'published',
      coverImage: 'https://example.com/train.jpg',
      doc: docOf(paragraph('Text.')),
    });
  });
});
