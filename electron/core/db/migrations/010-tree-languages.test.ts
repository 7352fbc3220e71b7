// Migration tree-languages: the leaves of each market language's tree, one row per language and leaf.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './index';
import { treeLanguages } from './010-tree-languages';

it('keeps one row per language and leaf, and which market each language was fetched through', () => {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(treeLanguages) + 1));
  const insert = db.prepare("INSERT INTO bm_leaf_languages (language, marketplace_category_id, path, attributes) VALUES (?, 2, ?, '[]')");
  insert.run('fr', 'Téléphones > Smartphones > iPhone');
  insert.run('de', 'Handys > Smartphones > iPhone');
  expect(() => insert.run('de', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
  db.prepare("INSERT INTO bm_tree_languages (language, market, fetched_at, leaf_count) VALUES ('de', 'de-de', 'now', 1)").run();
  expect(db.prepare("SELECT path FROM bm_leaf_languages WHERE language = 'de' AND marketplace_category_id = 2").pluck().get()).toBe('Handys > Smartphones > iPhone');
  db.close();
});
