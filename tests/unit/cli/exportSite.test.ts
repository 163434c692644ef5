import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { SiteExportSummary } from '../../../src/main/core/site/exportSite';
import { expectOneErrorLine, jsonOf, useCliHarness } from '../helpers/cliHarness';

const openCli = useCliHarness('cli-site');

/** A library with two published posts and a draft, through the command line itself. */
async function setup() {
  const cli = openCli();
  const first = cli.file('first.md', '---\ntitle: First light\nauthor: Ann\ndate: 2026-11-01\ntags: [Travel]\nstatus: published\n---\n\nThe morning was *clear*.\n');
  const second = cli.file('second.md', '---\ntitle: Second wind\nauthor: Ann\ndate: 2026-11-02\nstatus: published\n---\n\nThe wind came back.\n');
  const draft = cli.file('draft.md', '---\ntitle: Not yet\nstatus: draft\n---\n\nUnfinished.\n');
  for (const file of [first, second, draft]) expect((await cli.inkpress('new', '--file', file)).code).toBe(0);
  return { ...cli, site: path.join(cli.root, 'site') };
}

const read = (root: string, file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

describe('inkpress export --site', () => {
  it('exports the published posts and prints the summary as JSON', async () => {
    const { inkpress, site } = await setup();
    const summary = jsonOf<SiteExportSummary>(await inkpress('export', '--site', site, '--base-url', 'https://ann.example.com', '--json'));
    expect(summary).toMatchObject({ outDir: site, indexFile: path.join(site, 'index.html'), posts: 2, skipped: 0, removed: 0, cancelled: false, warnings: [] });
    expect(summary.written).toBeGreaterThan(8);
    expect(read(site, 'index.html')).toContain('Second wind');
    expect(read(site, 'first-light/index.html')).toContain('<span class="post-writer">Writer: Ann</span>');
    expect(fs.existsSync(path.join(site, 'not-yet'))).toBe(false);
    expect(read(site, 'robots.txt')).toContain('Sitemap: https://ann.example.com/sitemap.xml');

    // Again: nothing changed, nothing written.
    expect(jsonOf<SiteExportSummary>(await inkpress('export', '--site', site, '--base-url', 'https://ann.example.com', '--json'))).toMatchObject({ written: 0, removed: 0 });
  });

  it('says in one line what it did', async () => {
    const { inkpress, site } = await setup();
    const result = await inkpress('export', '--site', site, '--base-url', 'https://ann.example.com/');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(new RegExp(`^Exported 2 posts to ${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ files written, 0 unchanged, 0 removed \\(\\d+\\.\\d s\\)\\.\\n$`));
  });

  it('takes the language and the theme for this export', async () => {
    const { inkpress, site } = await setup();
    expect((await inkpress('export', '--site', site, '--base-url', 'https://ann.example.com/', '--lang', 'de', '--theme', 'margin')).code).toBe(0);
    const post = read(site, 'first-light/index.html');
    expect(post).toContain('<html lang="de">');
    expect(post).toContain('Geschrieben von Ann');
    expect(post).toContain('1. November 2026');
    const css = fs.readdirSync(path.join(site, 'assets')).find((file) => file.endsWith('.css')) as string;
    expect(read(site, `assets/${css}`).startsWith('/* Inkpress theme: Margin */')).toBe(true);
  });

  it('uses the site settings saved in the library when no flag overrides them', async () => {
    const { inkpress, site, withServices } = await setup();
    withServices((services) => services.site.updateConfig({ baseUrl: 'https://saved.example.com/', language: 'fr', title: 'Carnet' }));
    expect((await inkpress('export', '--site', site)).code).toBe(0);
    expect(read(site, 'index.html')).toContain('<title>Carnet</title>');
    expect(read(site, 'index.html')).toContain('<a href="./">Accueil</a>');
    expect(read(site, 'robots.txt')).toContain('https://saved.example.com/sitemap.xml');
  });

  it.each([
    [['--lang', 'tlh'], /^inkpress: --lang must be one of en, pt-BR, es, fr, de, zh-CN, ja, not "tlh"\n$/],
    [['--theme', 'casper'], /^inkpress: --theme must be harbor or margin, not "casper"\n$/],
    [['--base-url', 'not a url'], /^inkpress: Invalid base URL: "not a url" is not a web address like https:\/\/example.com\/\n$/],
  ])('refuses %j in one line, exit 1, writing nothing', async (flags, message) => {
    const { inkpress, site } = await setup();
    expectOneErrorLine(await inkpress('export', '--site', site, '--base-url', 'https://ann.example.com/', ...flags), 1, message);
    expect(fs.existsSync(site)).toBe(false);
  });

  it('asks for a base URL when the site has none', async () => {
    const { inkpress, site } = await setup();
    expectOneErrorLine(await inkpress('export', '--site', site), 1, /^inkpress: The site has no base URL yet/);
  });

  it('refuses a folder that holds someone\'s files', async () => {
    const { inkpress, root } = await setup();
    fs.writeFileSync(path.join(root, 'letter.txt'), 'private');
    expectOneErrorLine(await inkpress('export', '--site', root, '--base-url', 'https://ann.example.com/'), 1, /already holds files that Inkpress did not export/);
    expect(fs.readdirSync(root).sort()).toEqual(['draft.md', 'first.md', 'letter.txt', 'library', 'second.md']);
  });

  it.each([
    [['--site', 'out', '1'], /takes no draft id/],
    [['--site', 'out', '--out', 'x.html'], /either --site DIR or a draft id with --out FILE, not both/],
    [['--site'], /argument missing/],
    [['1', '--out', 'x.html', '--json'], /--json goes with export --site DIR/],
    [[], /export needs a draft id \(inkpress export ID --out FILE.html\) or --site DIR/],
  ])('explains a misuse of %j and exits 2', async (args, message) => {
    const { inkpress } = await setup();
    expectOneErrorLine(await inkpress('export', ...args), 2, message);
  });
});

describe('inkpress export ID --out FILE --theme NAME', () => {
  it('writes the standalone page in a theme of the site', async () => {
    const { inkpress, root } = await setup();
    const out = path.join(root, 'first.html');
    const result = await inkpress('export', 'first-light', '--out', out, '--theme', 'margin');
    expect(result).toEqual({ code: 0, out: `${out}\n`, err: '' });
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<style>/* Inkpress theme: Margin */');
    expect(html).toContain('<h1 class="post-title">First light</h1>');
  });
});
