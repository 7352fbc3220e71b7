// `npx tsx scripts/derive-sandbox-sample.ts`: derives from resources/sample-catalogue.csv, through the app's own CSV reader,
// resources/sandbox/sample-products.json (EAN, title, brand, category), so the sandbox marketplace of "explore" mode knows
// every product of the sample catalogue, and resources/sandbox/sample-offers.json (SKU, EAN, grade, stock, price), so the
// sandbox can start as an existing account whose listings partly match the sample catalogue. Unit tests check the files agree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleProductsFromCsv } from '../electron/core/connection/sample-products';
import { sampleOffersFromCsv } from './sample-offers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csv = path.join(root, 'resources', 'sample-catalogue.csv');
const write = (name: string, rows: unknown[]) => {
  const target = path.join(root, 'resources', 'sandbox', name);
  fs.writeFileSync(target, `${JSON.stringify(rows, null, 1)}\n`);
  console.log(`Wrote ${rows.length} rows to ${path.relative(root, target)}`);
};
write('sample-products.json', await sampleProductsFromCsv(csv));
write('sample-offers.json', await sampleOffersFromCsv(csv));
