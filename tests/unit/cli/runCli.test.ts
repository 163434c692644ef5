import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { USAGE } from '../../../src/main/cli/usage';
import { createServices } from '../../../src/main/core/services';
import type { DraftSummary } from '../../../src/shared/draft';
import { expectOneErrorLine, jsonOf, MINUTE, useCliHarness } from '../helpers/cliHarness';

const openCli = useCliHarness('cli');

/** The command line, run in-process on a fresh library with a fake clock. */
function setup() {
  const { root, dataDir, clock, run, inkpress, file, bin } = openCli();
  const listJson = async (): Promise<DraftSummary[]> => jsonOf<DraftSummary[]>(await inkpress('list', '--json'));
  return { root, dataDir, clock, run, inkpress, listJson, file, bin };
}

describe('inkpress new', () => {
  it('creates a draft and prints it as JSON', async () => {
    const { inkpress, listJson } = setup();
    const result = await inkpress('new', '--title', 'My first post', '--author', 'Ann', '--date', '2026-01-02');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out.endsWith('\n')).toBe(true);
    expect(result.out.trim().split('\n')).toHaveLength(1);
    const printed = JSON.parse(result.out) as Record<string, unknown>;
    expect(printed).toMatchObject({ id: 1, slug: 'my-first-post', title: 'My first post', author: 'Ann', date: '2026-01-02', version: 1 });
    expect(printed).not.toHaveProperty('doc');
    expect((await listJson()).map((d) => d.id)).toEqual([1]);
  });

  it('fills the draft from a Markdown file\'s front matter', async () => {
    const { inkpress, file, dataDir } = setup();
    const post = file(
      'post.md',
      '---\ntitle: From the file\nauthor: Ann\ndate: 2026-03-04\ntags: [Travel, Food]\nslug: custom-slug\ndescription: About it\n---\n\nHello *there*.\n',
    );
    const result = await inkpress('new', '--file', post);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      title: 'From the file',
      author: 'Ann',
      date: '2026-03-04',
      tags: ['Travel', 'Food'],
      slug: 'custom-slug',
      description: 'About it',
      wordCount: 2,
    });
    const services = createServices({ dataDir });
    try {
      expect(services.drafts.getForOutput(1).bodyHtml).toBe('<p>Hello <em>there</em>.</p>');
    } finally {
      services.close();
    }
  });

  it('lets the flags win over the front matter', async () => {
    const { inkpress, file } = setup();
    const post = file('post.md', '---\ntitle: From the file\nauthor: Ann\ndate: 2026-03-04\n---\nBody.\n');
    const result = await inkpress('new', '--file', post, '--title', 'From the flag', '--author', 'Bob', '--date', '2026-05-06');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ title: 'From the flag', slug: 'from-the-flag', author: 'Bob', date: '2026-05-06' });
  });

  it('takes the title from a leading "# Heading" when the front matter has none', async () => {
    const { inkpress, file } = setup();
    const result = await inkpress('new', '--file', file('post.md', '# Heading title\n\nBody.\n'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ title: 'Heading title', slug: 'heading-title', excerpt: 'Body.' });
  });

  it('dates a draft today, by the clock, when no date is given', async () => {
    const { inkpress } = setup();
    expect(JSON.parse((await inkpress('new', '--title', 'Today')).out)).toMatchObject({ date: '2026-11-29' });
  });
});

describe('inkpress list', () => {
  it('prints the drafts as JSON, the most recently edited first', async () => {
    const { inkpress, listJson, clock } = setup();
    for (const title of ['First', 'Second', 'Third']) {
      expect((await inkpress('new', '--title', title)).code).toBe(0);
      clock.advance(MINUTE);
    }
    const drafts = await listJson();
    expect(drafts.map((d) => d.title)).toEqual(['Third', 'Second', 'First']);
    expect(drafts[0]).toMatchObject({ id: 3, slug: 'third', wordCount: 0, readingMinutes: 1 });
  });

  it('prints a readable table without --json', async () => {
    const { inkpress } = setup();
    await inkpress('new', '--title', 'Hello', '--date', '2026-01-02');
    expect(await inkpress('list')).toEqual({ code: 0, out: '1  2026-01-02  0 words  Hello\n', err: '' });
  });

  it('says how to start when the library is empty', async () => {
    const { inkpress } = setup();
    expect((await inkpress('list')).out).toContain('The library is empty');
    expect((await inkpress('list', '--json')).out).toBe('[]\n');
  });

  it('uses INKPRESS_DATA_DIR when no --data-dir is given', async () => {
    const { run, root, dataDir, listJson } = setup();
    expect((await run(['new', '--title', 'Via env'], { HOME: root, INKPRESS_DATA_DIR: dataDir })).code).toBe(0);
    expect((await listJson()).map((d) => d.title)).toEqual(['Via env']);
  });
});

