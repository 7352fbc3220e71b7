// Where one Back Market field takes its value: a catalogue field, a free attribute, a fixed value typed here, or (prices)
// the price matrix. A choice is saved at once; a fixed value when the merchant leaves the box or presses Enter.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_FIELDS } from '../../../shared/catalogue';
import type { FieldSource } from '../../../shared/mapping';
import type { TFunction } from 'i18next';
import { attributeLabel } from '../../i18n/attribute-label';
import { sameSource, sourceToValue, valueToSource } from './source-value';

interface SourcePickerProps {
  /** Names the select: "Source of Brand", "Source of Title for France". */
  label: string;
  source: FieldSource | null;
  suggestion: FieldSource | null;
  attributeNames: readonly string[];
  allowPriceMatrix?: boolean;
  /** The text of the "not mapped" choice: "Not mapped", or "As for all countries" for a country's own source. */
  emptyLabel: string;
  onChange(source: FieldSource | null): void;
  disabled?: boolean;
}

export function SourcePicker({ label, source, suggestion, attributeNames, allowPriceMatrix, emptyLabel, onChange, disabled }: SourcePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState(sourceToValue(source));
  const [fixed, setFixed] = useState(source?.kind === 'fixed' ? source.value : '');
  useEffect(() => {
    setChoice(sourceToValue(source));
    if (source?.kind === 'fixed') setFixed(source.value);
  }, [source]);

  function choose(value: string) {
    setChoice(value);
    // A fixed value waits for its text, unless one is already typed.
    if (value === 'fixed' && !fixed.trim()) return;
    const next = valueToSource(value, fixed);
    if (!sameSource(next, source)) onChange(next);
  }

  function commitFixed() {
    const next: FieldSource = { kind: 'fixed', value: fixed.trim() };
    if (fixed.trim() && !sameSource(next, source)) onChange(next);
  }

  const suggestionValue = sourceToValue(suggestion);
  const mark = (value: string) => (value === suggestionValue && choice !== value ? ` ${t('mapping.suggestedMark')}` : '');

  return (
    <div className="source-picker">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} className="select" value={choice} disabled={disabled} onChange={(event) => choose(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {allowPriceMatrix && <option value="price-matrix">{t('mapping.source.priceMatrix') + mark('price-matrix')}</option>}
        <optgroup label={t('mapping.source.fields')}>
          {PRODUCT_FIELDS.map((field) => (
            <option key={field} value={`field:${field}`}>
              {t(`fields.${field}`) + mark(`field:${field}`)}
            </option>
          ))}
        </optgroup>
        {attributeNames.length > 0 && (
          <optgroup label={t('mapping.source.attributes')}>
            {attributeNames.map((name) => (
              <option key={name} value={`attribute:${name}`}>
                {attributeLabel(t, name) + mark(`attribute:${name}`)}
              </option>
            ))}
          </optgroup>
        )}
        <option value="fixed">{t('mapping.source.fixed')}</option>
      </select>
      {choice === 'fixed' && (
        <input
          className="input"
          aria-label={t('mapping.source.fixedFor', { field: label })}
          placeholder={t('mapping.source.fixedPlaceholder')}
          value={fixed}
          disabled={disabled}
          onChange={(event) => setFixed(event.target.value)}
          onBlur={commitFixed}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitFixed();
            }
          }}
        />
      )}
      {!source && suggestion && (
        <button type="button" className="button button-ghost button-small" disabled={disabled} onClick={() => onChange(suggestion)}>
          {/* A fixed value is a default, not the merchant's data: said so, so it is not taken for a column of the file. */}
          {suggestion.kind === 'fixed' ? t('suggestions.useDefault', { value: describeSource(suggestion, t) }) : t('mapping.useSuggestionOf', { source: describeSource(suggestion, t) })}
        </button>
      )}
    </div>
  );
}

export function describeSource(source: FieldSource, t: TFunction): string {
  switch (source.kind) {
    case 'field':
      return t(`fields.${source.field}`);
    case 'attribute':
      return attributeLabel(t, source.name);
    case 'fixed':
      return `“${source.value}”`;
    case 'price-matrix':
      return t('mapping.source.priceMatrix');
  }
}
