// The API token field: masked, never prefilled (a saved token is never shown again), with a Paste button that reads
// the clipboard where allowed and explains the keyboard shortcut where it is not.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TokenFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function TokenField({ label, value, onChange, hint, error, disabled, autoFocus }: TokenFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);

  async function paste() {
    setPasteProblem(null);
    try {
      const text = (await navigator.clipboard.readText()).trim();
      if (!text) setPasteProblem(t('setup.pasteEmpty'));
      else onChange(text);
    } catch {
      // Denied by the browser or the OS: the keyboard shortcut still works in the field.
      setPasteProblem(t('setup.pasteDenied'));
    }
  }

  const described = [hint && `${id}-hint`, (error || pasteProblem) && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="token-row">
        <input
          id={id}
          className={`input token-input${error ? ' input-invalid' : ''}`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          disabled={disabled}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" className="button" onClick={() => void paste()} disabled={disabled}>
          {t('setup.paste')}
        </button>
      </div>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {(error || pasteProblem) && (
        <span id={`${id}-error`} className="field-error" role={pasteProblem && !error ? 'status' : undefined}>
          {error ?? pasteProblem}
        </span>
      )}
    </div>
  );
}
