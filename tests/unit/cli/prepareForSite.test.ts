import { describe, it, expect } from 'vitest';
import type { Draft } from '../../../src/shared/draft';
import { jsonOf, useCliHarness } from '../helpers/cliHarness';

const openCli = useCliHarness('cli-prepare');

function setup() {
  const cli = openCli();
  const post = async (name: string, status: string, text: string): Promise<Draft> => {
    const file = cli.file(name, `---\ntitle: ${name}\ndate: 2026-11-01\nstatus: ${status}\n---\n\n${text}\n`);
    return jsonOf<Draft>(await cli.inkpress('new', '--file', file));
  };
  /** The prepared bodies in the library, by draft id. */
  const prepared = (): Map<number, string> =>
    cli.withServices((services) => new Map(services.db.prepare<[], [number, string]>('SELECT draft_id, html FROM site_post_bodies').raw().all()));
  /** How many posts the next export would still have had to prepare (they are prepared now). */
  const leftToPrepare = (): Promise<number> => cli.withServices((services) => services.site.preparePostBodies()).then(({ prepared: count }) => count);
  return { ...cli, post, prepared, leftToPrepare };
}

describe('the command line prepares the posts it changes for the site export', () => {
  it('new: a published post is prepared at once; a draft is not', async () => {
    const { post, prepared } = setup();
    const published = await post('published.md', 'published', 'Out in the *world*.');
    const draft = await post('draft.md', 'draft', 'Not yet.');
    const bodies = prepared();
    expect(bodies.get(published.id)).toContain('Out in the <em>world</em>.');
    expect(bodies.has(draft.id)).toBe(false);
  });

  it('set: a draft that becomes published is prepared, and a published post again after a change', async () => {
    const { post, inkpress, prepared, leftToPrepare } = setup();
    const draft = await post('draft.md', 'draft', 'Soon.');
    const published = await post('published.md', 'published', 'Here.');
    expect((await inkpress('set', String(draft.id), '--status', 'published')).code).toBe(0);
    expect(prepared().get(draft.id)).toContain('Soon.');
    expect((await inkpress('set', String(published.id), '--title', 'Renamed')).code).toBe(0);
    expect(await leftToPrepare()).toBe(0);
  });

  it('restore-revision: the restored text of a published post is prepared', async () => {
    const { post, inkpress, withServices, prepared, leftToPrepare } = setup();
    const published = await post('published.md', 'published', 'The first text.');
    const revision = withServices((services) => {
      const first = services.revisions.saveNamed(published.id, 'first');
      const current = services.drafts.get(published.id);
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The second text.' }] }] };
      services.drafts.save({ id: current.id, baseVersion: current.version, title: current.title, author: current.author, date: current.date, doc });
      return first;
    });
    expect(await leftToPrepare()).toBe(1);
    expect((await inkpress('restore-revision', String(published.id), String(revision.id))).code).toBe(0);
    expect(await leftToPrepare()).toBe(0);
    expect(prepared().get(published.id)).toContain('The first text.');
  });

  it('warns, and still succeeds, when the post was saved but could not be prepared', async () => {
    const { post, inkpress, file, withServices, prepared } = setup();
    await post('first.md', 'published', 'First.');
    withServices((services) =>
      services.db.exec(`CREATE TRIGGER refuse_bodies BEFORE INSERT ON site_post_bodies BEGIN SELECT RAISE(ABORT, 'disk is full'); END`),
    );
    const result = await inkpress('new', '--file', file('second.md', '---\ntitle: Second\nstatus: published\n---\n\nSecond.\n'));
    expect(result.code).toBe(0);
    const created = JSON.parse(result.out) as Draft;
    expect(created).toMatchObject({ title: 'Second', status: 'published' });
    expect(result.err).toBe(`inkpress: warning: draft ${created.id} was saved, but not prepared for the site export (disk is full); export --site will prepare it\n`);
    expect(prepared().has(created.id)).toBe(false);
  });
});
