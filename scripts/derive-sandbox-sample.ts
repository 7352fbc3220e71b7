// `npx tsx scripts/derive-sandbox-sample.ts`: derives resources/sandbox/sample-products.json (EAN, title, brand, category)
// from resources/sample-catalogue.csv through the app's own CSV reader, so the sandbox marketplace of "explore" mode
// knows every product of the sample catalogue. A unit test checks the two files still agree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleProductsFromCsv } from '../electron/core/connection/sample-products';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const products = await sampleProductsFromCsv(path.join(root, 'resources', 'sample-catalogue.csv'));
const target = path.join(root, 'resources', 'sandbox', 'sample-products.json');
fs.writeFileSync(target, `${JSON.stringify(products, null, 1)}\n`);
console.log(`Wrote ${products.length} products to ${path.relative(root, target)}`);
