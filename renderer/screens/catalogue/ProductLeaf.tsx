// The product drawer's Back Market category: which leaf this product goes to and what chose it (its own, its brand's
// rule, its category's mapping), and a leaf of its own for this one product, or back to its category and brand.
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/catalogue';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { LeafPicker } from '../mapping/LeafPicker';

export function ProductLeaf({ product, writable }: { product: Product; writable: boolean }) {
  const { t } = useTranslation();
  const current = useCallQuery('mapping:productLeaf', { productNumber: product.productNumber });
  const setLeaf = useMappingCall('mapping:setProductLeaf');
  if (!current.data) return null;
  const { via, leaf, brand, category } = current.data;
  const path = leaf?.path ?? '';
  const line =
    via === 'product'
      ? t('leafRules.drawerOwn', { path })
      : via === 'brand'
        ? t('leafRules.drawerBrand', { path, brand: brand ?? '', category: category ?? '' })
        : via === 'category'
          ? t('leafRules.drawerCategory', { path, category: category ?? '' })
          : t('leafRules.drawerNone');
  const save = (marketplaceCategoryId: number | null) => setLeaf.mutate({ productNumber: product.productNumber, marketplaceCategoryId });
  return (
    <section className="bm-problems" aria-labelledby="product-leaf-title" data-testid="product-leaf">
      <h3 id="product-leaf-title">{t('leafRules.drawerTitle')}</h3>
      <p>{line}</p>
      {via !== null && leaf === null && <p className="field-error">{t('mapping.categories.stale')}</p>}
      {writable && (
        <div className="own-leaf-form">
          <LeafPicker label={t('leafRules.leafForProduct')} leaf={via === 'product' ? leaf : null} onPick={(hit) => save(hit.marketplaceCategoryId)} />
          {via === 'product' && (
            <button type="button" className="button button-ghost button-small" onClick={() => save(null)}>
              {t('leafRules.removeOwnLeaf')}
            </button>
          )}
        </div>
      )}
      {setLeaf.isError && <span className="field-error">{messageOf(setLeaf.error, t('errors.unexpected'))}</span>}
    </section>
  );
}
