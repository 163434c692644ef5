import { describe, it, expect } from 'vitest';
import type { Session, WebContents, WebFrameMain } from 'electron';
import { APP_ORIGIN } from '../../../src/main/electron/rendererProtocol';
import { hardenSession, hardenWebContents, isAppUrl, isExternalWebUrl, isTrustedSender } from '../../../src/main/electron/security';
import { asElectron, fakeEvent, FakeSession, FakeWebContents, type FakeFrame, type WindowOpenHandler } from './fakeElectron';

const DEV_ORIGIN = 'http://localhost:5173';
const PRODUCTION = [APP_ORIGIN];
const DEVELOPMENT = [APP_ORIGIN, DEV_ORIGIN];

const mainFrame = (url: string): FakeFrame => ({ url, parent: null });
const trusted = (frame: FakeFrame | null, origins: readonly string[]): boolean =>
  isTrustedSender(asElectron<WebFrameMain | null>(frame), origins);

describe('isAppUrl', () => {
  it('accepts the pages of the app origin', () => {
    expect(isAppUrl('app://inkpress/index.html', PRODUCTION)).toBe(true);
    expect(isAppUrl('app://inkpress/', PRODUCTION)).toBe(true);
    expect(isAppUrl('app://inkpress/assets/index.js', PRODUCTION)).toBe(true);
  });

  it('refuses other schemes, hosts and malformed URLs', () => {
    for (const url of [
      'file:///etc/passwd',
      'https://evil.example/',
      'app://evil/index.html',
      'app://inkpress.evil.example/index.html',
      'http://inkpress/index.html',
      'app://user@inkpress/index.html',
      'app://user:pass@inkpress/index.html',
      'blob:app://inkpress/0b6c',
      'file://inkpress/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, PRODUCTION), url).toBe(false);
    }
  });

  it('accepts the dev server only when its origin is listed', () => {
    expect(isAppUrl(`${DEV_ORIGIN}/index.html`, DEVELOPMENT)).toBe(true);
    expect(isAppUrl(`${DEV_ORIGIN}/index.html`, PRODUCTION)).toBe(false);
    expect(isAppUrl('http://localhost:5174/index.html', DEVELOPMENT)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of app://inkpress', () => {
    expect(trusted(mainFrame('app://inkpress/index.html'), PRODUCTION)).toBe(true);
  });

  it('trusts the dev server main frame only when its origin is listed', () => {
    expect(trusted(mainFrame(`${DEV_ORIGIN}/`), DEVELOPMENT)).toBe(true);
    expect(trusted(mainFrame(`${DEV_ORIGIN}/`), PRODUCTION)).toBe(false);
  });

  it('refuses a subframe, even one of the app origin', () => {
    const parent = mainFrame('app://inkpress/index.html');
    expect(trusted({ url: 'app://inkpress/index.html', parent }, PRODUCTION)).toBe(false);
    expect(trusted({ url: `${DEV_ORIGIN}/`, parent: mainFrame(`${DEV_ORIGIN}/`) }, DEVELOPMENT)).toBe(false);
  });

  it('refuses file://, other web origins and malformed URLs', () => {
    for (const url of ['file:///home/me/evil.html', 'https://evil.example/', 'about:blank', '::not a url::']) {
      expect(trusted(mainFrame(url), DEVELOPMENT), url).toBe(false);
    }
  });

  it('refuses a request whose frame is gone', () => {
    expect(trusted(null, PRODUCTION)).toBe(false);
    expect(isTrustedSender(undefined, PRODUCTION)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('lets only web and mail links leave the app', () => {
    expect(isExternalWebUrl('https://example.com/')).toBe(true);
    expect(isExternalWebUrl('http://example.com/')).toBe(true);
    expect(isExternalWebUrl('mailto:me@example.com')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://inkpress/', 'smb://host/share', 'ms-settings:', 'nope']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  function hardened(origins: readonly string[] = DEVELOPMENT) {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    hardenWebContents(asElectron<WebContents>(contents), origins, (url) => opened.push(url));
    return { contents, opened };
  }

  function navigate(contents: FakeWebContents, eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = fakeEvent();
    contents.emit(eventName, event, url);
    return event.defaultPrevented;
  }

  it('prevents navigating or redirecting to a page outside the app', () => {
    const { contents } = hardened();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5174/']) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(true);
      expect(navigate(contents, 'will-redirect', url), url).toBe(true);
    }
  });

  it('lets the dev server page navigate within its origin', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'will-navigate', `${DEV_ORIGIN}/index.html`)).toBe(false);
  });

  it('lets the app page navigate within app://inkpress', () => {
    const { contents } = hardened(PRODUCTION);
    expect(navigate(contents, 'will-navigate', 'app://inkpress/index.html')).toBe(false);
  });

  it('denies every new window and opens only http, https and mailto links outside', () => {
    const { contents, opened } = hardened();
    const handler: WindowOpenHandler | null = contents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler was set');
    const urls = [
      'https://example.com/post',
      'http://example.com/',
      'mailto:me@example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://inkpress/index.html',
      'smb://host/share',
      'garbage',
    ];
    for (const url of urls) expect(handler({ url }), url).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/post', 'http://example.com/', 'mailto:me@example.com']);
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    hardenSession(asElectron<Session>(session));
    const { permissionRequestHandler: onRequest, permissionCheckHandler: onCheck } = session;
    if (!onRequest || !onCheck) throw new Error('permission handlers were not set');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      onRequest(new FakeWebContents(), permission, (granted) => answers.push(granted), {});
      expect(answers, permission).toEqual([false]);
      expect(onCheck(new FakeWebContents(), permission, APP_ORIGIN, {}), permission).toBe(false);
    }
  });
});
