import { useEffect, useId, useState } from 'react';
import { POST_STATUSES, type PostStatus } from '../../../shared/draft';
import { DATE_PATTERN, LANGUAGE_PATTERN, SLUG_PATTERN, WEB_URL_PATTERN, type DraftFields } from '../draftFields';
import { STATUS_NAMES } from '../library/libraryView';
import { TagInput } from './TagInput';

interface DetailsPanelProps {
  fields: DraftFields;
  /** The slug in use now (generated from the title unless a custom one is set). */
  currentSlug: string;
  tagSuggestions: string[];
  disabled: boolean;
  onChange: (patch: Partial<DraftFields>) => void;
  onChooseCover: () => void;
}

/**
 * A text field that passes a value on only when it is valid (or empty), showing why not
 * otherwise, so a half-typed URL never reaches the library.
 */
function CheckedField(props: {
  label: string;
  value: string;
  placeholder?: string;
  pattern: RegExp;
  problem: string;
  disabled: boolean;
  prefix?: string;
  normalise?: (text: string) => string;
  onValid: (value: string) => void;
  hint?: React.ReactNode;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(props.value);
    setInvalid(false);
  }, [props.value]);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className={props.prefix ? 'input-with-prefix' : undefined}>
        {props.prefix ? <span className="input-prefix">{props.prefix}</span> : null}
        <input
          id={id}
          value={text}
          placeholder={props.placeholder}
          disabled={props.disabled}
          aria-invalid={invalid}
          spellCheck={false}
          onChange={(event) => {
            const next = props.normalise ? props.normalise(event.target.value) : event.target.value;
            setText(next);
            const ok = next === '' || props.pattern.test(next);
            setInvalid(!ok);
            if (ok) props.onValid(next);
          }}
        />
      </div>
      {invalid ? <span className="field-error">{props.problem}</span> : props.hint ? <span className="field-hint">{props.hint}</span> : null}
    </div>
  );
}

export function DetailsPanel({ fields, currentSlug, tagSuggestions, disabled, onChange, onChooseCover }: DetailsPanelProps) {
  const descriptionId = useId();
  const dateId = useId();
  return (
    <div className="details-panel">
      <div className="field">
        <span className="field-label" id="status-label">Status</span>
        <div className="segmented" role="radiogroup" aria-labelledby="status-label">
          {POST_STATUSES.map((status: PostStatus) => (
            <button
              key={status}
              type="button"
              role="radio"
              aria-checked={fields.status === status}
              className={fields.status === status ? 'segment active' : 'segment'}
              disabled={disabled}
              onClick={() => onChange({ status })}
            >
              {STATUS_NAMES[status]}
            </button>
          ))}
        </div>
      </div>

      <div className="field">
        <label htmlFor={dateId}>Publish date</label>
        <input
          id={dateId}
          type="date"
          value={fields.date}
          required
          disabled={disabled}
          onChange={(event) => {
            // A half-typed or cleared date is not saved; the last full one stays.
            if (DATE_PATTERN.test(event.target.value)) onChange({ date: event.target.value });
          }}
        />
      </div>

      <CheckedField
        label="Slug"
        prefix="/"
        value={fields.customSlug}
        placeholder={currentSlug}
        pattern={SLUG_PATTERN}
        problem="Use lowercase letters, digits and single dashes."
        disabled={disabled}
        normalise={(text) => text.toLowerCase().replace(/\s+/g, '-')}
        onValid={(customSlug) => onChange({ customSlug })}
        hint={
          fields.customSlug ? (
            <button type="button" className="link-button" onClick={() => onChange({ customSlug: '' })} disabled={disabled}>
              Follow the title again
            </button>
          ) : (
            'Follows the title until you change it.'
          )
        }
      />

      <div className="field">
        <label htmlFor={descriptionId}>Excerpt</label>
        <textarea
          id={descriptionId}
          rows={3}
          value={fields.description}
          maxLength={2000}
          placeholder="A sentence or two for link previews and the post list."
          disabled={disabled}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </div>

      <div className="field">
        <span className="field-label">Tags</span>
        <TagInput tags={fields.tags} suggestions={tagSuggestions} disabled={disabled} onChange={(tags) => onChange({ tags })} />
      </div>

      <div className="field">
        <span className="field-label">Cover image</span>
        {fields.coverImage ? (
          <div className="cover-preview">
            <img src={fields.coverImage} alt="Cover" />
            <div className="cover-actions">
              <button type="button" className="button small" onClick={onChooseCover} disabled={disabled}>
                Replace…
              </button>
              <button type="button" className="button button-quiet small" onClick={() => onChange({ coverImage: '' })} disabled={disabled}>
                Remove
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button cover-choose" onClick={onChooseCover} disabled={disabled}>
            Choose an image…
          </button>
        )}
      </div>

      <CheckedField
        label="Canonical URL"
        value={fields.canonicalUrl}
        placeholder="https://example.com/original-post"
        pattern={WEB_URL_PATTERN}
        problem="Enter a full address starting with https://"
        disabled={disabled}
        onValid={(canonicalUrl) => onChange({ canonicalUrl })}
        hint="Where this post first appeared, if elsewhere."
      />

      <CheckedField
        label="Language"
        value={fields.language}
        placeholder="Site default"
        pattern={LANGUAGE_PATTERN}
        problem="Use a language tag such as en, fr or pt-BR."
        disabled={disabled}
        onValid={(language) => onChange({ language })}
      />
    </div>
  );
}
