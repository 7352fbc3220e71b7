// One merchant category sent to several Back Market leaves: each brand of its products with its count and the leaf of
// its rule (or the category's leaf it follows), what the other brands follow, and the products sent to a leaf of their
// own. Every change goes to main, which marks pending the products whose leaf it changed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandBranch, ProductLeafBranch } from '../../../shared/leaf-rules';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { TableHead } from '../../components/TableHead';
import { LeafPicker } from './LeafPicker';

function BrandRow({ merchantCategory, branch }: { merchantCategory: string; branch: BrandBranch }) {
  const { t } = useTranslation();
  const setRule = useMappingCall('mapping:setBrandRule');
  const save = (marketplaceCategoryId: number | null) => setRule.mutate({ merchantCategory, brand: branch.brand, marketplaceCategoryId });
  return (
    <tr data-testid="brand-branch">
      <th scope="row">{branch.brand}</th>
      <td className="align-end">{t('mapping.categories.products', { count: branch.productCount })}</td>
      <td className="leaf-cell">
        <LeafPicker label={t('leafRules.leafForBrand', { brand: branch.brand, category: merchantCategory })} leaf={branch.leaf} onPick={(hit) => save(hit.marketplaceCategoryId)} />
        {branch.marketplaceCategoryId === null && <span className="muted">{t('leafRules.followsCategory')}</span>}
        {branch.marketplaceCategoryId !== null && branch.leaf === null && <span className="badge badge-danger">{t('mapping.categories.stale')}</span>}
        {setRule.isError && <span className="field-error">{messageOf(setRule.error, t('errors.unexpected'))}</span>}
      </td>
      <td>
        {branch.marketplaceCategoryId !== null && (
          <button type="button" className="button button-ghost button-small" onClick={() => save(null)} aria-label={t('leafRules.removeRuleFor', { brand: branch.brand })}>
            {t('leafRules.removeRule')}
          </button>
        )}
      </td>
    </tr>
  );
}

function OwnLeafRow({ product }: { product: ProductLeafBranch }) {
  const { t } = useTranslation();
  const setLeaf = useMappingCall('mapping:setProductLeaf');
  return (
    <li data-testid="own-leaf">
      <strong>{product.productNumber}</strong> {product.title && <span className="muted">{product.title}</span>} →{' '}
      {product.leaf ? product.leaf.path : <span className="badge badge-danger">{t('mapping.categories.stale')}</span>}{' '}
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={() => setLeaf.mutate({ productNumber: product.productNumber, marketplaceCategoryId: null })}
        aria-label={t('leafRules.removeOwnLeafFor', { product: product.productNumber })}
      >
        {t('leafRules.removeOwnLeaf')}
      </button>
      {setLeaf.isError && <span className="field-error">{messageOf(setLeaf.error, t('errors.unexpected'))}</span>}
    </li>
  );
}

function OwnLeafForm() {
  const { t } = useTranslation();
  const inputId = useId();
  const [productNumber, setProductNumber] = useState('');
  const [missing, setMissing] = useState(false);
  const setLeaf = useMappingCall('mapping:setProductLeaf');
  const pick = (marketplaceCategoryId: number) => {
    const wanted = productNumber.trim();
    setMissing(wanted === '');
    if (wanted !== '') setLeaf.mutate({ productNumber: wanted, marketplaceCategoryId }, { onSuccess: () => setProductNumber('') });
  };
  return (
    <div className="own-leaf-form">
      <label htmlFor={inputId}>{t('leafRules.productNumber')}</label>
      <input id={inputId} className="input" value={productNumber} onChange={(event) => setProductNumber(event.target.value)} />
      <LeafPicker label={t('leafRules.leafForProduct')} leaf={null} onPick={(hit) => pick(hit.marketplaceCategoryId)} />
      {missing && (
        <span className="field-error" role="alert">
          {t('leafRules.productNumberMissing')}
        </span>
      )}
      {!missing && setLeaf.isError && (
        <span className="field-error" role="alert">
          {messageOf(setLeaf.error, t('errors.unexpected'))}
        </span>
      )}
    </div>
  );
}

export function CategoryBranches({ merchantCategory }: { merchantCategory: string }) {
  const { t } = useTranslation();
  const branches = useCallQuery('mapping:categoryBranches', { merchantCategory });
  if (branches.error) return <Alert>{messageOf(branches.error, t('errors.unexpected'))}</Alert>;
  if (!branches.data) return <p role="status">{t('app.loading')}</p>;
  const { brands, others, products } = branches.data;
  return (
    <section className="category-branches" aria-label={t('leafRules.title', { category: merchantCategory })}>
      <p className="muted">{t('leafRules.intro')}</p>
      <table className="data-table mapping-table" aria-label={t('leafRules.brandsLabel', { category: merchantCategory })}>
        <TableHead
          columns={[
            t('leafRules.brand'),
            { label: t('mapping.categories.productCount'), className: 'align-end' },
            t('mapping.categories.backMarket'),
            { label: t('leafRules.actions'), screenReaderOnly: true },
          ]}
        />
        <tbody>
          {brands.map((branch) => (
            <BrandRow key={branch.brand} merchantCategory={merchantCategory} branch={branch} />
          ))}
          <tr data-testid="other-brands">
            <th scope="row">{t('leafRules.others')}</th>
            <td className="align-end">{t('mapping.categories.products', { count: others.productCount })}</td>
            <td colSpan={2}>{others.leaf ? others.leaf.path : <span className="badge badge-warning">{t('mapping.categories.unmapped')}</span>}</td>
          </tr>
        </tbody>
      </table>
      <h4>{t('leafRules.ownLeaves')}</h4>
      {products.length === 0 ? <p className="muted">{t('leafRules.noOwnLeaves')}</p> : <ul className="own-leaves">{products.map((product) => <OwnLeafRow key={product.productNumber} product={product} />)}</ul>}
      <OwnLeafForm />
    </section>
  );
}
