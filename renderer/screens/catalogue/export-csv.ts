// Saves the catalogue export the way a browser saves a download, which Electron turns into a save dialog.
import type { CsvExport } from '../../../shared/catalogue';

export function saveCsvExport(csv: CsvExport, doc: Document = document): void {
  const blob = new Blob([csv.content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = csv.fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
