// The packing slip's PDF with Electron mocked: the window's own page is printed, saved where the merchant chose, and a
// closed dialog, a closed window or an unwritable folder each give a plain answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() } }));
vi.mock('electron', () => ({ ...electron, default: electron }));

const { packingSlipPdfHandlers } = await import('./packing-slip-pdf');
type CurrentWindow = Parameters<typeof packingSlipPdfHandlers>[0];
const { AppError } = await import('../core/errors');

const PDF = Buffer.from('%PDF-1.7 packing slip');
let folder: string;
const window = { isDestroyed: () => false, webContents: { printToPDF: vi.fn(async () => PDF) } };

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-slip-'));
  vi.clearAllMocks();
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

const save = (current: CurrentWindow = () => window as never) => packingSlipPdfHandlers(current)['orders:savePackingSlip']({ orderId: 4242 });

describe('orders:savePackingSlip in Electron', () => {
  it('prints the app page to A4 PDF and writes it where the merchant chose, offering the order’s file name', async () => {
    const target = path.join(folder, 'slip.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(save()).resolves.toEqual({ saved: true, fileName: 'slip.pdf' });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }));
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'packing-slip-4242.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }));
    expect(fs.readFileSync(target)).toEqual(PDF);
  });

  it('writes nothing when the merchant closes the save dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(save()).resolves.toEqual({ saved: false });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('says what to do when the folder cannot be written or the window is gone', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(folder, 'missing', 'slip.pdf') });
    const unwritable = await save().catch((error: unknown) => error);
    expect(unwritable).toBeInstanceOf(AppError);
    expect((unwritable as Error).message).toMatch(/Choose another folder/);
    await expect(save(() => undefined)).rejects.toThrow(/window is closed/);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });
});
