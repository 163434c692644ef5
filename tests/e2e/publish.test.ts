import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { SiteExportSummary } from '../../src/shared/site';
import { docWith } from '../unit/helpers/docs';
import { launchApp, stopBrowser, type AppHarness } from './harness/launchApp';
import { serveStatic, type StaticServer } from './harness/serveStatic';

let app: AppHarness | undefined;
let site: { server: StaticServer; context: BrowserContext } | undefined;
const madeDirs: string[] = [];

afterEach(async () => {
  await site?.context.close();
  await site?.server.close();
  site = undefined;
  await app?.close();
  app = undefined;
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(stopBrowser);

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-publish-'));
  madeDirs.push(dir);
  return dir;
}

/**
 * Holds each export's answer until the test lets it go, so the progress the window was sent is
 * still on screen to be checked. The export itself runs for real; `finished` gives its summary.
 */
function holdExports(harness: AppHarness) {
  const service = harness.services.site;
  const exportSite = service.exportSite.bind(service);
  let release: () => void = () => undefined;
  let finished: (summary: SiteExportSummary) => void = () => undefined;
  const next = () => ({
    finished: new Promise<SiteExportSummary>((resolve) => {
      finished = resolve;
    }),
    release: () => release(),
  });
  service.exportSite = async (options) => {
    const summary = await exportSite(options);
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    finished(summary);
    await held;
    return summary;
  };
  return next;
}

async function openPublish(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish site' });
  await dialog.waitFor();
  return dialog;
}

/** The bar eases to its new width; a screenshot waits for it to arrive at the end. */
const barIsFull = (bar: Locator) => expect.poll(() => bar.evaluate((element) => (element.firstElementChild as HTMLElement).offsetWidth / (element as HTMLElement).offsetWidth)).toBe(1);

const figure = (dialog: Locator, label: string) => dialog.locator('.publish-figure').filter({ has: dialog.page().locator('dt', { hasText: label }) }).locator('.publish-figure-value');

describe('publishing the site', () => {
  it('sets the site up, exports it with progress, opens well in a browser, and re-exports only what changed', async () => {
    app = await launchApp();
    const { services, page } = app;
    services.drafts.create({
      title: 'Trem noturno para Viena',
      author: 'Ada Lovelace',
      date: '2026-11-20',
      status: 'published',
      tags: ['viagem', 'trem'],
      description: 'Uma noite inteira sobre trilhos.',
      doc: docWith('O trem sai às nove, e a cabine cheira a café.', 'De manhã, o Danúbio aparece pela janela.'),
    });
    services.drafts.create({ title: 'Mercados de inverno', author: 'Ada Lovelace', date: '2026-11-12', status: 'published', tags: ['viagem'], doc: docWith('Castanhas assadas e vinho quente.') });
    services.drafts.create({ title: 'Notas soltas', date: '2026-11-25', doc: docWith('Ainda não é para publicar.') });
    const last = services.drafts.create({ title: 'Faróis do Norte', author: '', date: '2026-11-26', status: 'published', tags: ['mar'], doc: docWith('A luz gira a noite toda.') });
    await app.reload();
    const exports = holdExports(app);

    // The settings, with the engine's refusals shown under their fields.
    let dialog = await openPublish(page);
    await expect.poll(() => dialog.getByLabel('Site title').evaluate((input) => input === document.activeElement)).toBe(true);
    await dialog.getByLabel('Site title').fill('Diário de bordo');
    await dialog.getByLabel('Description').fill('Viagens lentas, de trem e a pé.');
    await dialog.getByLabel('Default author').fill('Equipe do Diário');
    await dialog.getByLabel('Language').selectOption({ label: 'Português (Brasil)' });
    await dialog.getByRole('radio', { name: /Margin/ }).check();
    await dialog.getByRole('button', { name: 'Export site' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('The site needs its address');
    expect(await dialog.getByLabel('Address').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(app.folderDialogsShown).toEqual([]);
    await dialog.getByLabel('Address').fill('blog.example');
    await dialog.getByLabel('Address').press('Enter');
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toBe('"blog.example" is not a web address like https://example.com/');
    expect(await dialog.getByLabel('Address').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Address').fill('https://diario.example');
    await dialog.getByLabel('Address').press('Tab');
    await expect.poll(() => dialog.getByLabel('Address').inputValue()).toBe('https://diario.example/');
    expect(await dialog.getByRole('alert').count()).toBe(0);

    await dialog.getByRole('radio', { name: 'giscus' }).check();
    await dialog.getByLabel('Repository', { exact: true }).fill('ada/diario');
    await dialog.getByLabel('Repository ID').fill('R_kgDOabc');
    await dialog.getByLabel('Discussion category').fill('Comentários');
    await dialog.getByLabel('Category ID').fill('not an id');
    await dialog.getByLabel('Discussion per').focus();
    await dialog.getByRole('button', { name: 'Close' }).focus();
    // The refusal goes under the one id that is wrong.
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^Must be the category id giscus shows/);
    expect(await dialog.getByLabel('Category ID').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel('Repository ID').getAttribute('aria-invalid')).toBeNull();
    await dialog.getByLabel('Category ID').scrollIntoViewIfNeeded();
    await app.screenshot('publish-settings-error-light');
    await dialog.getByRole('radio', { name: 'None' }).check();
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    expect(services.site.getConfig()).toMatchObject({
      title: 'Diário de bordo',
      description: 'Viagens lentas, de trem e a pé.',
      author: 'Equipe do Diário',
      language: 'pt-BR',
      theme: 'margin',
      baseUrl: 'https://diario.example/',
      comments: { kind: 'none' },
    });
    await dialog.locator('.publish-body').evaluate((body) => body.scrollTo(0, 0));
    await app.screenshot('publish-settings-light');
    await dialog.getByRole('radio', { name: /Margin/ }).evaluate((radio) => radio.closest('.theme-card')?.scrollIntoView({ block: 'start' }));
    await app.screenshot('publish-settings-appearance-light');

    // The export: the folder dialog first, then the progress, then the summary.
    const folder = path.join(tempDir(), 'diario');
    app.nextFolderPath = folder;
    let run = exports();
    await dialog.getByRole('button', { name: 'Export site' }).click();
    const first = await run.finished;
    expect(app.folderDialogsShown).toEqual(['Choose the folder for your site']);
    expect(first).toMatchObject({ posts: 3, skipped: 0, removed: 0, cancelled: false });
    const bar = dialog.getByRole('progressbar');
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe(String(first.written));
    await barIsFull(bar);
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(first.written));
    expect(await dialog.locator('.publish-progress-phase').textContent()).toBe('Writing pages');
    expect(await dialog.locator('.publish-progress-count').textContent()).toBe(`${first.written} of ${first.written}`);
    expect(await dialog.getByRole('button', { name: 'Cancel export' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await app.screenshot('publish-progress-light');
    run.release();

    await dialog.getByText('Your site is ready').waitFor();
    expect(await dialog.locator('.publish-summary-text').textContent()).toMatch(/^3 posts in \d+(\.\d)? m?s\.$/);
    expect(await figure(dialog, 'Written').textContent()).toBe(String(first.written));
    expect(await figure(dialog, 'Unchanged').textContent()).toBe('0');
    expect(await figure(dialog, 'Removed').textContent()).toBe('0');
    expect(await dialog.locator('.publish-summary .publish-folder-line').textContent()).toBe(folder);
    await app.screenshot('publish-summary-light');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    await dialog.getByRole('button', { name: 'Open folder' }).click();
    await expect.poll(() => app?.openedFolders).toEqual([folder]);
    expect(app.openedInBrowser).toEqual([pathToFileURL(path.join(folder, 'index.html')).href]);

    // The site, served over 127.0.0.1 and read in Chromium as a visitor would.
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    site = { server: await serveStatic(folder), context: await browser.newContext({ locale: 'pt-BR', timezoneId: 'UTC' }) };
    const visitor = await site.context.newPage();
    const visitorErrors: string[] = [];
    visitor.on('pageerror', (error) => visitorErrors.push(error.message));
    visitor.on('response', (response) => {
      if (response.status() >= 400) visitorErrors.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await visitor.goto(`${site.server.url}/index.html`);
    expect(await visitor.title()).toContain('Diário de bordo');
    expect(await visitor.locator('html').getAttribute('lang')).toBe('pt-BR');
    const homeText = await visitor.locator('body').innerText();
    expect(homeText).toContain('Viagens lentas, de trem e a pé.');
    // Newest first; the unpublished draft is not on the site.
    expect(homeText.indexOf('Faróis do Norte')).toBeLessThan(homeText.indexOf('Trem noturno para Viena'));
    expect(homeText.indexOf('Trem noturno para Viena')).toBeLessThan(homeText.indexOf('Mercados de inverno'));
    expect(homeText).not.toContain('Notas soltas');

    // Links point at folders (/slug/), which a web host answers with their index.html; this
    // small test server does not, so the test follows the link to the file itself.
    const href = await visitor.getByRole('link', { name: 'Trem noturno para Viena' }).first().getAttribute('href');
    const postUrl = new URL(href ?? '', visitor.url());
    expect(postUrl.pathname).toBe('/trem-noturno-para-viena/');
    await visitor.goto(`${postUrl.href}index.html`);
    const article = visitor.locator('article.post');
    expect(await article.locator('h1').textContent()).toBe('Trem noturno para Viena');
    const header = await article.locator('.post-header').innerText();
    expect(header).toContain('Escrito por Ada Lovelace');
    expect(header).toContain('20 de novembro de 2026');
    expect(header).toContain('1 min de leitura');
    expect(await article.locator('.post-tags a').allTextContents()).toEqual(['viagem', 'trem']);
    expect(await article.locator('.post-body').innerText()).toContain('De manhã, o Danúbio aparece pela janela.');
    // The default author signs the posts that name no writer.
    await visitor.goto(`${site.server.url}/farois-do-norte/index.html`);
    expect(await visitor.locator('article.post .post-header').innerText()).toContain('Escrito por Equipe do Diário');
    expect(visitorErrors).toEqual([]);

    // Edit one post in the editor and publish again (File > Publish Site…): only its pages change.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByLabel('Title').inputValue()).toBe(last.title);
    await page.locator('.prose-editor p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ao amanhecer, ela se apaga.');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.emit('menu:command', 'publish-site');
    dialog = page.getByRole('dialog', { name: 'Publish site' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.publish-folder-path').textContent()).toBe(folder);
    // A site already set up opens one key press away from its export.
    await expect.poll(() => dialog.getByRole('button', { name: 'Export site' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await app.screenshot('publish-settings-dark');
    run = exports();
    await dialog.getByRole('button', { name: 'Export site' }).click();
    const second = await run.finished;
    await expect.poll(() => dialog.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(second.written + second.skipped));
    await barIsFull(dialog.getByRole('progressbar'));
    await app.screenshot('publish-progress-dark');
    run.release();
    await dialog.getByText('Your site is ready').waitFor();
    expect(app.folderDialogsShown).toHaveLength(1);
    expect(second.written).toBeGreaterThan(0);
    expect(second.written).toBeLessThanOrEqual(6);
    expect(second).toMatchObject({ skipped: first.written - second.written, removed: 0 });
    expect(await figure(dialog, 'Written').textContent()).toBe(String(second.written));
    expect(await figure(dialog, 'Unchanged').textContent()).toBe(String(second.skipped));
    await app.screenshot('publish-summary-dark');
    await visitor.reload();
    // textContent: the theme's drop cap floats the first letter, and innerText loses the space after it.
    expect(await visitor.locator('article.post .post-body').textContent()).toContain('A luz gira a noite toda. Ao amanhecer, ela se apaga.');

    expect(app.errors).toEqual([]);
  });

  it('stops an export on Cancel, says so, and finishes it on the next export', async () => {
    app = await launchApp({ colorScheme: 'dark' });
    const { services, page } = app;
    services.site.updateConfig({ title: 'Night trains', baseUrl: 'https://trains.example/' });
    services.drafts.create({ title: 'Sleeper to Vienna', date: '2026-11-20', status: 'published', doc: docWith('The train leaves at nine.') });
    await app.reload();
    const folder = path.join(tempDir(), 'site');
    app.nextFolderPath = folder;
    // The export waits for the test before it starts, so Cancel is pressed while it runs.
    const service = services.site;
    const exportSite = service.exportSite.bind(service);
    let start: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      service.exportSite = async (options) => {
        const go = new Promise<void>((resolveGo) => {
          start = resolveGo;
        });
        resolve();
        await go;
        service.exportSite = exportSite;
        return exportSite(options);
      };
    });

    const dialog = await openPublish(page);
    await dialog.getByRole('button', { name: 'Export site' }).click();
    await started;
    await dialog.getByText('Exporting your site').waitFor();
    expect(await dialog.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Preparing');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Cancel export' }).isDisabled()).toBe(true);
    expect(await dialog.locator('.publish-progress-phase').textContent()).toBe('Stopping after the current file…');
    start();
    await dialog.getByText('Export stopped').waitFor();
    expect(await figure(dialog, 'Written').textContent()).toBe('0');
    expect(await dialog.getByRole('button', { name: 'Open in browser' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Resume export' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await app.screenshot('publish-stopped-dark');

    await page.keyboard.press('Enter');
    await dialog.getByText('Your site is ready').waitFor();
    expect(Number(await figure(dialog, 'Written').textContent())).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(folder, 'sleeper-to-vienna', 'index.html'))).toBe(true);
    expect(app.folderDialogsShown).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });

  it('exports exactly the posts chosen in the dialog, a draft included', async () => {
    app = await launchApp();
    const { services, page } = app;
    services.site.updateConfig({ title: 'Night trains', baseUrl: 'https://trains.example/' });
    services.drafts.create({ title: 'Published one', date: '2026-11-20', status: 'published', doc: docWith('Out there.') });
    services.drafts.create({ title: 'Work in progress', date: '2026-11-21', doc: docWith('Not yet.') });
    await app.reload();
    // A long path: the dialog shows its end, the folder's own name.
    const folder = path.join(tempDir(), 'Documents', 'Websites', 'A travel journal written on night trains', 'public');
    app.nextFolderPath = folder;

    const dialog = await openPublish(page);
    await dialog.getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => dialog.locator('.publish-folder-path').textContent()).toBe(folder);
    await dialog.getByRole('radio', { name: /Only the posts I choose/ }).check();
    const list = dialog.getByRole('list', { name: 'Posts to export' });
    await list.getByText('Published one').waitFor();
    await dialog.getByRole('radio', { name: 'Drafts', exact: true }).check();
    await list.getByRole('checkbox', { name: /Work in progress/ }).check();
    expect(await dialog.locator('.post-picker-count').textContent()).toBe('1 post chosen');
    await dialog.locator('.publish-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    await app.screenshot('publish-choose-posts-light');
    await dialog.getByRole('button', { name: 'Export site' }).click();
    await dialog.getByText('Your site is ready').waitFor();
    expect(await dialog.locator('.publish-summary-text').textContent()).toMatch(/^1 post in /);
    expect(fs.existsSync(path.join(folder, 'work-in-progress', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(folder, 'published-one'))).toBe(false);
    expect(app.errors).toEqual([]);
  });
});
