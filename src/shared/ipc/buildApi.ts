import type { Channel, RequestApi } from './contract';

/**
 * Builds the named request functions of window.api from the channel list. The preload uses
 * it with ipcRenderer.invoke; the e2e harness injects the same function (via toString) with a
 * Playwright binding. So it must stay self-contained: no imports used at run time, no closures.
 */
export function buildRequestApi(
  channels: readonly Channel[],
  invoke: (channel: Channel, args: unknown) => Promise<unknown>,
): RequestApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string];
    const group = (api[domain] ??= {});
    // 'revisions:save-named' becomes api.revisions.saveNamed
    const method = verb.replace(/-([a-z])/g, (_match: string, letter: string) => letter.toUpperCase());
    group[method] = (args?: unknown) => invoke(channel, args);
  }
  return api as unknown as RequestApi;
}
