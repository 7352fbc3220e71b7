// Categorisation, the guide's first step: each of the merchant's categories with its product count, mapped to a Back
// Market leaf by type-ahead; what the unmapped categories hold back; the stored tree's date and a refresh.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MerchantCategory } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { ListTable } from '../../components/ListTable';
import { ReadOnlyScope } from '../../shell/ReadOnlyScope';
import { CategoryBranches } from './CategoryBranches';
import { CategoryTreeBar } from './CategoryTreeBar';
import { LeafOption, LeafPicker } from './LeafPicker';
import { MappingSteps } from './MappingSteps';
import { useFocusTarget } from './use-focus-target';

function CategoryRow({ category }: { category: MerchantCategory }) {
  const { t } = useTranslation();
  const [splitOpen, setSplitOpen] = useState(false);
  const brandRules = category.branches?.brandRules ?? 0;
  const ownLeaves = category.branches?.ownLeaves ?? 0;
  const setCategory = useMappingCall('mapping:setCategory');
  const map = (marketplaceCategoryId: number | null) => setCategory.mutate({ merchantCategory: category.merchantCategory, marketplaceCategoryId });
  const mapped = category.leaf !== null && !category.stale;
  return (
    <>
      <tr data-focus-key={category.merchantCategory} data-testid="category-row">
        <th scope="row">{category.merchantCategory}</th>
        <td className="align-end">{t('mapping.categories.products', { count: category.productCount })}</td>
        <td className="leaf-cell">
          <LeafPicker label={t('mapping.categories.leafFor', { category: category.merchantCategory })} leaf={category.leaf} onPick={(hit) => map(hit.marketplaceCategoryId)} />
          {category.leaf?.gloss && <span className="leaf-gloss">{category.leaf.gloss}</span>}
          {!category.leaf && category.suggestion && (
            <div className="suggestion">
              <span className="muted">{t('mapping.suggested')}</span> <LeafOption hit={category.suggestion} />{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => category.suggestion && map(category.suggestion.marketplaceCategoryId)}
                aria-label={t('mapping.categories.useSuggestion', { category: category.merchantCategory, leaf: category.suggestion.path })}
              >
                {t('mapping.useSuggestion')}
              </button>
            </div>
          )}
          {setCategory.isError && <span className="field-error">{messageOf(setCategory.error, t('errors.unexpected'))}</span>}
        </td>
        <td>
          {category.stale ? (
            <span className="badge badge-danger">{t('mapping.categories.stale')}</span>
          ) : mapped ? (
            <span className="badge badge-ok">{t('mapping.categories.mapped')}</span>
          ) : (
            <span className="badge badge-warning">{t('mapping.categories.unmapped')}</span>
          )}
          {category.leaf && (
            <button type="button" className="button button-ghost button-small" onClick={() => map(null)} aria-label={t('mapping.categories.clear', { category: category.merchantCategory })}>
              {t('mapping.clear')}
            </button>
          )}
          {(brandRules > 0 || ownLeaves > 0) && <span className="muted">{t('leafRules.summary', { brands: brandRules, products: ownLeaves })}</span>}
          <button
            type="button"
            className="button button-ghost button-small"
            aria-expanded={splitOpen}
            onClick={() => setSplitOpen((open) => !open)}
            aria-label={t('leafRules.openFor', { category: category.merchantCategory })}
          >
            {t('leafRules.open')}
          </button>
        </td>
      </tr>
      {splitOpen && (
        <tr className="category-branches-row">
          <td colSpan={4}>
            <CategoryBranches merchantCategory={category.merchantCategory} />
          </td>
        </tr>
      )}
    </>
  );
}

export function CategoriesScreen() {
  const { t } = useTranslation();
  const categories = useCallQuery('mapping:merchantCategories', {});
  useFocusTarget(Boolean(categories.data));
  if (categories.error) return <Alert>{messageOf(categories.error, t('errors.unexpected'))}</Alert>;
  if (!categories.data) return <p role="status">{t('app.loading')}</p>;
  const { unmapped, uncategorisedProducts, tree } = categories.data;
  const uncategorisedOnBackMarket = categories.data.uncategorisedOnBackMarket ?? 0;
  const waiting = categories.data.categories.filter((category) => !category.leaf || category.stale);
  return (
    <div className="mapping-screen">
      <MappingSteps current="mapping-categories" />
      <p className="screen-intro">{t('mapping.categories.intro')}</p>
      <ReadOnlyScope>
        <CategoryTreeBar tree={tree} />
        {unmapped.categories > 0 ? (
          <Alert tone="warning" title={t('mapping.categories.unmappedTitle', { count: unmapped.categories, products: t('mapping.categories.products', { count: unmapped.products }) })} testId="unmapped-summary">
            <ul className="inline-list">
              {waiting.map((category) => (
                <li key={category.merchantCategory}>{t('mapping.categories.unmappedItem', { category: category.merchantCategory, count: category.productCount })}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert tone="success" testId="unmapped-summary">
            {t('mapping.categories.allMapped')}
          </Alert>
        )}
        {uncategorisedProducts > 0 && (
          <p className="muted" data-testid="uncategorised">
            {t('labels.categories.uncategorised', { count: uncategorisedProducts })}
          </p>
        )}
        {uncategorisedOnBackMarket > 0 && (
          <p className="muted" data-testid="uncategorised-on-backmarket">
            {t('labels.categories.onBackMarket', { count: uncategorisedOnBackMarket })}
          </p>
        )}
        <ListTable
          rowCount={categories.data.categories.length}
          emptyText={t('mapping.categories.none')}
          label={t('mapping.categories.tableLabel')}
          tableClassName="mapping-table"
          columns={[
            t('mapping.categories.yours'),
            { label: t('mapping.categories.productCount'), className: 'align-end' },
            t('mapping.categories.backMarket'),
            t('mapping.categories.status'),
          ]}
        >
          {categories.data.categories.map((category) => (
            <CategoryRow key={category.merchantCategory} category={category} />
          ))}
        </ListTable>
      </ReadOnlyScope>
    </div>
  );
}
