// Migration 18: Back Market matches SKUs whatever their case, so the existing account's listings are matched with the
// catalogue case-insensitively: indexes that let those comparisons (COLLATE NOCASE) find a product or a listing at once.
import type { Migration } from './types';

export const skuNocase: Migration = {
  version: 18,
  name: 'sku-nocase',
  up: (db) => {
    db.exec(`
      CREATE INDEX products_number_nocase ON products(product_number COLLATE NOCASE);
      CREATE INDEX account_listings_sku_nocase ON account_listings(sku COLLATE NOCASE);
    `);
  },
};
