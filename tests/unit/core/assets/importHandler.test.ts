import crypto from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { dispatch } from '../../../../src/main/core/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { useServices } from '../../helpers/testServices';
import { fakeShellPorts } from '../../helpers/fakeShellPorts';
import { PNG_3X2, SVG_WITH_SCRIPT } from './testImages';

const openServices = useServices();

function setup() {
  const { services } = openServices();
  const handlers = createHandlers(services, fakeShellPorts());
  const logged: unknown[] = [];
  const call = (args: unknown) => dispatch(handlers, 'assets:import', args, (_message, error) => void logged.push(error));
  return { services, call, logged };
}

describe("the 'assets:import' channel", () => {
  it('imports base64 image data and answers with the ImportedAsset', async () => {
    const { services, call } = setup();
    const hash = crypto.createHash('sha256').update(PNG_3X2).digest('hex');
    const answer = await call({ fileName: 'dot.png', mimeType: 'image/png', dataBase64: PNG_3X2.toString('base64') });
    expect(answer).toEqual({
      ok: true,
      value: { src: `library-assets/${hash}.png`, hash, mimeType: 'image/png', bytes: PNG_3X2.length, width: 3, height: 2 },
    });
    expect(services.assets.list()).toHaveLength(1);
  });

  it('answers VALIDATION with a message a writer can act on for an SVG or a non-image', async () => {
    const { call, logged } = setup();
    expect(await call({ fileName: 'logo.svg', mimeType: 'image/svg+xml', dataBase64: SVG_WITH_SCRIPT.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('"logo.svg" is not a PNG, JPEG, GIF, WebP or AVIF image') },
    });
    expect(await call({ fileName: 'notes.png', mimeType: 'image/png', dataBase64: Buffer.from('hello').toString('base64') })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '"notes.png" is not a PNG, JPEG, GIF, WebP or AVIF image' },
    });
    expect(logged).toEqual([]);
  });

  it('refuses empty data and stray arguments before reaching the library', async () => {
    const { services, call } = setup();
    expect(await call({ fileName: 'x.png', mimeType: 'image/png', dataBase64: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call({ fileName: 'x.png', mimeType: 'image/png', dataBase64: 'AAAA', path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(services.assets.list()).toEqual([]);
  });
});
