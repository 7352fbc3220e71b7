// Emptying the live state in place (keeping token, secret and configuration) before a new seed.
import type { SandboxState } from './types';
import { emptyState } from './store';

export function emptyLike(state: SandboxState): void {
  const fresh = emptyState(state.token, state.controlSecret, state.config);
  Object.assign(state, fresh);
}
