import { describe, it, expect } from 'vitest';
import { USAGE } from '../../../src/main/cli/usage';
import type { Draft, DraftSummary } from '../../../src/shared/draft';
import { docOf, paragraph, text } from '../helpers/docs';
import { expectOneErrorLine, jsonOf, MINUTE, useCliHarness } from '../helpers/cliHarness';

const openCli = useCliHarness('cli-library');

/**
 * A library of three drafts (one in the trash), and the command line on it:
 * 1 "Night train" (published, travel), 2 "Harbour notes" (draft, travel + sea),
 * 3 "Old secret" (in the trash).
 */
function setup() {
  const { root, dataDir, clock, inkpress, withServices, file } = openCli();
  withServices(({ drafts }) => {
    drafts.create({ title: 'Night train', author: 'Ann', date: '2026-01-02', status: 'published', tags: ['Travel'], doc: docOf(paragraph('The ', text('sleeper', [{ type: 'bold' }]), ' left at midnight.')) });
    clock.advance(MINUTE);
    drafts.create({ title: 'Harbour notes', author: 'Ann', date: '2026-01-03', tags: ['travel', 'Sea'], doc: docOf(paragraph('Boats & <gulls> at the harbour; a night train passed.')) });
    clock.advance(MINUTE);
    const secret = drafts.create({ title: 'Old secret', author: 'Ann', date: '2026-01-04', doc: docOf(paragraph('A night to forget.')) });
    drafts.trash(secret.id);
    clock.advance(MINUTE);
  });
  /** Everything a command could change: every draft (the trash too) and the tags. */
  const snapshot = () =>
    withServices((services) => ({
      drafts: services.db
        .prepare<[], { id: number }>('SELECT id FROM drafts ORDER BY id')
        .all()
        .map((row) => services.drafts.get(row.id)),
      tags: services.tags.list(),
    }));
  return { root, dataDir, clock, inkpress, withServices, snapshot, json: jsonOf, file };
}

/** An error is one line on stderr that starts with "inkpress: ", nothing on stdout, and no change. */
async function expectRefused(context: ReturnType<typeof setup>, argv: string[], code: number, message?: string): Promise<void> {
  const before = context.snapshot();
  const result = await context.inkpress(...argv);
  expectOneErrorLine(result, code);
  if (message) expect(result.err).toContain(message);
  expect(context.snapshot()).toEqual(before);
}

describe('inkpress search', () => {
  it('prints the ranked hits: id, title, and the passage as plain text', async () => {
    const { inkpress } = setup();
    expect(await inkpress('search', 'night', 'train')).toEqual({
      code: 0,
      out: '1  Night train\n   The sleeper left at midnight.\n2  Harbour notes\n   Boats & <gulls> at the harbour; a night train passed.\n',
      err: '',
    });
  });

  it('prints JSON with --json: id, title, status, last edit, the snippet as text and as HTML', async () => {
    const { inkpress, json } = setup();
    const hits = json<Record<string, unknown>[]>(await inkpress('search', 'gulls', '--json'));
    expect(hits).toEqual([
      {
        id: 2,
        title: 'Harbour notes',
        status: 'draft',
        updatedAt: expect.any(String),
        snippet: 'Boats & <gulls> at the harbour; a night train passed.',
        snippetHtml: 'Boats &amp; &lt;<mark>gulls</mark>&gt; at the harbour; a night train passed.',
      },
    ]);
  });

  it('combines the query with --status and --tag, limits with --limit, and never finds the trash', async () => {
    const { inkpress, json } = setup();
    const ids = async (...argv: string[]): Promise<number[]> => json<{ id: number }[]>(await inkpress('search', ...argv, '--json')).map((hit) => hit.id);
    expect((await ids('night')).sort()).toEqual([1, 2]);
    expect(await ids('night', '--status', 'published')).toEqual([1]);
    expect(await ids('night', '--tag', 'sea')).toEqual([2]);
    expect(await ids('night', '--limit', '1')).toHaveLength(1);
    expect(await ids('forget')).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { inkpress } = setup();
    expect(await inkpress('search', 'zebra')).toEqual({ code: 0, out: 'No drafts match "zebra".\n', err: '' });
  });

  it('refuses a missing query, a bad status or a bad limit', async () => {
    const context = setup();
    await expectRefused(context, ['search'], 2, 'search needs something to look for');
    await expectRefused(context, ['search', '   '], 2);
    await expectRefused(context, ['search', 'x', '--status', 'live'], 1, '--status must be draft, scheduled or published, not "live"');
    await expectRefused(context, ['search', 'x', '--limit', 'lots'], 2, '--limit must be a whole number from 1 to 200');
  });
});

