// The desktop app's answers to the contract's update and error-log entries (the preview's are in
// electron/core/desktop/desktop-handlers.ts): the update controller's state and actions, and the log shown in the
// system's file manager.
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import type { desktopCalls } from '../../shared/contract/desktop-calls';
import type { ErrorLog } from './error-log';
import type { UpdateController } from './updater';

export interface DesktopHandlerOptions {
  updates: UpdateController;
  errorLog: ErrorLog;
  /** Electron's shell.showItemInFolder. */
  showItemInFolder: (fullPath: string) => void;
}

export function desktopHandlers({ updates, errorLog, showItemInFolder }: DesktopHandlerOptions): Pick<Handlers, keyof typeof desktopCalls> {
  return {
    'updates:state': async () => updates.state(),
    'updates:setEnabled': async ({ enabled }) => updates.setEnabled(enabled),
    'updates:restart': async (input) => updates.restart(input),
    'errorLog:info': async () => errorLog.info(),
    'errorLog:open': async () => {
      // An empty log is still a file to show, so the merchant sees where it will be and that nothing went wrong yet.
      fs.mkdirSync(path.dirname(errorLog.path), { recursive: true });
      if (!fs.existsSync(errorLog.path)) fs.writeFileSync(errorLog.path, '', { mode: 0o600 });
      showItemInFolder(errorLog.path);
      return { opened: true };
    },
  };
}
