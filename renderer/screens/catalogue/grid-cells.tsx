// The grid's interactive cells: row selection, select-all, and the product number that opens the form or shows variations.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../shared/catalogue';
import { useCatalogueStore } from '../../store/catalogue-store';
import type { GridLine } from './use-catalogue-lines';

export function SelectRowCell({ product }: { product: ProductRow }) {
  const { t } = useTranslation();
  const selected = useCatalogueStore((state) => state.selection.has(product.id));
  const toggleSelected = useCatalogueStore((state) => state.toggleSelected);
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      checked={selected}
      onChange={() => toggleSelected(product.id)}
      aria-label={t('catalogue.selectRow', { productNumber: product.productNumber })}
    />
  );
}

export function SelectAllHeader({ productIds }: { productIds: number[] }) {
  const { t } = useTranslation();
  const selection = useCatalogueStore((state) => state.selection);
  const setSelected = useCatalogueStore((state) => state.setSelected);
  const selectedCount = productIds.filter((id) => selection.has(id)).length;
  const all = productIds.length > 0 && selectedCount === productIds.length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = selectedCount > 0 && !all;
  }, [selectedCount, all]);
  return (
    <input
      ref={box}
      type="checkbox"
      checked={all}
      disabled={productIds.length === 0}
      onChange={() => setSelected(productIds, !all)}
      aria-label={t('catalogue.selectAllLoaded')}
    />
  );
}

export function ProductNumberCell({ line }: { line: GridLine }) {
  const { t } = useTranslation();
  const { product, depth } = line;
  const expanded = useCatalogueStore((state) => state.expanded.some((parent) => parent.parentId === product.id));
  const toggleExpanded = useCatalogueStore((state) => state.toggleExpanded);
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  return (
    <span className={`product-number depth-${depth}`}>
      {product.childCount > 0 && line.topIndex !== null ? (
        <button
          type="button"
          tabIndex={-1}
          className="expand-toggle"
          aria-expanded={expanded}
          aria-label={
            expanded
              ? t('catalogue.collapse', { productNumber: product.productNumber })
              : t('catalogue.expand', { productNumber: product.productNumber, count: product.childCount })
          }
          title={t('catalogue.variationCount', { count: product.childCount })}
          onClick={(event) => {
            event.stopPropagation();
            toggleExpanded(product.id, line.topIndex ?? 0);
          }}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      ) : (
        <span className="expand-spacer" aria-hidden="true" />
      )}
      <button type="button" tabIndex={-1} className="link-button" onClick={() => setOpenProduct({ mode: 'edit', id: product.id })}>
        {product.productNumber}
      </button>
      {product.childCount > 0 && <span className="variation-count">{product.childCount}</span>}
    </span>
  );
}
