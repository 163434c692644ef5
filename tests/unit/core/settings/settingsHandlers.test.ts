import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { dispatch } from '../../../../src/main/core/dispatch';
import { renderPostMarkdown } from '../../../../src/main/core/export/postMarkdown';
import { createHandlers, type ShellPorts } from '../../../../src/main/core/handlers';
import type { Result } from '../../../../src/shared/ipc/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings';
import { docWith } from '../../helpers/docs';
import { fakeShellPorts } from '../../helpers/fakeShellPorts';
import { useTempDirs } from '../../helpers/tempDir';
import { useServices } from '../../helpers/testServices';

const tempDir = useTempDirs();
const openServices = useServices();

function setup(overrides: Partial<ShellPorts> = {}) {
  const { services } = openServices();
  const applied: Settings[] = [];
  const dialogs: { kind: 'open' | 'save'; title: string }[] = [];
  const handlers = createHandlers(
    services,
    fakeShellPorts({
      settingsChanged: (settings) => applied.push(settings),
      chooseOpenPath: async ({ title }) => {
        dialogs.push({ kind: 'open', title });
        return null;
      },
      chooseSavePath: async ({ title }) => {
        dialogs.push({ kind: 'save', title });
        return null;
      },
      ...overrides,
    }),
  );
  const errors: unknown[] = [];
  const call = <T = unknown>(channel: string, args?: unknown) =>
    dispatch(handlers, channel, args, (_message, error) => errors.push(error)) as Promise<Result<T>>;
  return { services, call, applied, dialogs, errors };
}