describe('inkpress list', () => {
  it('filters by --tag and --status, newest edit first', async () => {
    const { inkpress, json } = setup();
    const titles = async (...argv: string[]): Promise<string[]> => json<DraftSummary[]>(await inkpress('list', '--json', ...argv)).map((d) => d.title);
    expect(await titles()).toEqual(['Harbour notes', 'Night train']);
    expect(await titles('--tag', 'TRAVEL')).toEqual(['Harbour notes', 'Night train']);
    expect(await titles('--status', 'published')).toEqual(['Night train']);
    expect(await titles('--tag', 'sea', '--status', 'published')).toEqual([]);
  });

  it('lists the trash with --trash', async () => {
    const { inkpress, json } = setup();
    expect(json<DraftSummary[]>(await inkpress('list', '--trash', '--json'))).toMatchObject([{ id: 3, title: 'Old secret', trashedAt: expect.any(String) }]);
    expect(await inkpress('list', '--trash')).toEqual({ code: 0, out: '3  2026-01-04  4 words  Old secret\n', err: '' });
  });

  it('says so when nothing matches, or the trash is empty', async () => {
    const { inkpress } = setup();
    expect((await inkpress('list', '--status', 'scheduled')).out).toBe('No drafts match.\n');
    await inkpress('untrash', '3');
    expect((await inkpress('list', '--trash')).out).toBe('The trash is empty.\n');
  });

  it('lists a library larger than one page', async () => {
    const { withServices, inkpress, json } = setup();
    withServices((services) => services.db.transaction(() => {
      for (let i = 0; i < 520; i += 1) services.drafts.create({ title: `Bulk ${i}` });
    })());
    expect(json<DraftSummary[]>(await inkpress('list', '--json'))).toHaveLength(522);
  });

  it('refuses a bad status or a bare argument', async () => {
    const context = setup();
    await expectRefused(context, ['list', '--status', 'gone'], 1, '--status must be draft, scheduled or published');
    await expectRefused(context, ['list', 'all'], 2, 'list takes no bare arguments');
  });
});

describe('inkpress show', () => {
  it('prints the whole draft as JSON by default, by id or by slug', async () => {
    const { inkpress, json, withServices } = setup();
    const stored = withServices((services) => services.drafts.get(1));
    expect(json<Draft>(await inkpress('show', '1'))).toEqual(stored);
    expect(json<Draft>(await inkpress('show', 'night-train', '--format', 'json'))).toEqual(stored);
  });

  it('prints Markdown with YAML front matter', async () => {
    const { inkpress } = setup();
    expect(await inkpress('show', '1', '--format', 'markdown')).toEqual({
      code: 0,
      out: '---\ntitle: Night train\nslug: night-train\nauthor: Ann\ndate: 2026-01-02\nstatus: published\ntags:\n  - Travel\n---\n\nThe **sleeper** left at midnight.\n',
      err: '',
    });
  });

  it('prints the standalone HTML page File › Export HTML writes', async () => {
    const { inkpress, withServices } = setup();
    const page = withServices((services) => services.site.postDocument(2));
    expect(await inkpress('show', '2', '--format', 'html')).toEqual({ code: 0, out: page, err: '' });
  });

  it('shows a draft in the trash too', async () => {
    const { inkpress, json } = setup();
    expect(json<Draft>(await inkpress('show', '3'))).toMatchObject({ title: 'Old secret', trashedAt: expect.any(String) });
  });

  it('refuses an unknown draft, a bad format, or a missing id', async () => {
    const context = setup();
    await expectRefused(context, ['show', '42'], 1, 'Draft "42" was not found');
    await expectRefused(context, ['show', '1', '--format', 'pdf'], 2, '--format must be json, markdown or html, not "pdf"');
    await expectRefused(context, ['show'], 2, 'show needs a draft id');
  });
});

