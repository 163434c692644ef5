/**
 * The built-in site themes, by the name the config and `--theme` use:
 * - harbor: a magazine-like blog (sans-serif, cover images in a card grid);
 * - margin: a quiet, single-column serif journal.
 */
import { SITE_THEME_NAMES, type SiteThemeName } from '../../../../shared/site';

export { SITE_THEME_NAMES, type SiteThemeName };
