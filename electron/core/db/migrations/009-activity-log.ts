// Migration 9: the activity log of Back Market calls, kept in the catalogue's database so it survives a quit or a crash
// and its export covers the days before. Never a header or a body: no token can be in it.
import type { Migration } from './types';

export const activityLog: Migration = {
  version: 9,
  name: 'activity-log',
  up: (db) => {
    db.exec(`
      CREATE TABLE activity_log (
        id          INTEGER PRIMARY KEY,
        time        TEXT    NOT NULL,
        method      TEXT    NOT NULL,
        path        TEXT    NOT NULL,
        country     TEXT    NOT NULL,
        status      INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        lines_sent  INTEGER NOT NULL,
        request_id  TEXT,
        cf_ray      TEXT
      ) STRICT;
      -- Retention deletes by time; the newest-first listing walks the primary key.
      CREATE INDEX activity_log_time ON activity_log (time);
    `);
  },
};
