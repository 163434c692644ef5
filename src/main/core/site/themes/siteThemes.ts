import { escapeHtml } from '../../render/escapeHtml';
import type { SiteThemeName } from './themeNames';
import { HARBOR_CSS } from './harbor';
import { MARGIN_CSS } from './margin';
import { POST_CONTENT_CSS } from './postContent';

const THEMES: Record<SiteThemeName, string> = { harbor: HARBOR_CSS, margin: MARGIN_CSS };

/** The colours of each theme's icon: its ink behind the site's initial. */
const ICON_COLOURS: Record<SiteThemeName, { background: string; letter: string; font: string }> = {
  harbor: { background: '#15171a', letter: '#ffffff', font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' },
  margin: { background: '#a4432b', letter: '#fbf9f4', font: 'Charter, Georgia, serif' },
};

/**
 * The site's one stylesheet: the theme (its layout and its light and dark colours), the
 * styles of post bodies that both themes share, then the writer's own CSS, which wins.
 */
export function siteStylesheet(theme: SiteThemeName, customCss: string): string {
  const custom = customCss.trim() ? `\n/* Custom CSS from the site settings */\n${customCss.trim()}\n` : '';
  return `${THEMES[theme]}\n${POST_CONTENT_CSS}${custom}`;
}

/** The site's icon (favicon): the first letter of its title on the theme's colour, as SVG. */
export function siteIcon(theme: SiteThemeName, title: string): string {
  const colours = ICON_COLOURS[theme];
  const initial = escapeHtml(Array.from(title.trim())[0]?.toLocaleUpperCase() ?? '·');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${colours.background}"/><text x="32" y="44" text-anchor="middle" font-family="${colours.font}" font-size="36" font-weight="700" fill="${colours.letter}">${initial}</text></svg>\n`;
}
