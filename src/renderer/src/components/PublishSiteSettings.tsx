import { useId, type KeyboardEvent } from 'react';
import { SITE_LIMITS, SITE_LOCALE_NAMES, SITE_LOCALES, type SiteLocale } from '../../../shared/site';
import type { SiteField, SiteForm } from '../publish/siteForm';
import type { SiteSettings } from '../publish/useSiteSettings';
import { PublishComments } from './PublishComments';
import { PublishField } from './PublishField';
import { PublishThemePicker } from './PublishThemePicker';

/** Enter in a one-line field saves it, as leaving it does (there is no form to submit). */
function saveOnEnter(commit: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };
}

/** The site's settings: what it is called, where it lives, how it looks, and its comments. */
export function PublishSiteSettings({ settings }: { settings: SiteSettings }) {
  const id = useId();
  const { form, errors, edit, commit } = settings;
  if (!form) return null;

  /** The props every text control of a field shares: its value, typing, and saving when left. */
  const text = <F extends Exclude<SiteField, 'comments' | 'language' | 'theme'>>(field: F) => ({
    value: form[field],
    onChange: (event: { target: { value: string } }) => edit((current) => ({ ...current, [field]: event.target.value }) as SiteForm),
    onBlur: () => void commit(field),
  });
  const choose = <F extends 'language' | 'theme'>(field: F, value: SiteForm[F]): void => {
    edit((current) => ({ ...current, [field]: value }));
    void commit(field);
  };

  return (
    <>
      <section className="publish-section" aria-labelledby={`${id}-site`}>
        <h3 id={`${id}-site`}>Site</h3>
        <div className="publish-grid">
          <PublishField name="title" label="Site title" error={errors.title} className="publish-span">
            {(control) => <input {...control} {...text('title')} maxLength={SITE_LIMITS.titleLength} onKeyDown={saveOnEnter(() => void commit('title'))} />}
          </PublishField>
          <PublishField name="description" label="Description" hint="A sentence about the site, for the home page, feeds and search engines." error={errors.description} className="publish-span">
            {(control) => <textarea {...control} {...text('description')} rows={2} maxLength={SITE_LIMITS.descriptionLength} />}
          </PublishField>
          <PublishField name="baseUrl" label="Address" hint="Where the site will be online, like https://example.com/. Feeds and the sitemap need it." error={errors.baseUrl} className="publish-span">
            {(control) => (
              <input
                {...control}
                {...text('baseUrl')}
                type="url"
                inputMode="url"
                spellCheck={false}
                placeholder="https://example.com/"
                maxLength={SITE_LIMITS.urlLength}
                onKeyDown={saveOnEnter(() => void commit('baseUrl'))}
              />
            )}
          </PublishField>
          <PublishField name="language" label="Language" hint="Every label and date of the site." error={errors.language}>
            {(control) => (
              <select {...control} value={form.language} onChange={(event) => choose('language', event.target.value as SiteLocale)}>
                {SITE_LOCALES.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {SITE_LOCALE_NAMES[locale]}
                  </option>
                ))}
              </select>
            )}
          </PublishField>
          <PublishField name="author" label="Default author" hint="For posts that name no writer." error={errors.author}>
            {(control) => <input {...control} {...text('author')} placeholder="Your name" maxLength={SITE_LIMITS.authorLength} onKeyDown={saveOnEnter(() => void commit('author'))} />}
          </PublishField>
        </div>
      </section>

      <section className="publish-section" aria-labelledby={`${id}-look`}>
        <h3 id={`${id}-look`}>Appearance</h3>
        <div className="publish-field" data-field="theme">
          <span className="publish-label" id={`${id}-theme`}>
            Theme
          </span>
          <PublishThemePicker labelId={`${id}-theme`} value={form.theme} onChange={(theme) => choose('theme', theme)} />
          <p className="publish-field-hint">Both follow the reader&rsquo;s light or dark mode.</p>
        </div>
        <div className="publish-grid">
          <PublishField name="postsPerPage" label="Posts per page" hint={`On the home and tag pages, 1 to ${SITE_LIMITS.postsPerPage}.`} error={errors.postsPerPage}>
            {(control) => (
              <input
                {...control}
                {...text('postsPerPage')}
                className="publish-input-number"
                type="number"
                inputMode="numeric"
                min={1}
                max={SITE_LIMITS.postsPerPage}
                step={1}
                onKeyDown={saveOnEnter(() => void commit('postsPerPage'))}
              />
            )}
          </PublishField>
        </div>
        <PublishField name="customCss" label="Custom CSS" hint="Added after the theme’s stylesheet, on every page." error={errors.customCss}>
          {(control) => (
            <textarea {...control} {...text('customCss')} className="publish-code" rows={4} spellCheck={false} maxLength={SITE_LIMITS.customCssLength} placeholder=":root { --accent: #2f6f4e; }" />
          )}
        </PublishField>
      </section>

      <section className="publish-section" aria-labelledby={`${id}-comments`}>
        <h3 id={`${id}-comments`}>Comments</h3>
        <PublishComments
          comments={form.comments}
          error={errors.comments}
          onEdit={(change) => edit((current) => ({ ...current, comments: change(current.comments) }))}
          onCommit={() => void commit('comments')}
        />
      </section>
    </>
  );
}
