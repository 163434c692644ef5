import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { createHandlers } from '../../../src/main/core/handlers';
import { createServices, type Services } from '../../../src/main/core/services';
import type { Logger } from '../../../src/main/core/dispatch';
import { registerIpc } from '../../../src/main/electron/ipc';
import { asElectron, createFakeElectron, type FakeElectron, type FakeFrame } from './fakeElectron';
import { fakeShellPorts } from '../helpers/fakeShellPorts';

const APP_FRAME: FakeFrame = { url: 'app://inkpress/index.html', parent: null };
const EVIL_FRAME: FakeFrame = { url: 'https://evil.example/', parent: null };

let dataDir: string;
let services: Services;
let fake: FakeElectron;
let log: ReturnType<typeof vi.fn<Logger>>;
let unregister: () => void;

/** The test's own notion of trust, so these tests cover ipc.ts alone (security.ts has its own). */
const isTrusted = (event: IpcMainInvokeEvent): boolean => event.senderFrame === asElectron<IpcMainInvokeEvent['senderFrame']>(APP_FRAME);

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-ipc-'));
  services = createServices({ dataDir });
  fake = createFakeElectron();
  log = vi.fn<Logger>();
  unregister = registerIpc(asElectron<IpcMain>(fake.ipcMain), createHandlers(services, fakeShellPorts()), isTrusted, log);
});

afterEach(() => {
  services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('registerIpc', () => {
  it('handles exactly the channels of the contract', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a trusted frame from the real handler table', async () => {
    const created = await fake.ipcMain.invoke('drafts:create', { title: 'First post' }, APP_FRAME);
    expect(created).toMatchObject({ ok: true, value: { id: expect.any(Number), title: 'First post' } });

    const listed = await fake.ipcMain.invoke('drafts:list', undefined, APP_FRAME);
    expect(listed).toMatchObject({ ok: true, value: [{ title: 'First post' }] });
    expect(services.drafts.list()).toHaveLength(1);
  });

  it('reaches the shell ports: an export the user cancels writes nothing', async () => {
    const created = await fake.ipcMain.invoke('drafts:create', { title: 'Post' }, APP_FRAME);
    if (!isOkWithId(created)) throw new Error('drafts:create failed');
    expect(await fake.ipcMain.invoke('export:html', { id: created.value.id }, APP_FRAME)).toEqual({ ok: true, value: { path: null } });
  });

  it('refuses an untrusted frame with FORBIDDEN and never runs the handler', async () => {
    const answer = await fake.ipcMain.invoke('drafts:create', { title: 'Injected' }, EVIL_FRAME);
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(services.drafts.list()).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/'));
  });

  it('refuses an untrusted frame before looking at its arguments', async () => {
    const answer = await fake.ipcMain.invoke('drafts:get', { id: 'not a number' }, EVIL_FRAME);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a request whose frame is already gone', async () => {
    const answer = await fake.ipcMain.invoke('drafts:list', undefined, null);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unknown'));
  });

  it('answers VALIDATION for bad arguments from a trusted frame', async () => {
    for (const [channel, args] of [
      ['drafts:get', { id: 'one' }],
      ['drafts:get', { id: 1, extra: true }],
      ['drafts:delete', undefined],
      ['drafts:create', { title: 42 }],
    ] as const) {
      const answer = await fake.ipcMain.invoke(channel, args, APP_FRAME);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(services.drafts.list()).toEqual([]);
  });

  it('answers NOT_FOUND as data, not as a thrown error', async () => {
    expect(await fake.ipcMain.invoke('drafts:get', { id: 999 }, APP_FRAME)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('tells afterRequest each channel the app asked for, once it is answered (failures too, refusals not)', async () => {
    unregister();
    const heard: { channel: string; drafts: number }[] = [];
    unregister = registerIpc(asElectron<IpcMain>(fake.ipcMain), createHandlers(services, fakeShellPorts()), isTrusted, log, (channel) =>
      heard.push({ channel, drafts: services.drafts.list().length }),
    );
    await fake.ipcMain.invoke('drafts:create', { title: 'First post' }, APP_FRAME);
    await fake.ipcMain.invoke('drafts:get', { id: 999 }, APP_FRAME);
    await fake.ipcMain.invoke('drafts:create', { title: 'Injected' }, EVIL_FRAME);
    expect(heard).toEqual([
      { channel: 'drafts:create', drafts: 1 },
      { channel: 'drafts:get', drafts: 1 },
    ]);
  });

  it('returns a function that removes every handler', () => {
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('can register again after unregistering', () => {
    unregister();
    expect(() =>
      registerIpc(asElectron<IpcMain>(fake.ipcMain), createHandlers(services, fakeShellPorts()), isTrusted, log),
    ).not.toThrow();
    expect(fake.ipcMain.handlers.size).toBe(CHANNELS.length);
  });
});

function isOkWithId(value: unknown): value is { ok: true; value: { id: number } } {
  if (typeof value !== 'object' || value === null || !('ok' in value) || value.ok !== true || !('value' in value)) return false;
  const inner = value.value;
  return typeof inner === 'object' && inner !== null && 'id' in inner && typeof inner.id === 'number';
}
