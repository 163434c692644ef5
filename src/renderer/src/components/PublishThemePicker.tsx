import { SITE_THEME_NAMES, type SiteThemeName } from '../../../shared/site';

const THEMES: Record<SiteThemeName, { name: string; description: string }> = {
  harbor: { name: 'Harbor', description: 'A magazine: clean sans-serif type, covers in a grid.' },
  margin: { name: 'Margin', description: 'A journal: one quiet serif column, generous margins.' },
};

/** A small drawing of the theme's home page (colours and layout), so the choice is seen, not read. */
function ThemeSketch({ theme }: { theme: SiteThemeName }) {
  return (
    <span className={`theme-sketch theme-sketch-${theme}`} aria-hidden="true">
      <span className="sketch-masthead" />
      {theme === 'harbor' ? (
        <span className="sketch-grid">
          {[0, 1, 2, 3].map((card) => (
            <span key={card} className="sketch-card">
              <span className="sketch-cover" />
              <span className="sketch-line" />
              <span className="sketch-line short" />
            </span>
          ))}
        </span>
      ) : (
        <span className="sketch-column">
          {[0, 1, 2].map((entry) => (
            <span key={entry} className="sketch-entry">
              <span className="sketch-title" />
              <span className="sketch-line" />
              <span className="sketch-line" />
              <span className="sketch-line short" />
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

/** The built-in themes as cards: native radio buttons, so arrow keys and screen readers work. */
export function PublishThemePicker({ labelId, value, onChange }: { labelId: string; value: SiteThemeName; onChange: (theme: SiteThemeName) => void }) {
  return (
    <div className="theme-cards" role="radiogroup" aria-labelledby={labelId}>
      {SITE_THEME_NAMES.map((theme) => (
        <label key={theme} className={theme === value ? 'theme-card checked' : 'theme-card'}>
          <input type="radio" name="site-theme" value={theme} checked={theme === value} onChange={() => onChange(theme)} aria-describedby={`${labelId}-${theme}`} />
          <ThemeSketch theme={theme} />
          <span className="theme-card-text">
            <span className="theme-card-name">{THEMES[theme].name}</span>
            <span className="theme-card-description" id={`${labelId}-${theme}`}>
              {THEMES[theme].description}
            </span>
          </span>
        </label>
      ))}
    </div>
  );
}
