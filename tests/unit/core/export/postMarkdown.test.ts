import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { renderPostMarkdown } from '../../../../src/main/core/export/postMarkdown';
import { readPostFile } from '../../../../src/main/core/import/importFile';
import { docOf, paragraph, text } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';
import { useServices } from '../../helpers/testServices';

const openServices = useServices();
const tempDir = useTempDirs();

describe('renderPostMarkdown', () => {
  it('writes YAML front matter with the post fields, then the body', () => {
    const { services } = openServices();
    const draft = services.drafts.create({
      title: 'Night train: a "story"',
      author: 'Ann',
      date: '2026-03-04',
      tags: ['travel', 'Europe'],
      description: 'About it',
      status: 'scheduled',
      coverImage: 'https://example.com/train.jpg',
      canonicalUrl: 'https://blog.example.com/night-train',
      language: 'en',
      doc: docOf(paragraph('The ', text('sleeper', [{ type: 'bold' }]), ' left.')),
    });
    expect(renderPostMarkdown(draft)).toBe(
      [
        '---',
        `title: 'Night train: a "story"'`,
        'slug: night-train-a-story',
        'author: Ann',
        'date: 2026-03-04',
        'status: scheduled',
        'tags:',
        '  - travel',
        '  - Europe',
        'description: About it',
        'image: https://example.com/train.jpg',
        'canonical_url: https://blog.example.com/night-train',
        'language: en',
        '---',
        '',
        'The **sleeper** left.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty fields, and the body of an empty draft', () => {
    const { services } = openServices();
    const draft = services.drafts.create({ title: 'Empty', author: '', date: '2026-03-04' });
    expect(renderPostMarkdown(draft)).toBe('---\ntitle: Empty\nslug: empty\ndate: 2026-03-04\nstatus: draft\ndraft: true\n---\n');
  });

  it('writes every kind of formatting, and the importer reads the same document back', () => {
    const { services } = openServices();
    const doc = docOf(
      { type: 'heading', attrs: { level: 2 }, content: [text('Notes'), { type: 'footnote', attrs: { text: 'On the heading.' } }] },
      paragraph(text('lit', [{ type: 'highlight' }]), ' and ', text('under', [{ type: 'underline' }])),
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('packed')] }] },
      { type: 'codeBlock', attrs: { language: 'sh' }, content: [text('echo hi')] },
      { type: 'image', attrs: { src: 'https://example.com/a.png', alt: 'A', caption: 'The caption' } },
    );
    const draft = services.drafts.create({ title: 'Everything', date: '2026-03-04', doc });
    const markdown = renderPostMarkdown(draft);
    expect(markdown).toContain('\n## Notes[^1]\n\n<mark>lit</mark> and <u>under</u>\n\n- [x] packed\n\n```sh\necho hi\n```\n\n<figure>');
    expect(markdown.endsWith('\n\n[^1]: On the heading.\n')).toBe(true);
    const file = path.join(tempDir('post-markdown'), 'everything.md');
    fs.writeFileSync(file, markdown);
    expect(readPostFile(file).doc).toEqual(draft.doc);
  });

  it('is read back by the importer as the same post', () => {
    const { services } = openServices();
    const draft = services.drafts.create({
      title: 'Round: trip',
      author: 'Ann',
      date: '2026-03-04',
      tags: ['a', 'b c'],
      description: 'Line one',
      status: 'published',
      coverImage: 'https://example.com/c.png',
      slug: 'round-trip-2',
      doc: docOf(paragraph('Hello ', text('world', [{ type: 'italic' }]), '.')),
    });
    const file = path.join(tempDir('post-markdown'), 'post.md');
    fs.writeFileSync(file, renderPostMarkdown(draft));
    expect(readPostFile(file)).toEqual({
      title: 'Round: trip',
      author: 'Ann',
      date: '2026-03-04',
      tags: ['a', 'b c'],
      slug: 'round-trip-2',
      description: 'Line one',
      status: 'published',
      coverImage: 'https://example.com/c.png',
      doc: draft.doc,
    });
  });
});
