// Migration 22: a published offer whose change the pre-flight check (or the existing account's review) holds back.
// Back Market still holds the listing, so its status stays what Back Market holds (published, on sale or not) and
// change_held says the merchant's change was not sent; status 'none' · 'preflight' stays for an offer Back Market does
// not hold. Offers recorded before as None · held back although Back Market holds them (accepted, or adopted: values
// known) become published with their change held back (their reasons kept); a listing id alone is not enough (one
// listing per SKU is read back for every market). A small partial index keeps the header's count cheap.
import type { Migration } from './types';

export const heldChanges: Migration = {
  version: 22,
  name: 'held-changes',
  up: (db) => {
    db.exec(`
      ALTER TABLE listing_states ADD COLUMN change_held INTEGER NOT NULL DEFAULT 0 CHECK (change_held IN (0, 1));
      UPDATE listing_states SET status = 'published', none_source = NULL, change_held = 1
       WHERE status = 'none' AND none_source = 'preflight' AND task IS NULL AND (content_hash <> '' OR accepted_values NOT IN ('', '{}'));
      CREATE INDEX listing_states_change_held ON listing_states(country) WHERE change_held = 1;
    `);
  },
};
