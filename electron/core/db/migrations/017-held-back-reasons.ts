// Migration 14: why the pre-flight check held an offer back, as codes and their values (JSON MerchantMessage[]), so the
// listings grid words it in the merchant's language. listing_states.error keeps the English; rows held back before
// this version have no codes and show that English as it was written.
import type { Migration } from './types';

export const heldBackReasons: Migration = {
  version: 17,
  name: 'held-back-reasons',
  up: (db) => {
    db.exec(`ALTER TABLE listing_states ADD COLUMN error_said TEXT NOT NULL DEFAULT ''`);
  },
};
