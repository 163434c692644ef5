import type { Services } from '../../core/services';
import type { SiteExportSummary } from '../../core/site/exportSite';
import type { SiteConfigPatch } from '../../core/site/siteConfig';
import { SITE_LOCALES, siteLocaleOf, type SiteLocale } from '../../core/site/siteLabels';
import { SITE_THEME_NAMES, type SiteThemeName } from '../../core/site/themes/themeNames';
import { invalid } from '../../core/errors';
import type { CommandIo } from './command';
import { parseCommandArgs, type UsageErrorFactory } from './commandArgs';

const count = (n: number): string => n.toLocaleString('en-US');

/** "Exported 12 posts to /site: 40 files written, 3 unchanged, 1 removed (0.2 s)." */
function summaryLine(summary: SiteExportSummary): string {
  const posts = summary.posts === 1 ? '1 post' : `${count(summary.posts)} posts`;
  const parts = [`${count(summary.written)} files written`, `${count(summary.skipped)} unchanged`, `${count(summary.removed)} removed`];
  return `Exported ${posts} to ${summary.outDir}: ${parts.join(', ')} (${(summary.durationMs / 1000).toFixed(1)} s).\n`;
}

function readLocale(value: string): SiteLocale {
  const locale = siteLocaleOf(value);
  if (!locale) throw invalid(`--lang must be one of ${SITE_LOCALES.join(', ')}, not "${value}"`);
  return locale;
}

function readTheme(value: string): SiteThemeName {
  if (!(SITE_THEME_NAMES as readonly string[]).includes(value)) throw invalid(`--theme must be ${SITE_THEME_NAMES.join(' or ')}, not "${value}"`);
  return value as SiteThemeName;
}

/**
 * `inkpress export`: one draft as a standalone page (`ID --out FILE`), or the whole site as a
 * static website (`--site DIR`).
 */
export function runExportCommand(
  services: Services,
  args: string[],
  io: CommandIo,
  usageError: UsageErrorFactory,
): void {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      site: { type: 'string' },
      lang: { type: 'string' },
      'base-url': { type: 'string' },
      theme: { type: 'string' },
      json: { type: 'boolean' },
    },
    usageError,
  );
  if (values.site !== undefined) {
    if (positionals.length) throw usageError(`export --site exports every published post; it takes no draft id (got "${positionals[0]}")`);
    if (values.out !== undefined) throw usageError('export takes either --site DIR or a draft id with --out FILE, not both');
    if (!values.site.trim()) throw usageError('export --site needs a folder');
    const overrides: SiteConfigPatch = {};
    if (values.lang !== undefined) overrides.language = readLocale(values.lang);
    if (values['base-url'] !== undefined) overrides.baseUrl = values['base-url'];
    if (values.theme !== undefined) overrides.theme = readTheme(values.theme);
    const summary = services.site.exportSiteSync({ outDir: values.site, overrides });
    for (const warning of summary.warnings) io.stderr(`inkpress: warning: ${warning}\n`);
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : summaryLine(summary));
    return;
  }

  for (const flag of ['lang', 'base-url', 'json'] as const) {
    if (values[flag] !== undefined) throw usageError(`--${flag} goes with export --site DIR`);
  }
  const [idOrSlug, ...extra] = positionals;
  if (!idOrSlug) throw usageError('export needs a draft id (inkpress export ID --out FILE.html) or --site DIR');
  if (extra.length) throw usageError(`export takes one draft id (got also "${extra[0]}")`);
  if (!values.out) throw usageError('export needs --out FILE.html');
  const draft = services.drafts.resolve(idOrSlug);
  const written = services.site.writePostDocument(draft.id, values.out, values.theme === undefined ? undefined : readTheme(values.theme));
  io.stdout(`${written}\n`);
}
