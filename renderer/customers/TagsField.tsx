// The customer form's Tags: type a tag and press Enter (or a comma) to add it; each tag is a chip
// with its own labelled remove button; tags used on other accounts are suggested. Case does not
// make a new tag ("anna" beside "Anna"), and the limits are said under the box as they are met.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { addTags, hasTag, maxTagLength, maxTagsPerAccount, removeTag } from '../../shared/customers/tags';
import './tags.css';

interface Props {
  tags: readonly string[];
  onTagsChange(tags: string[]): void;
  /** What is typed and not yet added (kept in the form, so a save cannot silently drop it). */
  draft: string;
  onDraftChange(draft: string): void;
  /** Tags already used on accounts, offered while typing. */
  suggestions: readonly string[];
  /** The form's own message about the tags (from validation on save). */
  error?: string | undefined;
}

export function TagsField({ tags, onTagsChange, draft, onDraftChange, suggestions, error }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // What went wrong with the last try to add, shown where the user is typing.
  const [problem, setProblem] = useState<string | null>(null);
  // What the last add or remove did, shown quietly and read out (the chips may be out of sight,
  // and a tag already there changes nothing else on screen).
  const [notice, setNotice] = useState('');
  const message = problem ?? error ?? null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-suggestions`;

  const commit = (typed: string, keep = ''): boolean => {
    const result = addTags(tags, typed);
    if (!result.ok) {
      setProblem(result.problem);
      setNotice('');
      return false;
    }
    setProblem(null);
    onTagsChange(result.tags);
    onDraftChange(keep);
    const said = [
      result.added.length > 0 ? `Added ${result.added.join(', ')}.` : '',
      result.alreadyThere.length > 0 ? `Already tagged ${result.alreadyThere.join(', ')}.` : '',
    ];
    setNotice(said.filter(Boolean).join(' '));
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds and never submits the form: a second Enter after adding is easily pressed.
    if (event.key !== 'Enter' && event.key !== ',') return;
    // Ctrl+Enter saves the form, as in every field; a tag still typed then stops the save and says so.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (draft.trim() !== '') commit(draft);
  };

  const onType = (value: string) => {
    setProblem(null);
    // A comma (typed or pasted) ends a tag: what comes before it is added, the rest stays typed.
    const lastComma = value.lastIndexOf(',');
    if (lastComma >= 0 && value.slice(0, lastComma).trim() !== '') {
      if (commit(value.slice(0, lastComma), value.slice(lastComma + 1).trimStart())) return;
    }
    onDraftChange(value);
  };

  const remove = (tag: string) => {
    onTagsChange(removeTag(tags, tag));
    setProblem(null);
    setNotice(`Removed ${tag}.`);
    inputRef.current?.focus(); // the button went with its chip
  };

  const offered = suggestions.filter((s) => !hasTag(tags, s));
  return (
    <div className={`ui-field tags-field${message ? ' ui-field--invalid' : ''}`}>
      <span className="ui-field__label-row">
        <label htmlFor={id} className="ui-field__label">
          Tags
        </label>
      </span>
      <input
        ref={inputRef}
        id={id}
        type="text"
        className="ui-input"
        autoComplete="off"
        list={listId}
        value={draft}
        aria-invalid={message ? true : undefined}
        aria-describedby={[hintId, message ? errorId : ''].filter(Boolean).join(' ')}
        onChange={(e) => onType(e.target.value)}
        onKeyDown={onKeyDown}
        // Leaving the box adds what was typed, so moving on to Save keeps it.
        onBlur={() => {
          if (draft.trim() !== '') commit(draft);
        }}
      />
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p id={hintId} className="ui-field__hint">
        Press Enter or type a comma to add a tag, such as who calls this account. Up to {maxTagsPerAccount} tags of {maxTagLength}{' '}
        characters.
      </p>
      {message && (
        // An alert, so a refused Enter is heard as well as seen.
        <p id={errorId} className="ui-field__error" role="alert">
          {message}
        </p>
      )}
      {tags.length > 0 && (
        <ul className="tag-list tags-field__chips" aria-label="Tags on this account">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={`Remove tag ${tag}`}
                title={`Remove tag ${tag}`}
                onClick={() => remove(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="ui-field__hint" role="status">
        {notice}
      </p>
    </div>
  );
}
