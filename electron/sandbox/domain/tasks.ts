// Catalog tasks: creation, asynchronous processing after the configured delay, and the contract's task view.
import type { SandboxState, SandboxTask, TaskLineResult } from '../state/types';
import { nextId } from '../state/store';
import { processCatalogLine } from './catalog-task';
import type { ParsedCatalog } from './catalog-csv';

export function createTask(state: SandboxState, catalog: ParsedCatalog, marketCode: string, now: Date): SandboxTask {
  const task: SandboxTask = {
    task_id: nextId(state, 'task'),
    action_status: 0,
    last_action_error: null,
    market: marketCode,
    header: catalog.header,
    rows: catalog.rows,
    createdAt: now.toISOString(),
    dueAt: new Date(now.getTime() + state.config.taskDelayMs).toISOString(),
    result: {},
  };
  state.tasks.push(task);
  return task;
}

/** Runs every line of a task (status 9), or fails it as a whole (status 8) when the header has no sku column. */
export function processTask(state: SandboxState, task: SandboxTask, now: Date): void {
  if (task.action_status === 8 || task.action_status === 9) return;
  if (state.failNextTask !== null) {
    task.action_status = 8;
    task.last_action_error = state.failNextTask;
    state.failNextTask = null;
  } else if (!task.header.includes('sku')) {
    task.action_status = 8;
    task.last_action_error = `The catalog header has no 'sku' column (columns: ${task.header.join(', ')}).`;
  } else {
    const lines: TaskLineResult[] = task.rows.map((row, index) => processCatalogLine(state, task.header, row, index + 2, task.market, now));
    task.result = {
      total: lines.length,
      created: lines.filter((line) => line.status === 'created').length,
      updated: lines.filter((line) => line.status === 'updated').length,
      errors: lines.filter((line) => line.status === 'error').length,
      lines,
    };
    task.action_status = 9;
  }
  task.rows = [];
}

/** Brings a task up to date with the clock: in progress (2) from half its delay, processed once due. */
export function advanceTask(state: SandboxState, task: SandboxTask, now: Date): void {
  if (task.action_status === 8 || task.action_status === 9) return;
  const created = Date.parse(task.createdAt);
  const due = Date.parse(task.dueAt);
  if (now.getTime() >= due) processTask(state, task, now);
  else if (now.getTime() >= created + (due - created) / 2) task.action_status = 2;
}

export function taskView(task: SandboxTask) {
  return { task_id: task.task_id, action_status: task.action_status, last_action_error: task.last_action_error, result: task.result, statuscode: 200 };
}

/** Real timers for the asynchronous part; the clock-based advanceTask keeps reads exact. */
export class TaskScheduler {
  private timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly state: () => SandboxState,
    private readonly now: () => Date,
  ) {}

  schedule(task: SandboxTask): void {
    const delay = Math.max(0, Date.parse(task.dueAt) - Date.parse(task.createdAt));
    const find = () => this.state().tasks.find((candidate) => candidate.task_id === task.task_id);
    const halfway = setTimeout(() => {
      this.timers.delete(halfway);
      const current = find();
      if (current && current.action_status === 0) current.action_status = 2;
    }, delay / 2);
    const done = setTimeout(() => {
      this.timers.delete(done);
      const current = find();
      if (current) processTask(this.state(), current, this.now());
    }, delay);
    this.timers.add(halfway);
    this.timers.add(done);
  }

  /** Processes every pending task now, whatever its delay. */
  flush(): number {
    const pending = this.state().tasks.filter((task) => task.action_status !== 8 && task.action_status !== 9);
    for (const task of pending) processTask(this.state(), task, this.now());
    return pending.length;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
