// The sample catalogue's products as the sandbox marketplace needs them (EAN, title, brand, category, the price new),
// read with the app's own CSV reader. Used by scripts/derive-sandbox-sample.ts and by the test that keeps the derived JSON in step.
import type { ExtraProduct } from '../../sandbox';
import { openCsvSource, readCsvRecords } from '../catalogue/csv/read-csv';

const COLUMNS = { ean: 'EAN', title: 'Title', brand: 'Brand', category: 'Category', price: 'Price' } as const;

/**
 * Back Market refuses an offer priced above the product's new price (max_price). A refurbished device sells for roughly
 * 55-60% of its new price, so the sandbox's new price is the sample's price x 1.8, rounded up to a price ending in 9:
 * every sample offer fits, in every country, with room for the price matrix's +/- percent actions.
 */
export function sandboxPriceNew(samplePrice: string): string | undefined {
  const price = Number(samplePrice.replace(',', '.'));
  if (!(price > 0)) return undefined;
  return (Math.ceil((price * 1.8) / 10) * 10 - 1).toFixed(2);
}

export async function sampleProductsFromCsv(file: string): Promise<ExtraProduct[]> {
  const source = await openCsvSource(file, {});
  const products: ExtraProduct[] = [];
  let index: Record<keyof typeof COLUMNS, number> | undefined;
  await readCsvRecords(source, (cells) => {
    if (!index) {
      const at = (name: string) => cells.findIndex((cell) => cell.trim() === name);
      index = { ean: at(COLUMNS.ean), title: at(COLUMNS.title), brand: at(COLUMNS.brand), category: at(COLUMNS.category), price: at(COLUMNS.price) };
      return;
    }
    const ean = (cells[index.ean] ?? '').trim();
    const title = (cells[index.title] ?? '').trim();
    if (!ean || !title) return;
    const brand = (cells[index.brand] ?? '').trim();
    const category = (cells[index.category] ?? '').trim();
    const priceNew = sandboxPriceNew((cells[index.price] ?? '').trim());
    products.push({ ean, title, ...(brand ? { brand } : {}), ...(category ? { category } : {}), ...(priceNew ? { priceNew } : {}) });
  });
  return products;
}
