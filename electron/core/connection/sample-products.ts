// The sample catalogue's products as the sandbox marketplace needs them (EAN, title, brand, category), read with the
// app's own CSV reader. Used by scripts/derive-sandbox-sample.ts and by the test that keeps the derived JSON in step.
import type { ExtraProduct } from '../../sandbox';
import { openCsvSource, readCsvRecords } from '../catalogue/csv/read-csv';

const COLUMNS = { ean: 'EAN', title: 'Title', brand: 'Brand', category: 'Category' } as const;

export async function sampleProductsFromCsv(file: string): Promise<ExtraProduct[]> {
  const source = await openCsvSource(file, {});
  const products: ExtraProduct[] = [];
  let index: Record<keyof typeof COLUMNS, number> | undefined;
  await readCsvRecords(source, (cells) => {
    if (!index) {
      const at = (name: string) => cells.findIndex((cell) => cell.trim() === name);
      index = { ean: at(COLUMNS.ean), title: at(COLUMNS.title), brand: at(COLUMNS.brand), category: at(COLUMNS.category) };
      return;
    }
    const ean = (cells[index.ean] ?? '').trim();
    const title = (cells[index.title] ?? '').trim();
    if (!ean || !title) return;
    const brand = (cells[index.brand] ?? '').trim();
    const category = (cells[index.category] ?? '').trim();
    products.push({ ean, title, ...(brand ? { brand } : {}), ...(category ? { category } : {}) });
  });
  return products;
}