describe('settings over IPC', () => {
  it('settings:get answers the defaults on a new library', async () => {
    const { call } = setup();
    expect(await call('settings:get')).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('settings:update saves the patch, answers every setting, and has the shell apply them once', async () => {
    const { call, applied } = setup();
    const answer = await call<Settings>('settings:update', { theme: 'dark', spellcheck: { languages: ['fr'] } });
    const expected: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', spellcheck: { enabled: true, languages: ['fr'] } };
    expect(answer).toEqual({ ok: true, value: expected });
    expect(applied).toEqual([expected]);
    expect(await call('settings:get')).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ theme: 'sepia' }, 'theme'],
    [{ spellcheck: { enabled: 'on' } }, 'spellcheck.enabled'],
    [{ spellcheck: { dictionary: 'x' } }, 'spellcheck'],
    [{ zoom: 2 }, ''],
    [null, ''],
  ])('settings:update refuses %j (VALIDATION), saves and applies nothing', async (patch, where) => {
    const { call, applied } = setup();
    const answer = await call('settings:update', patch);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(where) } });
    expect(applied).toEqual([]);
    expect(await call('settings:get')).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('settings:spelling-languages answers what the shell offers', async () => {
    const { call } = setup({ spellingLanguages: () => ({ available: ['en-US', 'fr'], systemManaged: false }) });
    expect(await call('settings:spelling-languages')).toEqual({ ok: true, value: { available: ['en-US', 'fr'], systemManaged: false } });
  });

  it('window:set-full-screen asks the shell, and only with a boolean', async () => {
    const asked: boolean[] = [];
    const { call } = setup({
      setFullScreen: (fullScreen) => {
        asked.push(fullScreen);
        return { wasFullScreen: !fullScreen };
      },
    });
    expect(await call('window:set-full-screen', { fullScreen: true })).toEqual({ ok: true, value: { wasFullScreen: false } });
    expect(await call('window:set-full-screen', { fullScreen: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(asked).toEqual([true]);
  });
});

describe('import:file', () => {
  function importing(file: string | null) {
    return setup({ chooseOpenPath: async () => file });
  }

  it('makes a Markdown file chosen in the open dialog a new draft, front matter and all', async () => {
    const file = path.join(tempDir('import'), 'night-train.md');
    fs.writeFileSync(file, '---\ntitle: Night train\ntags: [rail, travel]\nstatus: published\n---\n\nSleeper to *Vienna*.\n');
    const { call, services } = importing(file);
    const answer = await call<{ draft: { id: number; title: string } }>('import:file');
    expect(answer).toMatchObject({ ok: true, value: { draft: { title: 'Night train', tags: ['rail', 'travel'], status: 'published', slug: 'night-train' } } });
    if (!answer.ok || !answer.value.draft) throw new Error('no draft');
    expect(services.drafts.get(answer.value.draft.id).excerpt).toBe('Sleeper to Vienna.');
  });

  it('imports an HTML page', async () => {
    const file = path.join(tempDir('import'), 'page.html');
    fs.writeFileSync(file, '<html><head><title>From the head</title></head><body><p>Hello</p></body></html>');
    const { call } = importing(file);
    expect(await call('import:file')).toMatchObject({ ok: true, value: { draft: { title: 'From the head', excerpt: 'Hello' } } });
  });

  it("names a draft after its file when the file names no title", async () => {
    const file = path.join(tempDir('import'), 'Field notes.md');
    fs.writeFileSync(file, 'Just text, no heading.\n');
    const { call } = importing(file);
    expect(await call('import:file')).toMatchObject({ ok: true, value: { draft: { title: 'Field notes' } } });
  });

  it('imports nothing when the dialog is cancelled', async () => {
    const { call, services } = importing(null);
    expect(await call('import:file')).toEqual({ ok: true, value: { draft: null } });
    expect(services.drafts.list()).toEqual([]);
  });

  it.each([
    ['report.docx', 'x', 'VALIDATION', 'expected a Markdown (.md) or HTML (.html) file'],
    ['broken.md', '---\ntitle: "unterminated\n---\nx', 'VALIDATION', 'Malformed front matter'],
    ['bad-date.md', '---\ndate: 2026-02-30\n---\nx', 'VALIDATION', 'not "2026-02-30"'],
    ['binary.md', '\u0000\u0001PK', 'VALIDATION', 'is not a text file'],
  ])('refuses %s with a clear error and leaves the library as it was', async (name, content, code, message) => {
    const file = path.join(tempDir('import'), name);
    fs.writeFileSync(file, content);
    const { call, services, errors } = importing(file);
    expect(await call('import:file')).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } });
    expect(services.drafts.list()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says NOT_FOUND for a file that went away after it was chosen', async () => {
    const { call } = importing(path.join(tempDir('import'), 'gone.md'));
    expect(await call('import:file')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('export:markdown', () => {
  it('writes the draft as Markdown with front matter where the save dialog says', async () => {
    const target = path.join(tempDir('export'), 'chosen.md');
    const asked: { title: string; defaultName: string; filters: unknown }[] = [];
    const { call, services } = setup({
      chooseSavePath: async (options) => {
        asked.push(options);
        return target;
      },
    });
    const draft = services.drafts.create({ title: 'My Post', tags: ['rail'], doc: docWith('Body text') });
    expect(await call('export:markdown', { id: draft.id })).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe(renderPostMarkdown(services.drafts.get(draft.id)));
    expect(asked).toEqual([{ title: 'Export as Markdown', defaultName: 'my-post.md', filters: [{ name: 'Markdown', extensions: ['md'] }] }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { call, services, dialogs } = setup();
    const draft = services.drafts.create({ title: 'My Post' });
    expect(await call('export:markdown', { id: draft.id })).toEqual({ ok: true, value: { path: null } });
    expect(dialogs).toEqual([{ kind: 'save', title: 'Export as Markdown' }]);
  });

  it('is NOT_FOUND for a draft that does not exist, before any dialog opens', async () => {
    const { call, dialogs } = setup();
    expect(await call('export:markdown', { id: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dialogs).toEqual([]);
  });

  it('is IO, naming the reason, for a folder that does not exist', async () => {
    const { call, services } = setup({ chooseSavePath: async () => path.join(tempDir('export'), 'gone', 'post.md') });
    const draft = services.drafts.create({ title: 'My Post' });
    const answer = await call('export:markdown', { id: draft.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringContaining('the folder does not exist') } });
  });
});
