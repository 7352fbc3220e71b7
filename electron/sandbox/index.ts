// The sandbox's entry point: startSandbox() serves the Back Market API and the control API on a loopback port.
import type { AddressInfo } from 'node:net';
import { createServer } from './http/server';
import { Router } from './http/router';
import { Sandbox } from './runtime';
import { emptyState, newSecret, newToken, exportState, importState } from './state/store';
import { seedState } from './state/seed';
import { seedExistingAccount } from './state/existing-account';
import type { SandboxState } from './state/types';
import { DEFAULT_LIMITS, DEFAULT_TASK_DELAY_MS, DEFAULT_VALIDATION_DELAY_MS, DEFAULT_WARRANTY_MIN_MONTHS, type SandboxOptions } from './options';
import { categoryRoutes } from './routes/category';
import { listingRoutes } from './routes/listings';
import { taskRoutes } from './routes/tasks';
import { orderRoutes } from './routes/orders';
import { afterSalesRoutes } from './routes/after-sales';
import { controlRoutes } from './routes/control';
import { DEFAULT_PROFILES } from './profiles';
import { backboxControlRoutes, backboxRoutes } from './routes/backbox';

export type { SandboxOptions, ExtraProduct, ExistingAccountOptions, ExistingAccountResult } from './options';
export { DEFAULT_EXISTING_ACCOUNT } from './options';
export { DEFAULT_PROFILES, DETAILED_PROFILES, PROFILE_CHOICES, type SandboxProfiles } from './profiles';
export type { SandboxState } from './state/types';
export { exportState, importState } from './state/store';
export { CONTROL_PREFIX } from './http/server';

export interface RunningSandbox {
  url: string;
  token: string;
  controlSecret: string;
  /** The live in-memory state (for in-process assertions). */
  state: SandboxState;
  /** Processes every pending catalog task now. */
  flushTasks(): number;
  exportState(): SandboxState;
  importState(saved: SandboxState): void;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const clock = options.now ?? (() => new Date());
  const state = emptyState(options.token ?? newToken(), options.controlSecret ?? newSecret(), {
    taskDelayMs: options.taskDelayMs ?? DEFAULT_TASK_DELAY_MS,
    validationDelayMs: options.validationDelayMs ?? DEFAULT_VALIDATION_DELAY_MS,
    warrantyMinMonths: options.warrantyMinMonths ?? DEFAULT_WARRANTY_MIN_MONTHS,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...(options.addressSpelling ? { addressSpelling: options.addressSpelling } : {}),
    profiles: { ...DEFAULT_PROFILES, ...options.profiles },
  });
  seedState(state, options.seed ?? 'demo', options.extraProducts ?? [], clock());
  if (options.existingAccount) seedExistingAccount(state, options.existingAccount, clock());
  const sandbox = new Sandbox(state, clock, options.extraProducts ?? [], options.existingAccount);
  const routers = {
    ws: new Router().add(...categoryRoutes, ...listingRoutes, ...taskRoutes, ...orderRoutes, ...afterSalesRoutes, ...backboxRoutes),
    control: new Router().add(...controlRoutes, ...backboxControlRoutes),
  };
  const host = options.host ?? '127.0.0.1';
  let url = '';
  const server = createServer(sandbox, routers, () => url);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    get token() {
      return state.token;
    },
    get controlSecret() {
      return state.controlSecret;
    },
    state,
    flushTasks: () => sandbox.scheduler.flush(),
    exportState: () => exportState(state),
    importState: (saved) => {
      sandbox.scheduler.stop();
      importState(state, saved);
      for (const task of state.tasks) if (task.action_status === 0 || task.action_status === 2) sandbox.scheduler.schedule(task);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        sandbox.scheduler.stop();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
