// A type-ahead: a text box with a listbox of matches (WAI-ARIA combobox pattern). Arrows move, Enter picks, Escape
// closes the list and then restores what was picked. The parent owns the matching, so it can search locally or ask main.
import { useId, useRef, useState, type ReactNode } from 'react';

export interface ComboboxProps<T> {
  label: string;
  /** Hide the label visually (a table cell, where the row says what it is); it still names the box. */
  hideLabel?: boolean;
  /** What the box shows when the merchant is not typing: the current choice's text, or ''. */
  selectedText: string;
  /** The matches for the text typed so far. */
  options: readonly T[];
  optionKey(option: T): string;
  renderOption(option: T): ReactNode;
  onQueryChange(query: string): void;
  onSelect(option: T): void;
  placeholder?: string;
  /** Shown in the open list when nothing matches. */
  emptyText: string;
  /** Lets the merchant keep what they typed as a value of their own (a new carrier, say). */
  onCreate?(text: string): void;
  createText?(text: string): string;
  testId?: string;
  invalid?: boolean;
}

export function Combobox<T>({
  label,
  hideLabel,
  selectedText,
  options,
  optionKey,
  renderOption,
  onQueryChange,
  onSelect,
  placeholder,
  emptyText,
  onCreate,
  createText,
  testId,
  invalid,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const typed = text ?? selectedText;
  const canCreate = Boolean(onCreate && text && text.trim() && !options.length);
  const count = options.length;

  function type(value: string) {
    setText(value);
    setActive(0);
    setOpen(true);
    onQueryChange(value);
  }

  function pick(option: T) {
    onSelect(option);
    setText(null);
    setOpen(false);
  }

  function close() {
    setOpen(false);
    setText(null);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
          onQueryChange(text ?? '');
        } else if (count > 0) setActive((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && count > 0) setActive((index) => (index - 1 + count) % count);
        break;
      case 'Enter': {
        if (!open) return;
        event.preventDefault();
        const option = options[active];
        if (option !== undefined) pick(option);
        else if (canCreate && text) {
          onCreate?.(text.trim());
          close();
        }
        break;
      }
      case 'Escape':
        if (open || text !== null) {
          // Inside a dialog, Escape first closes the list, not the dialog.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      default:
    }
  }

  const activeId = open && count > 0 ? `${id}-option-${active}` : open && canCreate ? `${id}-create` : undefined;

  return (
    <div className="combobox" data-testid={testId}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'combobox-label'}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        className={invalid ? 'input input-invalid' : 'input'}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        placeholder={placeholder}
        value={typed}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target.select()}
        onBlur={() => close()}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open}>
        {open &&
          options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={`combobox-option${index === active ? ' combobox-option-active' : ''}`}
              // mousedown, not click: the box's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {renderOption(option)}
            </li>
          ))}
        {open && count === 0 && !canCreate && <li className="combobox-empty">{emptyText}</li>}
        {open && canCreate && text && (
          <li
            id={`${id}-create`}
            role="option"
            aria-selected={true}
            className="combobox-option combobox-option-active"
            onMouseDown={(event) => {
              event.preventDefault();
              onCreate?.(text.trim());
              close();
            }}
          >
            {createText?.(text.trim()) ?? text.trim()}
          </li>
        )}
      </ul>
    </div>
  );
}
