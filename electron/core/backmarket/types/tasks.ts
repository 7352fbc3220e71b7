// GET /ws/tasks/{taskId}: the processing report of a CSV catalog task.

/**
 * 0 and 2 to do or in progress, 8 failed, 9 success; 3 and 7 are listed by the contract without a description (the
 * sync takes them as finished with a problem, and reads the listings for the truth).
 */
export type TaskActionStatus = 0 | 2 | 3 | 7 | 8 | 9;

/** Per-line outcome, as public integrations and the sandbox's `lines` profile report it (one shape among those allowed). */
export interface TaskLineResult {
  line: number;
  sku: string | null;
  status: 'created' | 'updated' | 'error';
  id?: string;
  listing_id?: number;
  product_id?: string;
  product_created?: boolean;
  errors?: { field: string; message: string }[];
}

export interface CatalogTask {
  task_id: number;
  action_status: TaskActionStatus;
  last_action_error: string | null;
  /** "Report of task processing; content depends on the task action" (example `{}`): a hint, read by task-report.ts. */
  result: unknown;
  statuscode: number;
}
