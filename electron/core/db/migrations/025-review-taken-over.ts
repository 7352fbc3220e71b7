// Migration 25: a review row asked again says whether the values it replaces were a choice of the merchant's or only what
// Refurb Desk took over from Back Market (an import's values, or values equal at the take-over): « taken over with 3 from
// Back Market, your catalogue now says 1 », never « since your choice » for a choice nobody made. A decision the import
// recorded by itself (Back Market's values taken over) has no decided_at; one the merchant made has its time.
import type { Migration } from './types';

export const reviewTakenOver: Migration = {
  version: 25,
  name: 'review-taken-over',
  up: (db) => {
    db.exec('ALTER TABLE account_reviews ADD COLUMN previous_taken_over INTEGER NOT NULL DEFAULT 0 CHECK (previous_taken_over IN (0, 1))');
  },
};
