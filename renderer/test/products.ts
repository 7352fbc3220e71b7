// Test products and a fake catalogue:list that filters, sorts and pages them as SQLite would.
import type { ProductPage, ProductQuery, ProductRow } from '../../shared/catalogue';

export function productRow(id: number, overrides: Partial<ProductRow> = {}): ProductRow {
  return {
    id,
    productNumber: `P-${String(id).padStart(4, '0')}`,
    parentNumber: null,
    title: `Refurbished phone ${id}`,
    description: null,
    ean: null,
    backmarketId: null,
    brand: id % 2 ? 'Apple' : 'Samsung',
    category: 'Smartphones',
    condition: 'Good',
    stock: id % 7,
    price: 100 + id,
    weightGrams: 180,
    colour: 'Black',
    storage: '128 GB',
    size: null,
    widthCm: null,
    heightCm: null,
    depthCm: null,
    image1: null,
    image2: null,
    image3: null,
    image4: null,
    image5: null,
    image6: null,
    attributes: {},
    updatedAt: '2025-01-01T00:00:00.000Z',
    pending: id % 3 === 0,
    childCount: 0,
    ...overrides,
  };
}

export function fakeList(products: ProductRow[], variations: Record<number, ProductRow[]> = {}) {
  return (query: ProductQuery): ProductPage => {
    if (query.parentId !== undefined) {
      const rows = variations[query.parentId] ?? [];
      return { rows, total: rows.length };
    }
    const search = query.search?.toLowerCase();
    let rows = products.filter((product) => !search || `${product.productNumber} ${product.title}`.toLowerCase().includes(search));
    if (query.brand) rows = rows.filter((product) => product.brand === query.brand);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  };
}
