// The desktop-only entries of the contract as the browser preview answers them: no updates to install (the preview
// runs from the project), no crash log of its own. The Electron shell replaces them (electron/platform/desktop-handlers.ts).
import type { Handlers } from '../../../shared/contract';
import type { desktopCalls, UpdateState } from '../../../shared/contract/desktop-calls';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';

export const UNAVAILABLE_UPDATE_STATE: UpdateState = {
  status: 'unavailable',
  enabled: true,
  offBy: null,
  version: null,
  percent: null,
  checkedAt: null,
  error: null,
};

export function previewDesktopHandlers(): Pick<Handlers, keyof typeof desktopCalls> {
  return {
    'updates:state': async () => UNAVAILABLE_UPDATE_STATE,
    'updates:setEnabled': async () => {
      throw saidError('unavailable', said('preview.updatesDesktopOnly'));
    },
    'updates:restart': async () => ({ restarting: false, blockedBy: 'not-ready' }),
    'errorLog:info': async () => ({ available: false, entries: 0, lastAt: null }),
    'errorLog:open': async () => {
      throw saidError('unavailable', said('preview.errorLogDesktopOnly'));
    },
  };
}
