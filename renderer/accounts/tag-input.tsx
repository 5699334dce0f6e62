import { useId, useState, type KeyboardEvent } from 'react';

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 60;

interface TagInputProps {
  id: string;
  tags: readonly string[];
  /** Tags other accounts use, offered as suggestions. */
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * The tags with the typed ones added: trimmed, inner spaces collapsed, cut to
 * the longest tag Tend keeps, and skipped when empty or already there in any
 * capitalisation.
 * @example withTags(['Renewal'], ['renewal', ' EMEA ']) // ['Renewal', 'EMEA']
 */
export function withTags(tags: readonly string[], typed: readonly string[]): string[] {
  const next = [...tags];
  for (const raw of typed) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (tag !== '' && next.length < MAX_TAGS && !next.some((t) => t.toLowerCase() === tag.toLowerCase())) next.push(tag);
  }
  return next;
}

/**
 * Tags as removable chips plus a text box: Enter, comma or Tab-away adds the
 * typed tag, Backspace in the empty box removes the last one. A tag already
 * there (in any capitalisation) is not added twice.
 */
export function TagInput({ id, tags, suggestions, onChange }: TagInputProps) {
  const [text, setText] = useState('');
  const listId = useId();

  const add = (...typed: string[]) => {
    setText('');
    const next = withTags(tags, typed);
    if (next.length !== tags.length) onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && text.trim() !== '') {
      // Enter would otherwise submit the dialog with the tag still unadded.
      event.preventDefault();
      event.stopPropagation();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  const offered = suggestions.filter((s) => !tags.some((t) => t.toLowerCase() === s.toLowerCase()));
  return (
    <div className="tag-input" data-testid="tag-input">
      {tags.map((tag) => (
        <span key={tag} className="tag-chip tag-chip--removable">
          {tag}
          <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        className="tag-input__text"
        value={text}
        list={listId}
        placeholder={tags.length === 0 ? 'Type a tag and press Enter' : 'Add a tag'}
        maxLength={MAX_TAG_LENGTH}
        onChange={(event) => {
          const typed = event.target.value;
          // A comma typed or pasted ends a tag.
          if (typed.includes(',')) {
            const parts = typed.split(',');
            add(...parts.slice(0, -1));
            setText(parts.at(-1) ?? '');
          } else setText(typed);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => text.trim() !== '' && add(text)}
        data-testid="tag-input-text"
      />
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
