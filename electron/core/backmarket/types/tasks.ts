// GET /ws/tasks/{taskId}: the processing report of a CSV catalog task.

/** 0 and 2 to do or in progress, 8 failed, 9 success (3 and 7 are listed by the contract without a description). */
export type TaskActionStatus = 0 | 2 | 3 | 7 | 8 | 9;

/** Per-line outcome, as public integrations and the sandbox report it (the contract types `result` as free-form). */
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

export interface TaskResult {
  total?: number;
  created?: number;
  updated?: number;
  errors?: number;
  lines?: TaskLineResult[];
}

export interface CatalogTask {
  task_id: number;
  action_status: TaskActionStatus;
  last_action_error: string | null;
  result: TaskResult;
  statuscode: number;
}
