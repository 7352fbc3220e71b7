// Migration 10: the category tree's leaves in each market language. Back Market names categories and attribute values
// in the language of Accept-Language, so the values a German line may carry come from the German tree, not the French.
import type { Migration } from './types';

export const treeLanguages: Migration = {
  version: 10,
  name: 'tree-languages',
  up: (db) => {
    db.exec(`
      -- One row per leaf and language: its path and attributes (allowed values) as that language's tree names them.
      CREATE TABLE bm_leaf_languages (
        language                TEXT    NOT NULL,
        marketplace_category_id INTEGER NOT NULL,
        path                    TEXT    NOT NULL,
        attributes              TEXT    NOT NULL DEFAULT '[]',
        PRIMARY KEY (language, marketplace_category_id)
      ) STRICT, WITHOUT ROWID;

      -- Which market each language's tree was fetched through (its Accept-Language) and when.
      CREATE TABLE bm_tree_languages (
        language   TEXT    PRIMARY KEY,
        market     TEXT    NOT NULL,
        fetched_at TEXT    NOT NULL,
        leaf_count INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