describe('inkpress set', () => {
  it('changes the fields given, keeps the others, and prints the draft', async () => {
    const { inkpress, json, withServices } = setup();
    const printed = json<Record<string, unknown>>(
      await inkpress('set', '2', '--title', 'Harbour at dawn', '--author', 'Bo', '--tags', 'sea, boats ,Sea', '--status', 'scheduled', '--description', 'Early.'),
    );
    expect(printed).toMatchObject({ id: 2, title: 'Harbour at dawn', slug: 'harbour-at-dawn', author: 'Bo', tags: ['Sea', 'boats'], status: 'scheduled', description: 'Early.', date: '2026-01-03', version: 2 });
    expect(printed).not.toHaveProperty('doc');
    expect(withServices((services) => services.drafts.get(2))).toMatchObject({ excerpt: 'Boats & <gulls> at the harbour; a night train passed.' });
  });

  it('sets a custom slug, and lets it follow the title again with --slug ""', async () => {
    const { inkpress, json } = setup();
    expect(json<Draft>(await inkpress('set', '1', '--slug', 'sleeper'))).toMatchObject({ slug: 'sleeper', slugIsCustom: true });
    expect(json<Draft>(await inkpress('set', 'sleeper', '--title', 'Day train'))).toMatchObject({ slug: 'sleeper' });
    expect(json<Draft>(await inkpress('set', '1', '--slug', ''))).toMatchObject({ slug: 'day-train', slugIsCustom: false });
  });

  it('keeps the date part of an ISO date-time given as --date', async () => {
    const { inkpress, json } = setup();
    expect(json<Draft>(await inkpress('set', '1', '--date', '2026-12-24T23:30:00-05:00'))).toMatchObject({ date: '2026-12-24' });
    expect(json<Draft>(await inkpress('set', '1', '--date', '2026-12-25'))).toMatchObject({ date: '2026-12-25' });
  });

  it('removes every tag with --tags ""', async () => {
    const { inkpress, json } = setup();
    expect(json<Draft>(await inkpress('set', '2', '--tags', ''))).toMatchObject({ tags: [] });
  });

  it.each([
    [['set', '1'], 2, 'set needs at least one field to change'],
    [['set', '--title', 'x'], 2, 'set needs a draft id'],
    [['set', '1', '--status', 'live'], 1, '--status must be draft, scheduled or published, not "live"'],
    [['set', '1', '--date', '2026-02-30'], 1, '--date must be a date like 2026-11-29, not "2026-02-30"'],
    [['set', '1', '--date', 'next week'], 1, '--date must be a date like 2026-11-29'],
    [['set', '1', '--slug', 'Not a slug'], 1, 'The slug "Not a slug" may only hold lowercase letters'],
    [['set', '1', '--slug', 'harbour-notes'], 1, 'The slug "harbour-notes" is already used by "Harbour notes" (draft 2)'],
    [['set', '99', '--title', 'x'], 1, 'Draft "99" was not found'],
    [['set', '1', '--colour', 'red'], 2, "'--colour'"],
  ])('refuses %j: one line, exit %i, nothing changed', async (argv, code, message) => {
    await expectRefused(setup(), argv, code, message);
  });
});

describe('inkpress trash and untrash', () => {
  it('moves a draft to the trash and brings it back', async () => {
    const { inkpress, json } = setup();
    expect(await inkpress('trash', 'night-train')).toEqual({ code: 0, out: 'Moved "Night train" (draft 1) to the trash. Bring it back with: inkpress untrash 1\n', err: '' });
    expect(json<DraftSummary[]>(await inkpress('list', '--json')).map((d) => d.id)).toEqual([2]);
    expect(await inkpress('untrash', '1')).toEqual({ code: 0, out: '"Night train" (draft 1) is back in the library.\n', err: '' });
    expect(json<DraftSummary[]>(await inkpress('list', '--json')).map((d) => d.id)).toEqual([2, 1]);
  });

  it('refuses an unknown draft or a missing id', async () => {
    const context = setup();
    await expectRefused(context, ['trash', '42'], 1, 'Draft "42" was not found');
    await expectRefused(context, ['untrash'], 2, 'untrash needs a draft id');
    await expectRefused(context, ['trash', '1', '2'], 2, 'trash takes one draft id');
  });
});

describe('inkpress new: front matter of other blogs', () => {
  it('honours Hugo front matter: draft: false, categories, excerpt, cover', async () => {
    const { inkpress, json, file } = setup();
    const post = file('hugo.md', '---\ntitle: From Hugo\ndraft: false\ntags: [a]\ncategories: [b]\nexcerpt: Short.\ncover:\n  image: https://example.com/c.jpg\ndate: 2026-05-06T10:00:00Z\n---\nBody.\n');
    expect(json<Draft>(await inkpress('new', '--file', post))).toMatchObject({
      title: 'From Hugo',
      status: 'published',
      tags: ['a', 'b'],
      description: 'Short.',
      coverImage: 'https://example.com/c.jpg',
      date: '2026-05-06',
    });
  });

  it('takes a --date with a time of day', async () => {
    const { inkpress, json } = setup();
    expect(json<Draft>(await inkpress('new', '--title', 'Timed', '--date', '2026-05-06T23:59:00Z'))).toMatchObject({ date: '2026-05-06' });
  });

  it('refuses a bad front matter value: one line, exit 1, nothing created', async () => {
    const context = setup();
    const post = context.file('bad.md', '---\ntitle: Bad\nstatus: live\n---\nBody.\n');
    await expectRefused(context, ['new', '--file', post], 1, `Front matter "status" in ${post} must be draft, scheduled or published, not "live"`);
  });
});

describe('inkpress --help', () => {
  it('lists the library commands', () => {
    for (const command of ['search QUERY', 'list [--json] [--tag T]', 'show ID', 'set ID', 'trash ID', 'untrash ID']) expect(USAGE).toContain(command);
  });
});
