// Saves the exported mapping file the way a browser saves a download, which Electron turns into a save dialog.
import type { MappingExport } from '../../../shared/mapping';

export function saveMappingFile(file: MappingExport, doc: Document = document): void {
  const blob = new Blob([file.content], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
