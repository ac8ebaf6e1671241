// Saves a file the main process produced (CSV, GEXF…) through the browser's download, which
// works the same in the Electron window and under `maillage serve`.
import type { ExportFile } from '../../shared/imports';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
