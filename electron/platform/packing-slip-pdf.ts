// Saves the packing slip as a PDF in the Electron shell: the app's own page — whose print stylesheet shows nothing but
// the slip the renderer has put on it — printed by Chromium's printToPDF and written where the merchant chooses. The
// preview prints the very same view with the browser's print, so the slip is laid out once, by the renderer.
import fs from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Handlers } from '../../shared/contract';
import { packingSlipFileName } from '../../shared/packing-slip';
import { AppError } from '../core/errors';

/** The window whose page is printed: the app's one window (the sender check already made sure the call came from it). */
export type CurrentWindow = () => Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | undefined;

export function packingSlipPdfHandlers(currentWindow: CurrentWindow): Pick<Handlers, 'orders:savePackingSlip'> {
  return {
    'orders:savePackingSlip': async ({ orderId }) => {
      const window = currentWindow();
      if (!window || window.isDestroyed()) {
        throw new AppError('unavailable', 'The Refurb Desk window is closed. Open the order again and save its packing slip.');
      }
      // Printed before asking where to save it: the page shows the slip now, whatever the merchant does meanwhile.
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true });
      const choice = await dialog.showSaveDialog(window as BrowserWindow, {
        title: 'Save the packing slip',
        defaultPath: packingSlipFileName(orderId),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      try {
        await fs.writeFile(choice.filePath, pdf);
      } catch {
        throw new AppError('unavailable', `The packing slip could not be written to ${choice.filePath}. Choose another folder, such as Documents, and try again.`);
      }
      return { saved: true, fileName: path.basename(choice.filePath) };
    },
  };
}
