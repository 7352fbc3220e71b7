// Catalog tasks: creation, asynchronous processing after the configured delay, and the contract's task view.
import type { SandboxState, SandboxTask, TaskLineResult } from '../state/types';
import { nextId } from '../state/store';
import { processCatalogLine } from './catalog-task';
import type { ParsedCatalog } from './catalog-csv';
import { profilesOf, strictDelayFactor, strictEnding, type SandboxProfiles } from '../profiles';

export function createTask(state: SandboxState, catalog: ParsedCatalog, marketCode: string, now: Date): SandboxTask {
  const taskId = nextId(state, 'task');
  const delay = state.config.taskDelayMs * (profilesOf(state).statuses === 'strict' ? strictDelayFactor(taskId) : 1);
  const task: SandboxTask = {
    task_id: taskId,
    action_status: 0,
    last_action_error: null,
    market: marketCode,
    header: catalog.header,
    rows: catalog.rows,
    createdAt: now.toISOString(),
    dueAt: new Date(now.getTime() + delay).toISOString(),
    result: {},
  };
  state.tasks.push(task);
  return task;
}

/** The report of the processed lines, as the taskReport profile shapes it. */
export function shapeReport(lines: TaskLineResult[], shape: SandboxProfiles['taskReport']): Record<string, unknown> {
  if (shape === 'empty') return {};
  if (shape === 'by-sku') {
    const bySku: Record<string, unknown> = {};
    for (const { sku, line: _line, ...outcome } of lines) if (sku !== null) bySku[sku] = outcome;
    return bySku;
  }
  return {
    total: lines.length,
    created: lines.filter((line) => line.status === 'created').length,
    updated: lines.filter((line) => line.status === 'updated').length,
    errors: lines.filter((line) => line.status === 'error').length,
    lines,
  };
}

const finished = (task: SandboxTask) => task.action_status === 3 || task.action_status === 7 || task.action_status === 8 || task.action_status === 9;

/**
 * Runs every line of a task (status 9), or fails it as a whole (status 8) when the header has no sku column. Under the
 * strict statuses profile some tasks end in 7 (every line run, nothing reported) or 3 (half the lines run).
 */
export function processTask(state: SandboxState, task: SandboxTask, now: Date): void {
  if (finished(task)) return;
  const profiles = profilesOf(state);
  if (state.failNextTask !== null) {
    task.action_status = 8;
    task.last_action_error = state.failNextTask;
    state.failNextTask = null;
  } else if (!task.header.includes('sku')) {
    task.action_status = 8;
    task.last_action_error = `The catalog header has no 'sku' column (columns: ${task.header.join(', ')}).`;
  } else {
    const ending = profiles.statuses === 'strict' ? strictEnding(task.task_id) : 9;
    const rows = ending === 3 ? task.rows.slice(0, Math.ceil(task.rows.length / 2)) : task.rows;
    const lines: TaskLineResult[] = rows.map((row, index) => processCatalogLine(state, task.header, row, index + 2, task.market, now));
    task.result = ending === 9 ? shapeReport(lines, profiles.taskReport) : {};
    task.action_status = ending;
  }
  task.rows = [];
}

/** Brings a task up to date with the clock: in progress (2) from half its delay, processed once due. */
export function advanceTask(state: SandboxState, task: SandboxTask, now: Date): void {
  if (finished(task)) return;
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
    const pending = this.state().tasks.filter((task) => !finished(task));
    for (const task of pending) processTask(this.state(), task, this.now());
    return pending.length;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
