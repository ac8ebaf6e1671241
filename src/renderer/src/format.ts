// Numbers as a marketer reads them: few digits, the user's locale.
import { downloadBlob } from './download';
export function formatScore(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return value.toLocaleString(language, { maximumSignificantDigits: 3 });
}

export function formatCount(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Math.round(value).toLocaleString(language);
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM makes Excel read CSV as UTF-8; other types get none.
  downloadBlob(fileName, new Blob(type.startsWith('text/csv') ? ['\ufeff', text] : [text], { type }));
}
