// Migration 23: a review row asked again (the values a decision was made on changed since) keeps that decision and its
// values, so the review says why it asks again: « your value went from … to … since your choice ».
import type { Migration } from './types';

export const reviewPrevious: Migration = {
  version: 23,
  name: 'review-previous',
  up: (db) => {
    db.exec(`
      ALTER TABLE account_reviews ADD COLUMN previous_backmarket TEXT;
      ALTER TABLE account_reviews ADD COLUMN previous_mine TEXT;
      ALTER TABLE account_reviews ADD COLUMN previous_decision TEXT CHECK (previous_decision IN ('backmarket', 'mine'));
    `);
  },
};
