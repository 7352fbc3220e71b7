// GET /ws/tasks/{taskId}: a catalog task's status (0/2 to do or running, 8 failed, 9 done) and its per-line report.
import type { Route } from '../http/router';
import { HttpError } from '../http/errors';
import { advanceTask, taskView } from '../domain/tasks';
import { intParam } from './params';

export const taskRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ws/tasks/:taskId',
    errorStyle: 'v1',
    handler: ({ sandbox, params, now }) => {
      const id = intParam(params.taskId, 'taskId');
      const task = sandbox.state.tasks.find((candidate) => candidate.task_id === id);
      if (!task) throw new HttpError(404, 'not_found', `Task ${id} does not exist, or is not yours.`);
      advanceTask(sandbox.state, task, now);
      return { status: 200, body: taskView(task) };
    },
  },
];
