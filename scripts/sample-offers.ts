// The sample catalogue's offers as the sandbox's "existing account" needs them: each variant's SKU (merchant product
// number), EAN, grade, stock and price, read with the app's own CSV reader. Written to resources/sandbox/sample-offers.json
// by scripts/derive-sandbox-sample.ts; scripts/sample-offers.test.ts keeps the two files in step.
import { openCsvSource, readCsvRecords } from '../electron/core/catalogue/csv/read-csv';
import { suggestGrade } from '../shared/grades';

/** One offer of the sample catalogue, in the sandbox's terms (price in EUR with a dot). */
export interface SampleOffer {
  sku: string;
  ean: string;
  grade: string;
  quantity: number;
  price: string;
}

const COLUMNS = { sku: 'Merchant product number', ean: 'EAN', condition: 'Condition', stock: 'Stock', price: 'Price' } as const;

export async function sampleOffersFromCsv(file: string): Promise<SampleOffer[]> {
  const source = await openCsvSource(file, {});
  const offers: SampleOffer[] = [];
  let index: Record<keyof typeof COLUMNS, number> | undefined;
  await readCsvRecords(source, (cells) => {
    if (!index) {
      const at = (name: string) => cells.findIndex((cell) => cell.trim() === name);
      index = { sku: at(COLUMNS.sku), ean: at(COLUMNS.ean), condition: at(COLUMNS.condition), stock: at(COLUMNS.stock), price: at(COLUMNS.price) };
      return;
    }
    const cell = (key: keyof typeof COLUMNS) => (cells[index?.[key] ?? -1] ?? '').trim();
    const price = Number(cell('price').replace(',', '.'));
    const grade = suggestGrade(cell('condition'));
    if (!cell('sku') || !cell('ean') || !(price > 0) || !grade) return;
    offers.push({ sku: cell('sku'), ean: cell('ean'), grade, quantity: Number(cell('stock')) || 0, price: price.toFixed(2) });
  });
  return offers;
}
