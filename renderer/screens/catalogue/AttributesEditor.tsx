// The free attributes of a product (whatever other columns the merchant's file had): name and value rows to edit, add, remove.
import { useTranslation } from 'react-i18next';
import { marketOwnOfColumn, parseContentColumn } from '../../../shared/market-language';
import { attributeLabel } from '../../i18n/attribute-label';
import { useCountryName } from '../mapping/country-name';
import { attributeDraft, type AttributeDraft, type DraftProblems } from './product-form-model';

interface AttributesEditorProps {
  attributes: AttributeDraft[];
  problems: DraftProblems;
  /** `key` names the problem that this change may fix. */
  onChange(attributes: AttributeDraft[], key: string): void;
}

export function AttributesEditor({ attributes, problems, onChange }: AttributesEditorProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const update = (index: number, patch: Partial<AttributeDraft>) =>
    onChange(
      attributes.map((attribute, at) => (at === index ? { ...attribute, ...patch } : attribute)),
      `attributes.${index}`,
    );
  return (
    <fieldset className="form-section">
      <legend>{t('form.sections.attributes')}</legend>
      {attributes.length === 0 && <p className="form-note">{t('form.noAttributes')}</p>}
      <div className="attribute-list">
        {attributes.map((attribute, index) => {
          const problem = problems[`attributes.${index}`];
          // comment_fr-be, warranty_fr-be: a market's own comment or warranty, kept when markets reading one column hold
          // different ones on Back Market (an empty comment: the market holds none).
          const own = marketOwnOfColumn(attribute.name.trim());
          const note = !own
            ? null
            : own.field === 'warranty_delay'
              ? t('form.marketWarranty', { country: countryName(own.market) })
              : attribute.value.trim() === ''
                ? t('form.marketCommentNone', { country: countryName(own.market) })
                : t('form.marketComment', { country: countryName(own.market) });
          // title_de, description_nl: the text of one language, named as the merchant reads it.
          const language = parseContentColumn(attribute.name.trim()) ? attributeLabel(t, attribute.name.trim()) : null;
          return (
            <div key={attribute.key} className="attribute-row">
              <input
                className={problem ? 'input input-invalid' : 'input'}
                aria-label={t('form.attributeNameOf', { index: index + 1 })}
                placeholder={t('form.attributeName')}
                value={attribute.name}
                aria-invalid={problem ? true : undefined}
                onChange={(event) => update(index, { name: event.target.value })}
              />
              <input
                className="input"
                aria-label={t('form.attributeValueOf', { index: index + 1 })}
                data-attribute={attribute.name}
                placeholder={t('form.attributeValue')}
                value={attribute.value}
                onChange={(event) => update(index, { value: event.target.value })}
              />
              <button
                type="button"
                className="button button-ghost button-icon"
                aria-label={t('form.removeAttribute', { name: attribute.name || index + 1 })}
                onClick={() => onChange(attributes.filter((_, at) => at !== index), `attributes.${index}`)}
              >
                ×
              </button>
              {problem && <span className="field-error attribute-error">{problem}</span>}
              {note && <span className="form-note attribute-note">{note}</span>}
              {language && <span className="form-note attribute-note">{language}</span>}
            </div>
          );
        })}
      </div>
      <button type="button" className="button button-small" onClick={() => onChange([...attributes, attributeDraft()], 'attributes')}>
        {t('form.addAttribute')}
      </button>
    </fieldset>
  );
}
