import { describe, it, expect } from 'vitest';
import { USAGE } from '../../../src/main/cli/usage';
import { docWith } from '../helpers/docs';
import { expectOneErrorLine, MINUTE, useCliHarness } from '../helpers/cliHarness';

const openCli = useCliHarness('cli-revisions');

/** A library with one draft and three revisions (auto, named, auto), and the CLI on it. */
function setup() {
  const { clock, inkpress, withServices, bin } = openCli();
  const draft = withServices((services) => {
    const created = services.drafts.create({ title: 'Road trip', author: 'Ann', doc: docWith('Day one.') });
    const save = (text: string): void => {
      const current = services.drafts.get(created.id);
      services.drafts.save({ id: created.id, baseVersion: current.version, title: current.title, author: current.author, date: current.date, doc: docWith(text) });
    };
    save('Day one. We left early.');
    clock.advance(MINUTE);
    services.revisions.saveNamed(created.id, 'First day');
    clock.advance(10 * MINUTE);
    save('Day one. We left early. Day two.');
    return created;
  });
  const snapshot = () => withServices((services) => ({ draft: services.drafts.get(draft.id), revisions: services.revisions.list(draft.id) }));
  return { clock, draft, inkpress, withServices, snapshot, bin };
}

describe('inkpress history', () => {
  it('prints a draft\'s revisions newest first as JSON', async () => {
    const { inkpress, draft, clock } = setup();
    const result = await inkpress('history', String(draft.id), '--json');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const history = JSON.parse(result.out) as Record<string, unknown>[];
    expect(history.map((r) => [r.kind, r.name])).toEqual([
      ['auto', ''],
      ['named', 'First day'],
      ['auto', ''],
    ]);
    expect(Object.keys(history[0] ?? {})).toEqual(['id', 'kind', 'name', 'title', 'wordCount', 'createdAt']);
    expect(history[0]).toMatchObject({ title: 'Road trip', wordCount: 7, createdAt: clock().toISOString() });
  });

  it('finds the draft by slug, and prints a table without --json', async () => {
    const { inkpress, clock } = setup();
    const result = await inkpress('history', 'road-trip');
    const namedAt = new Date(clock().getTime() - 10 * MINUTE).toISOString();
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`2  ${namedAt}  named "First day"  5 words  Road trip`);
  });

  it('says so when a draft has no revisions yet', async () => {
    const { inkpress, withServices } = setup();
    const fresh = withServices((services) => services.drafts.create({ title: 'Fresh' }));
    expect(await inkpress('history', String(fresh.id))).toEqual({ code: 0, out: 'This draft has no revisions yet.\n', err: '' });
    expect(JSON.parse((await inkpress('history', String(fresh.id), '--json')).out)).toEqual([]);
  });

  it('fails with one line for an unknown draft or bad arguments', async () => {
    const { inkpress } = setup();
    expectOneErrorLine(await inkpress('history', '99'), 1, /Draft "99" was not found/);
    expectOneErrorLine(await inkpress('history'), 2, /history needs a draft id/);
    expectOneErrorLine(await inkpress('history', '1', '2'), 2);
    expectOneErrorLine(await inkpress('history', '1', '--format', 'xml'), 2);
  });
});

describe('inkpress restore-revision', () => {
  it('puts a revision back, keeps the text it replaced, and prints the draft', async () => {
    const { inkpress, draft, snapshot } = setup();
    const before = snapshot();
    const named = before.revisions.find((r) => r.kind === 'named');
    const result = await inkpress('restore-revision', String(draft.id), String(named?.id));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out.trim().split('\n')).toHaveLength(1);
    const printed = JSON.parse(result.out) as Record<string, unknown>;
    expect(printed).not.toHaveProperty('doc');
    expect(printed).toMatchObject({ id: draft.id, title: 'Road trip', wordCount: 5, version: before.draft.version + 1, excerpt: 'Day one. We left early.' });

    const after = snapshot();
    expect(after.draft.doc).toEqual(docWith('Day one. We left early.'));
    expect(after.revisions.map((r) => r.kind)).toEqual(['before-restore', 'auto', 'named', 'auto']);
    // The restore is undoable from the command line too.
    const undo = await inkpress('restore-revision', 'road-trip', String(after.revisions[0]?.id));
    expect(undo.code).toBe(0);
    expect(snapshot().draft.doc).toEqual(before.draft.doc);
  });

  it('fails with one line and changes nothing for an unknown revision, another draft\'s revision, or bad arguments', async () => {
    const { inkpress, draft, withServices, snapshot } = setup();
    const other = withServices((services) => {
      const created = services.drafts.create({ title: 'Other' });
      return { draft: created, revision: services.revisions.saveNamed(created.id, 'Theirs') };
    });
    const before = snapshot();
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id), '999'), 1, /Revision 999 of draft 1 was not found/);
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id), String(other.revision.id)), 1, /was not found/);
    expectOneErrorLine(await inkpress('restore-revision', 'no-such-draft', '1'), 1, /Draft "no-such-draft" was not found/);
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id)), 2, /needs a draft id and a revision id/);
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id), 'latest'), 2, /positive whole number/);
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id), '0'), 2);
    expectOneErrorLine(await inkpress('restore-revision', String(draft.id), '1', '2'), 2);
    expect(snapshot()).toEqual(before);
  });
});

describe('inkpress --help', () => {
  it('lists the history commands', () => {
    expect(USAGE).toContain('history ID [--json]');
    expect(USAGE).toContain('restore-revision ID REV');
  });
});

describe('bin/inkpress.js history', () => {
  it('runs as a real command', async () => {
    const { bin, draft, inkpress } = setup();
    const stdout = bin('history', String(draft.id), '--json');
    expect(JSON.parse(stdout)).toEqual(JSON.parse((await inkpress('history', String(draft.id), '--json')).out));
  });
});
