// Inserts many rows of one shape with a statement of several rows at a time: an import writes tens of thousands of rows,
// and one statement per row spent about as much in the call into SQLite as in the insert itself.
import type { Db } from './connection';

type Statement = ReturnType<Db['prepare']>;
type Value = string | number | bigint | null;

/** Rows a statement writes at once: 50 rows of 13 values stay far below SQLite's limit of bound values (32,766). */
const ROWS_PER_STATEMENT = 50;

export interface BatchedInsert {
  /**
   * The values of the rows to write at the next flush, row after row in the columns' order: push a row's values here
   * (one push of `width` values: no array per row).
   */
  readonly pending: Value[];
  /** Writes the rows pushed since the last flush, in the order they were pushed. */
  flush(): void;
}

/**
 * `head` is the statement up to VALUES ('INSERT INTO t (a, b, c) VALUES'); `row` is one row's placeholders ('(?, ?, ?)',
 * literals allowed); `width` the values bound per row. Rows are written in the order pushed, so the rowids they get are
 * those a statement per row would have given them.
 */
export function batchedInsert(db: Db, head: string, row: string, width: number): BatchedInsert {
  const statements = new Map<number, Statement>();
  const statementFor = (rows: number): Statement => {
    let statement = statements.get(rows);
    if (!statement) statements.set(rows, (statement = db.prepare(`${head} ${Array.from({ length: rows }, () => row).join(', ')}`)));
    return statement;
  };
  const pending: Value[] = [];
  const batch = new Array<Value>(ROWS_PER_STATEMENT * width);
  return {
    pending,
    flush() {
      if (pending.length % width !== 0) {
        const given = pending.length;
        pending.length = 0;
        throw new Error(`Rows of ${width} values each were expected: ${given} values were given, which is no whole number of rows.`);
      }
      const rows = pending.length / width;
      let written = 0;
      if (rows >= ROWS_PER_STATEMENT) {
        const full = statementFor(ROWS_PER_STATEMENT);
        for (; written + ROWS_PER_STATEMENT <= rows; written += ROWS_PER_STATEMENT) {
          const from = written * width;
          for (let at = 0; at < batch.length; at += 1) batch[at] = pending[from + at] as Value;
          full.run(batch);
        }
      }
      // The rest in one statement of their number (at most ROWS_PER_STATEMENT - 1 shapes are ever prepared).
      if (written < rows) statementFor(rows - written).run(written === 0 ? pending : pending.slice(written * width));
      pending.length = 0;
    },
  };
}
