import { describe, it, expect } from 'vitest';
import { buildRequestApi } from '../../../../src/shared/ipc/buildApi';
import { CHANNELS, type Channel } from '../../../../src/shared/ipc/contract';

function recordingApi() {
  const calls: { channel: Channel; args: unknown }[] = [];
  const api = buildRequestApi(CHANNELS, async (channel, args) => {
    calls.push({ channel, args });
    return { ok: true, value: channel };
  });
  return { api, calls };
}

describe('buildRequestApi', () => {
  it('makes one named function per channel, grouped by domain', () => {
    const { api } = recordingApi();
    expect(Object.keys(api).sort()).toEqual(['assets', 'drafts', 'export', 'import', 'library', 'preview', 'revisions', 'search', 'settings', 'site', 'tags', 'window']);
    expect(Object.keys(api.drafts).sort()).toEqual(['create', 'delete', 'emptyTrash', 'get', 'list', 'save', 'trash', 'untrash']);
    expect(Object.keys(api.tags).sort()).toEqual(['delete', 'list', 'merge', 'rename']);
    expect(Object.keys(api.preview)).toEqual(['render']);
    expect(Object.keys(api.export)).toEqual(['html', 'markdown']);
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'spellingLanguages', 'update']);
    expect(Object.keys(api.window)).toEqual(['setFullScreen']);
    expect(Object.keys(api.site).sort()).toEqual(['cancelExport', 'chooseFolder', 'export', 'getConfig', 'getFolder', 'openFolder', 'openInBrowser', 'updateConfig']);
  });

  it('sends each call on its own channel with its arguments', async () => {
    const { api, calls } = recordingApi();
    await api.drafts.get({ id: 7 });
    await api.export.html({ id: 3 });
    await api.drafts.create({ title: 'T' });
    expect(calls).toEqual([
      { channel: 'drafts:get', args: { id: 7 } },
      { channel: 'export:html', args: { id: 3 } },
      { channel: 'drafts:create', args: { title: 'T' } },
    ]);
  });

  it('sends no arguments for a channel that takes none', async () => {
    const { api, calls } = recordingApi();
    await api.drafts.list();
    expect(calls).toEqual([{ channel: 'drafts:list', args: undefined }]);
  });

  it('returns what the transport answers', async () => {
    const { api } = recordingApi();
    expect(await api.drafts.delete({ id: 1 })).toEqual({ ok: true, value: 'drafts:delete' });
  });

  it('stays self-contained, so the e2e bridge can inject it by its source text', () => {
    const rebuilt = new Function(`return (${buildRequestApi.toString()})`)() as typeof buildRequestApi;
    const seen: Channel[] = [];
    const api = rebuilt(CHANNELS, async (channel) => {
      seen.push(channel);
      return null;
    });
    void api.preview.render({ title: '', author: '', date: '2026-11-29', tags: [], doc: { type: 'doc' } });
    expect(seen).toEqual(['preview:render']);
  });
});
