// Saves what the app produced (CSV, GEXF, PNG…) through the browser's download, which works the
// same in the Electron window and under `maillage serve`.
import type { ExportFile } from '../../shared/imports';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file the main process produced, saved as it is. */
export function downloadFile(file: ExportFile): void {
  downloadBlob(file.fileName, new Blob([file.content], { type: file.mime }));
}
