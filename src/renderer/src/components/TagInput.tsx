import { useId, useMemo, useState } from 'react';

interface TagInputProps {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
  disabled?: boolean;
}

const MAX_SUGGESTIONS = 6;

/** Tags as removable chips; type to add, with completion from the library's existing tags. */
export function TagInput({ tags, suggestions, onChange, disabled }: TagInputProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const needle = text.trim().toLowerCase();
    if (!needle) return [];
    const taken = new Set(tags.map((t) => t.toLowerCase()));
    return suggestions.filter((s) => s.toLowerCase().includes(needle) && !taken.has(s.toLowerCase())).slice(0, MAX_SUGGESTIONS);
  }, [text, tags, suggestions]);

  const add = (raw: string): void => {
    const tag = raw.trim().replace(/\s+/g, ' ').replace(/^#/, '');
    setText('');
    setActive(0);
    if (!tag || tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return;
    // Reuse the library's spelling of an existing tag ("Travel", not "travel").
    const existing = suggestions.find((s) => s.toLowerCase() === tag.toLowerCase());
    onChange([...tags, existing ?? tag]);
  };

  return (
    <div className={disabled ? 'tag-input disabled' : 'tag-input'}>
      {tags.map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
          {!disabled ? (
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          ) : null}
        </span>
      ))}
      <input
        aria-label="Add a tag"
        placeholder={tags.length ? '' : 'Add tags…'}
        value={text}
        disabled={disabled}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => add(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add(matches[active] ?? text);
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(matches.length - 1, i + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
      {matches.length > 0 ? (
        <ul className="tag-suggestions" id={listId} role="listbox">
          {matches.map((match, index) => (
            <li
              key={match}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault(); // keep focus in the input
                add(match);
              }}
            >
              {match}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
