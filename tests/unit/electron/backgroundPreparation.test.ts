import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../src/main/core/services';
import { QUIET_DELAY_MS, STARTUP_DELAY_MS } from '../../../src/main/core/site/backgroundPreparation';
import type { Draft } from '../../../src/shared/draft';
import { fakeEvent, type FakeElectron, type FakeFrame } from './fakeElectron';
import { useFakeMainProcess } from './fakeMainProcess';

const APP_FRAME: FakeFrame = { url: 'app://inkpress/index.html', parent: null };

let fake: FakeElectron;
let dataDir: string;
useFakeMainProcess('inkpress-preparation-', (context) => {
  ({ fake, dataDir } = context);
});

beforeEach(() => {
  // Only the timers: the export's slices and the test's own waits use setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The library as the shell will find it: one published post, its body not yet prepared. */
function seedPublishedPost(): Draft {
  const services = createServices({ dataDir });
  try {
    return services.drafts.create({ title: 'Night train', status: 'published', doc: paragraph('The first version.') });
  } finally {
    services.close();
  }
}

/** The prepared bodies in the library, by draft id (read through a second connection). */
function preparedBodies(): Map<number, string> {
  const services = createServices({ dataDir });
  try {
    const rows = services.db.prepare<[], [number, string]>('SELECT draft_id, html FROM site_post_bodies').raw().all();
    return new Map(rows);
  } finally {
    services.close();
  }
}

async function startApp(): Promise<void> {
  await import('../../../src/main/electron/main');
  await fake.app.markReady();
  await new Promise(setImmediate);
}

/** Lets time pass, then lets a run that started finish its slices. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let turn = 0; turn < 5; turn += 1) await new Promise(setImmediate);
}

describe('the shell prepares the site in the background', () => {
  it('prepares the published posts a few seconds after the app started', async () => {
    const post = seedPublishedPost();
    await startApp();
    await wait(STARTUP_DELAY_MS - 1);
    expect(preparedBodies().size).toBe(0);
    await wait(1);
    expect(preparedBodies().get(post.id)).toContain('The first version.');
  });

  it('prepares a post again once the writer has stopped saving it', async () => {
    const post = seedPublishedPost();
    await startApp();
    await wait(STARTUP_DELAY_MS);

    const saved = await fake.ipcMain.invoke(
      'drafts:save',
      { id: post.id, baseVersion: post.version, title: post.title, author: post.author, date: post.date, doc: paragraph('The second version.') },
      APP_FRAME,
    );
    expect(saved).toMatchObject({ ok: true });
    await wait(QUIET_DELAY_MS - 1);
    expect(preparedBodies().get(post.id)).toContain('The first version.');
    await wait(1);
    expect(preparedBodies().get(post.id)).toContain('The second version.');
  });

  it('prepares nothing after the app quits, and logs nothing about it', async () => {
    seedPublishedPost();
    await startApp();
    fake.app.emit('will-quit', fakeEvent());
    await wait(10 * STARTUP_DELAY_MS);
    expect(console.error).not.toHaveBeenCalled();
    expect(preparedBodies().size).toBe(0);
  });
});
