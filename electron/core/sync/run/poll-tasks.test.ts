// The app's own poll of a catalog task against Back Market (DEFAULT_POLL), which the end-to-end specs shorten against
// their sandbox: a task Back Market takes ten minutes to finish is asked after 1 s, then twice as long each time, at
// most once a minute, and applied once it is done.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackMarketClient, CatalogTask } from '../../backmarket';
import type { Db } from '../../db/connection';
import { tempDatabase } from '../../test/temp-db';
import { pollUntilProcessed } from './poll-tasks';
import { DEFAULT_POLL, emptyTally, type RunContext } from './run-context';
import { createRun, markSubmitted, openTasks, recordSubmitting } from './task-repo';

const START = Date.parse('2026-11-27T10:00:00.000Z');
const TASK_ID = 4_217;

describe('polling a catalog task with the app’s own timings', () => {
  let database: ReturnType<typeof tempDatabase>;
  let db: Db;
  let clock: number;
  let waits: number[];
  let asked: number[];

  beforeEach(() => {
    database = tempDatabase();
    db = database.db;
    clock = START;
    waits = [];
    asked = [];
  });
  afterEach(() => database.cleanup());

  /** A client whose GET /ws/tasks/{id} answers "in progress" (2) until `doneAfterMs`, then "done" (9) with an empty report. */
  const backMarketFinishingAfter = (doneAfterMs: number) =>
    ({
      forCountry: () => ({
        getTask: async (taskId: number): Promise<CatalogTask> => {
          asked.push(clock - START);
          return { task_id: taskId, action_status: clock - START >= doneAfterMs ? 9 : 2, last_action_error: null, result: {}, statuscode: 200 };
        },
      }),
    }) as unknown as BackMarketClient;

  function context(api: BackMarketClient, runId: number): RunContext {
    return {
      db,
      api,
      runId,
      countries: ['fr-fr'],
      now: () => new Date(clock),
      budget: undefined as never,
      poll: DEFAULT_POLL,
      reconcileEveryMs: 0,
      tally: emptyTally(),
      progress: () => undefined,
      checkCancelled: () => undefined,
      // The clock moves by the wait, as the real one would.
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      listingsChanged: () => undefined,
    };
  }

  function submittedTask(): number {
    const now = new Date(clock).toISOString();
    const runId = createRun(db, now);
    const id = recordSubmitting(db, runId, { country: 'fr-fr', header: ['sku'], lines: [], csv: 'sku\n', csvLines: [] }, now);
    markSubmitted(db, id, TASK_ID, now);
    return runId;
  }

  it('asks after 1 s, then twice as long each time up to once a minute, until Back Market has finished it', async () => {
    expect(DEFAULT_POLL).toMatchObject({ firstDelayMs: 1_000, factor: 2, maxDelayMs: 60_000 });
    const runId = submittedTask();
    await pollUntilProcessed(context(backMarketFinishingAfter(10 * 60_000), runId), openTasks(db, 'submitted'));

    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
    // Asked once after each wait; the last answer (at 10 min 3 s) is the first that says done, and the task is applied.
    expect(asked).toEqual([1_000, 3_000, 7_000, 15_000, 31_000, 63_000, 123_000, 183_000, 243_000, 303_000, 363_000, 423_000, 483_000, 543_000, 603_000]);
    expect(openTasks(db, 'submitted')).toEqual([]);
    expect(db.prepare('SELECT state, polls FROM sync_tasks WHERE task_id = ?').get(TASK_ID)).toEqual({ state: 'applied', polls: 15 });
  });

  it('asks once, after the first second, a task Back Market finishes at once', async () => {
    const runId = submittedTask();
    await pollUntilProcessed(context(backMarketFinishingAfter(0), runId), openTasks(db, 'submitted'));
    expect(waits).toEqual([1_000]);
    expect(asked).toEqual([1_000]);
  });
});