describe('inkpress export', () => {
  it('writes the post\'s page in the site\'s theme, by id', async () => {
    const { inkpress, root, dataDir } = setup();
    await inkpress('new', '--title', 'Exported', '--author', 'Ann', '--date', '2026-11-29');
    const settings = createServices({ dataDir });
    settings.site.updateConfig({ theme: 'margin' });
    settings.close();
    const out = path.join(root, 'f.html');
    const result = await inkpress('export', '1', '--out', out);
    expect(result).toEqual({ code: 0, out: `${out}\n`, err: '' });
    const services = createServices({ dataDir });
    try {
      expect(fs.readFileSync(out, 'utf8')).toBe(services.site.postDocument(1));
      expect(fs.readFileSync(out, 'utf8')).toContain('<style>/* Inkpress theme: Margin */');
    } finally {
      services.close();
    }
  });

  it('finds the draft by slug', async () => {
    const { inkpress, root } = setup();
    await inkpress('new', '--title', 'First');
    await inkpress('new', '--title', 'By slug please');
    const out = path.join(root, 'slug.html');
    expect((await inkpress('export', 'by-slug-please', '--out', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('<h1 class="post-title">By slug please</h1>');
  });

  it('finds a draft whose slug is all digits by that slug', async () => {
    const { inkpress, root } = setup();
    expect(JSON.parse((await inkpress('new', '--title', '1984')).out)).toMatchObject({ id: 1, slug: '1984' });
    const out = path.join(root, '1984.html');
    const result = await inkpress('export', '1984', '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(fs.readFileSync(out, 'utf8')).toContain('<h1 class="post-title">1984</h1>');
  });
});

describe('inkpress errors', () => {
  async function seeded() {
    const context = setup();
    expect((await context.inkpress('new', '--title', 'Existing', '--date', '2026-01-02')).code).toBe(0);
    return { ...context, before: await context.listJson() };
  }

  it('a missing file: one line, exit 1, library unchanged', async () => {
    const { inkpress, listJson, before, root } = await seeded();
    const missing = path.join(root, 'missing.md');
    const result = await inkpress('new', '--file', missing);
    expectOneErrorLine(result, 1);
    expect(result.err).toBe(`inkpress: File not found: ${missing}\n`);
    expect(await listJson()).toEqual(before);
  });

  it('an unknown id: one line, exit 1, nothing written', async () => {
    const { inkpress, listJson, before, root } = await seeded();
    const out = path.join(root, 'never.html');
    const result = await inkpress('export', '999', '--out', out);
    expectOneErrorLine(result, 1);
    expect(result.err).toBe('inkpress: Draft "999" was not found\n');
    expect(fs.existsSync(out)).toBe(false);
    expect(await listJson()).toEqual(before);
  });

  it('malformed front matter: one line, exit 1, library unchanged', async () => {
    const { inkpress, listJson, before, file } = await seeded();
    const bad = file('bad.md', '---\ntitle: [unclosed\nauthor: Ann\n---\nBody\n');
    const result = await inkpress('new', '--file', bad);
    expectOneErrorLine(result, 1);
    expect(result.err.startsWith(`inkpress: Malformed front matter in ${bad}`)).toBe(true);
    expect(await listJson()).toEqual(before);
  });

  it('an output path whose parent is a file: one line naming the problem, exit 1, nothing left behind', async () => {
    const { inkpress, listJson, before, file, root } = await seeded();
    const blocker = file('blocker', 'a file, not a folder');
    const out = path.join(blocker, 'post.html');
    const result = await inkpress('export', '1', '--out', out);
    expectOneErrorLine(result, 1);
    expect(result.err).toBe(`inkpress: Cannot write ${out}: a part of the path is not a folder\n`);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('a file, not a folder');
    expect(fs.readdirSync(root).sort()).toEqual(['blocker', 'library']);
    expect(await listJson()).toEqual(before);
  });

  it('an unknown command: exit 2, library unchanged', async () => {
    const { inkpress, listJson, before } = await seeded();
    const result = await inkpress('publish', '1');
    expectOneErrorLine(result, 2);
    expect(result.err).toBe('inkpress: Unknown command "publish". See: inkpress --help\n');
    expect(await listJson()).toEqual(before);
  });

  it('an unknown option: exit 2, library unchanged', async () => {
    const { inkpress, listJson, before } = await seeded();
    const result = await inkpress('new', '--title', 'X', '--colour', 'red');
    expectOneErrorLine(result, 2);
    expect(result.err).toContain("'--colour'");
    expect(await listJson()).toEqual(before);
  });

  it('new without --title: exit 2, library unchanged', async () => {
    const { inkpress, listJson, before } = await seeded();
    const result = await inkpress('new', '--author', 'Ann');
    expectOneErrorLine(result, 2);
    expect(result.err).toContain('new needs --title');
    expect(await listJson()).toEqual(before);
  });

  it('new from a file that gives no title either: exit 2', async () => {
    const { inkpress, listJson, before, file } = await seeded();
    const result = await inkpress('new', '--file', file('untitled.md', 'Just a body.\n'));
    expectOneErrorLine(result, 2);
    expect(await listJson()).toEqual(before);
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow'])('a bad --date %j: one line, non-zero exit, library unchanged', async (date) => {
    const { inkpress, listJson, before } = await seeded();
    const result = await inkpress('new', '--title', 'Dated', '--date', date);
    expectOneErrorLine(result, 1);
    expect(result.err).toBe(`inkpress: --date must be a date like 2026-11-29, not "${date}"\n`);
    expect(await listJson()).toEqual(before);
  });

  it('export without --out: exit 2', async () => {
    const { inkpress } = await seeded();
    expectOneErrorLine(await inkpress('export', '1'), 2);
  });

  it('no command prints the usage on stderr with exit 2; --help prints it on stdout with exit 0', async () => {
    const { run, inkpress } = setup();
    expect(await run([])).toEqual({ code: 2, out: '', err: USAGE });
    expect(await run(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
    expect(await inkpress('export', '--help')).toEqual({ code: 0, out: USAGE, err: '' });
  });
});

describe('bin/inkpress.js', () => {
  it('runs as a real command against the library the in-process CLI wrote', async () => {
    const { inkpress, bin, listJson } = setup();
    await inkpress('new', '--title', 'Shipped', '--author', 'Ann', '--date', '2026-11-29');
    const stdout = bin('list', '--json');
    expect(JSON.parse(stdout)).toEqual(await listJson());
    expect((await listJson()).map((d) => d.title)).toEqual(['Shipped']);
  });
});
