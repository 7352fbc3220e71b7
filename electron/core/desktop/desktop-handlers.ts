// The desktop-only entries of the contract as the browser preview answers them: no updates to install (the preview
// runs from the project), no crash log of its own. The Electron shell replaces them (electron/platform/desktop-handlers.ts).
import type { Handlers } from '../../../shared/contract';
import type { desktopCalls, UpdateState } from '../../../shared/contract/desktop-calls';
import { AppError } from '../errors';

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
      throw new AppError('unavailable', 'Updates are a setting of the desktop app. In the browser preview, update the project itself (git pull, npm install).');
    },
    'updates:restart': async () => ({ restarting: false, blockedBy: 'not-ready' }),
    'errorLog:info': async () => ({ available: false, entries: 0, lastAt: null }),
    'errorLog:open': async () => {
      throw new AppError('unavailable', 'The error log is kept by the desktop app. In the browser preview, errors are printed in the terminal that runs npm run preview.');
    },
  };
}
