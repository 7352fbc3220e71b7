// Migration 6: sync. What Back Market last accepted or refused for each offer (product x country) and what it holds now,
// the catalog tasks a sync submitted (recorded before their first poll, so a crash never loses or resubmits one),
// the runs, and small sync facts (the hourly SKU-line history).
import type { Migration } from './types';

export const sync: Migration = {
  version: 6,
  name: 'sync',
  up: (db) => {
    db.exec(`
      -- Keyed by product number, not id: a deleted product's offer must still be taken offline.
      CREATE TABLE listing_states (
        product_number    TEXT    NOT NULL,
        country           TEXT    NOT NULL,
        sku               TEXT    NOT NULL,
        status            TEXT    NOT NULL CHECK (status IN ('published', 'none', 'pending', 'not-sent')),
        none_source       TEXT    CHECK (none_source IN ('preflight', 'backmarket')),
        error             TEXT    NOT NULL DEFAULT '',
        csv_line          TEXT    NOT NULL DEFAULT '',
        -- The values Back Market last accepted (JSON: field -> CSV cell), for the dry run's before/after.
        accepted_values   TEXT    NOT NULL DEFAULT '{}',
        -- Hashes of what Back Market last accepted, one per kind of change; '' when never accepted.
        stock_hash        TEXT    NOT NULL DEFAULT '',
        price_hash        TEXT    NOT NULL DEFAULT '',
        content_hash      TEXT    NOT NULL DEFAULT '',
        -- The full hash of a line Back Market refused: the same line is not sent again until it changes or is retried.
        rejected_hash     TEXT    NOT NULL DEFAULT '',
        listing_id        INTEGER,
        listing_uuid      TEXT,
        bm_product_id     TEXT,
        publication_state INTEGER CHECK (publication_state BETWEEN 0 AND 4),
        validating        INTEGER NOT NULL DEFAULT 0 CHECK (validating IN (0, 1)),
        -- What GET /ws/listings showed that differs from what was accepted (changed in the back office), as text.
        changed_elsewhere TEXT    NOT NULL DEFAULT '',
        -- The local task carrying this offer now, if any.
        task              INTEGER,
        last_sync_at      TEXT,
        updated_at        TEXT    NOT NULL,
        PRIMARY KEY (product_number, country)
      ) STRICT;
      CREATE INDEX listing_states_country_status ON listing_states(country, status);
      -- The grid's summary and status filter: one range per offer gives every country's status without reading the row.
      CREATE INDEX listing_states_product_status ON listing_states(product_number, country, status);
      -- The planner's candidates: the settled offers (accepted, or a verdict that stands until an edit or a retry), so
      -- "which offers are not settled in every enabled country" reads this small index, not rows holding accepted_values.
      -- The condition is the planner's SETTLED (electron/core/sync/plan/plan-reads.ts), word for word.
      CREATE INDEX listing_states_settled ON listing_states(product_number, country)
        WHERE ((stock_hash != '' AND price_hash != '' AND content_hash != '') OR (status = 'none' AND (none_source = 'preflight' OR rejected_hash != '')));
      CREATE INDEX listing_states_sku ON listing_states(sku);

      CREATE TABLE sync_runs (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT    NOT NULL,
        finished_at TEXT,
        outcome     TEXT    CHECK (outcome IN ('finished', 'cancelled', 'failed')),
        report      TEXT    NOT NULL DEFAULT '{}'
      ) STRICT;

      -- One CSV catalog task. Written with state 'submitting' before POST /ws/listings; the task id is written as soon as it
      -- comes back, before the first poll. A row left 'submitting' by a crash is 'uncertain': the reconcile finds out.
      CREATE TABLE sync_tasks (
        id           INTEGER PRIMARY KEY,
        run_id       INTEGER NOT NULL REFERENCES sync_runs(id),
        country      TEXT    NOT NULL,
        task_id      INTEGER UNIQUE,
        state        TEXT    NOT NULL CHECK (state IN ('submitting', 'submitted', 'applied', 'failed', 'uncertain')),
        lines        INTEGER NOT NULL,
        csv          TEXT    NOT NULL,
        submitted_at TEXT,
        polls        INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT,
        message      TEXT    NOT NULL DEFAULT '',
        created_at   TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX sync_tasks_open ON sync_tasks(state) WHERE state IN ('submitting', 'submitted', 'uncertain');

      -- Each data line of a task: which offer it carries and the values and hashes to store once Back Market accepts it.
      CREATE TABLE sync_task_lines (
        task           INTEGER NOT NULL REFERENCES sync_tasks(id) ON DELETE CASCADE,
        line           INTEGER NOT NULL,
        product_number TEXT    NOT NULL,
        country        TEXT    NOT NULL,
        sku            TEXT    NOT NULL,
        kind           TEXT    NOT NULL CHECK (kind IN ('stock', 'price', 'new', 'content')),
        csv_line       TEXT    NOT NULL,
        "values"       TEXT    NOT NULL,
        stock_hash     TEXT    NOT NULL,
        price_hash     TEXT    NOT NULL,
        content_hash   TEXT    NOT NULL,
        PRIMARY KEY (task, line)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
