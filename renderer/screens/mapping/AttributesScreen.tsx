// Attribute mapping, the guide's second step: every Back Market field with its source, grouped as the guide groups them
// (product content, offer, shipping and fees), the condition value map, each mapped leaf's own attributes, and how
// complete the mapping is per enabled country.
import { useTranslation } from 'react-i18next';
import type { BmFieldGroup, FieldMappingRow } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { ReadOnlyScope } from '../../shell/ReadOnlyScope';
import { CompletenessMeter } from './CompletenessMeter';
import { FieldRow } from './FieldRow';
import { gradeText } from './grade-text';
import { LeafAttributes } from './LeafAttributes';
import { MappingSteps } from './MappingSteps';
import { MappingTransfer } from './MappingTransfer';
import { useFocusTarget } from './use-focus-target';
import { ValueMapEditor } from './ValueMapEditor';

const GROUPS: { group: BmFieldGroup; section: string }[] = [
  { group: 'product', section: 'attributes' },
  { group: 'offer', section: 'offer' },
  { group: 'shipping', section: 'shipping' },
  { group: 'internal', section: 'internal' },
];

function MappedLeaves({ attributeNames }: { attributeNames: readonly string[] }) {
  const { t } = useTranslation();
  const categories = useCallQuery('mapping:merchantCategories', {});
  const leaves = [
    ...new Set(
      (categories.data?.categories ?? []).flatMap((category) => [...(category.leaf && !category.stale ? [category.leaf.marketplaceCategoryId] : []), ...(category.branches?.leafIds ?? [])]),
    ),
  ];
  return (
    <section className="mapping-group" aria-labelledby="group-category-attributes" data-focus-key="section:category-attributes">
      <h3 id="group-category-attributes">{t('mapping.groups.categoryAttributes')}</h3>
      <p className="muted">{t('mapping.groups.categoryAttributesHint')}</p>
      {categories.data && leaves.length === 0 && (
        <p className="muted">
          {t('mapping.categoryAttributes.noLeaves')}{' '}
          <a href="#/mapping-categories">{t('mapping.steps.mapping-categories')}</a>
        </p>
      )}
      {leaves.map((id) => (
        <LeafAttributes key={id} marketplaceCategoryId={id} attributeNames={attributeNames} />
      ))}
    </section>
  );
}

export function AttributesScreen() {
  const { t } = useTranslation();
  const mappings = useCallQuery('mapping:fields', {});
  const applySuggestions = useMappingCall('mapping:applySuggestions');
  useFocusTarget(Boolean(mappings.data));
  if (mappings.error) return <Alert>{messageOf(mappings.error, t('errors.unexpected'))}</Alert>;
  if (!mappings.data) return <p role="status">{t('app.loading')}</p>;
  const { fields, countries, attributeNames } = mappings.data;
  // The comment is suggested per market (in its language): it counts while a market has no comment of its own.
  // Back Market attaches an offer to its product by the EAN or the product id: one of the two is enough.
  const eanOrIdMapped = fields.some((row) => row.requirement === 'ean-or-product-id' && (row.source !== null || Object.keys(row.countrySources).length > 0));
  const unmappedWithSuggestion = fields.filter((row) => !row.source && (row.suggestion || Object.keys(row.countrySuggestions ?? {}).some((code) => !row.countrySources[code]))).length;

  const rowFor = (row: FieldMappingRow) => (
    <FieldRow key={row.field} row={row} countries={countries} attributeNames={attributeNames}>
      {row.field === 'grade' && (
        <div data-focus-key="section:conditions">
          <ValueMapEditor map="condition" title={t('mapping.conditions.title')} targetText={(target) => gradeText(t, target)} testId="condition-map" />
        </div>
      )}
      {row.field === 'ean' && !eanOrIdMapped && <p className="field-hint hint-strong">{t('mapping.fields.eanOrId')}</p>}
    </FieldRow>
  );

  return (
    <div className="mapping-screen mapping-attributes">
      <MappingSteps current="mapping-attributes" />
      <p className="screen-intro">{t('mapping.attributes.intro')}</p>
      <div className="mapping-layout">
        <div className="mapping-main">
          <ReadOnlyScope>
            {unmappedWithSuggestion > 0 && (
              <Alert tone="info" title={t('mapping.attributes.suggestionsTitle', { count: unmappedWithSuggestion })}>
                <button type="button" className="button button-small button-primary" disabled={applySuggestions.isPending} onClick={() => applySuggestions.mutate({})}>
                  {t('mapping.attributes.applySuggestions')}
                </button>
              </Alert>
            )}
            {applySuggestions.isError && <Alert>{messageOf(applySuggestions.error, t('errors.unexpected'))}</Alert>}
            {GROUPS.map(({ group, section }) => {
              const rows = fields.filter((row) => row.group === group);
              if (rows.length === 0) return null;
              return (
                <section key={group} className="mapping-group" aria-labelledby={`group-${group}`} data-focus-key={`section:${section}`}>
                  <h3 id={`group-${group}`}>{t(`mapping.groups.${group}`)}</h3>
                  {rows.map(rowFor)}
                </section>
              );
            })}
            <MappedLeaves attributeNames={attributeNames} />
          </ReadOnlyScope>
        </div>
        <aside className="mapping-side">
          <CompletenessMeter />
          <MappingTransfer />
        </aside>
      </div>
    </div>
  );
}
