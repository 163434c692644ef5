import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { CHANNELS, READY_TO_CLOSE, type InkpressApi, type MenuCommand } from '../../../src/shared/ipc/contract';
import { createFakeElectron, type FakeElectron } from '../electron/fakeElectron';

let fake: FakeElectron;
let api: InkpressApi;

beforeEach(async () => {
  fake = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../../src/preload/index');
  api = fake.exposedInMainWorld.get('api') as InkpressApi;
});

afterEach(() => {
  vi.doUnmock('electron');
});

/** Every [path, value] reachable from the exposed object, the object itself included. */
function walk(value: unknown, at = 'api', seen = new Set<unknown>()): [string, unknown][] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [[at, value]];
  seen.add(value);
  const entries: [string, unknown][] = [[at, value]];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof value === 'function' && (key === 'length' || key === 'name' || key === 'prototype')) continue;
    entries.push(...walk(Reflect.get(value, key), `${at}.${String(key)}`, seen));
  }
  return entries;
}

describe('the preload bridge', () => {
  it("exposes exactly one key, 'api'", () => {
    expect([...fake.exposedInMainWorld.keys()]).toEqual(['api']);
  });

  it('has one named function per channel, the event subscription and readyToClose', () => {
    expect(Object.keys(api).sort()).toEqual(['app', 'assets', 'drafts', 'events', 'export', 'import', 'library', 'preview', 'revisions', 'search', 'settings', 'site', 'tags', 'window']);
    expect(Object.keys(api.drafts).sort()).toEqual(['create', 'delete', 'emptyTrash', 'get', 'list', 'save', 'trash', 'untrash']);
    expect(Object.keys(api.revisions).sort()).toEqual(['checkpoint', 'diff', 'list', 'restore', 'saveNamed']);
    expect(Object.keys(api.preview)).toEqual(['render']);
    expect(Object.keys(api.export)).toEqual(['html', 'markdown']);
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'spellingLanguages', 'update']);
    expect(Object.keys(api.window)).toEqual(['setFullScreen']);
    expect(Object.keys(api.events)).toEqual(['on']);
    expect(Object.keys(api.app)).toEqual(['readyToClose']);
    // Every leaf is a plain function: nothing else crosses the bridge.
    const leaves = walk(api).filter(([, value]) => typeof value !== 'object');
    expect(leaves.every(([, value]) => typeof value === 'function')).toBe(true);
    expect(leaves).toHaveLength(CHANNELS.length + 2);
  });

  it('never hands out ipcRenderer or a generic invoke/send', () => {
    for (const [at, value] of walk(api)) {
      expect(value, at).not.toBe(fake.ipcRenderer);
      expect(value, at).not.toBe(fake.ipcRenderer.invoke);
      expect(value, at).not.toBe(fake.ipcRenderer.send);
      expect(value, at).not.toBe(fake.ipcRenderer.on);
      expect(at.split('.').at(-1), at).not.toMatch(/^(invoke|send|sendSync|ipcRenderer|ipc|on[A-Z].*|postMessage)$/);
    }
  });

  it('cannot be turned into a generic invoke: an unknown domain or verb is simply absent', () => {
    const loose = api as unknown as Record<string, Record<string, unknown> | undefined>;
    expect(loose['shell']).toBeUndefined();
    expect(loose['drafts']?.['invoke']).toBeUndefined();
    expect(loose['drafts']?.['exec']).toBeUndefined();
  });

  it('invokes each channel with its arguments and returns the answer', async () => {
    fake.ipcRenderer.respond = (channel, args) => ({ ok: true, value: { channel, args } });
    expect(await api.drafts.get({ id: 1 })).toEqual({ ok: true, value: { channel: 'drafts:get', args: [{ id: 1 }] } });
    await api.drafts.list();
    await api.export.html({ id: 2 });
    expect(fake.ipcRenderer.invocations).toEqual([
      { channel: 'drafts:get', args: [{ id: 1 }] },
      { channel: 'drafts:list', args: [undefined] },
      { channel: 'export:html', args: [{ id: 2 }] },
    ]);
  });

  it('refuses to subscribe to an event that is not part of the contract', () => {
    const on = api.events.on as (event: string, listener: (payload: unknown) => void) => () => void;
    for (const name of ['drafts:list', 'app:ready-to-close', '__proto__', 'constructor', '']) {
      expect(() => on(name, () => undefined), name).toThrow(/Unknown event/);
    }
    expect(fake.ipcRenderer.listenerCount('drafts:list')).toBe(0);
  });

  it('hands a listener only the payload, never the IpcRendererEvent', () => {
    const listener = vi.fn<(command: MenuCommand) => void>();
    api.events.on('menu:command', listener);
    fake.ipcRenderer.deliver('menu:command', 'new-draft');
    expect(listener.mock.calls).toEqual([['new-draft']]);
  });

  it('returns a function that unsubscribes the listener', () => {
    const listener = vi.fn<(command: MenuCommand) => void>();
    const stop = api.events.on('menu:command', listener);
    expect(fake.ipcRenderer.listenerCount('menu:command')).toBe(1);
    stop();
    expect(fake.ipcRenderer.listenerCount('menu:command')).toBe(0);
    fake.ipcRenderer.deliver('menu:command', 'export-html');
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes only its own listener', () => {
    const first = vi.fn<(payload: null) => void>();
    const second = vi.fn<(payload: null) => void>();
    const stopFirst = api.events.on('app:before-close', first);
    api.events.on('app:before-close', second);
    stopFirst();
    fake.ipcRenderer.deliver('app:before-close', null);
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([[null]]);
  });

  it('readyToClose sends the one fire-and-forget message', () => {
    api.app.readyToClose();
    expect(fake.ipcRenderer.sent).toEqual([{ channel: READY_TO_CLOSE, args: [] }]);
    expect(READY_TO_CLOSE).toBe('app:ready-to-close');
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });
});
