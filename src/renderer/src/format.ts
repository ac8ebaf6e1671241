// Numbers, dates and sizes as a marketer reads them, in the UI's language (Intl, never by hand):
// "3 905 liens", "modularité 0,58", "12 ko", "14 mars 2025". The i18next formatter below applies
// the same rules to every number a translation interpolates.
import type { FormatterModule } from 'i18next';
import { downloadBlob } from './download';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

const finite = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

/** A score with three significant digits ("0,0123", "12,3"); very small values in scientific notation. */
export function formatScore(value: number | null | undefined, language: string): string {
  if (!finite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 0.001) return numberFormat(language, { notation: 'scientific', maximumFractionDigits: 2 }).format(value);
  return numberFormat(language, { maximumSignificantDigits: 3 }).format(value);
}

/** A count, rounded and grouped ("3 905" in French, "3,905" in English). */
export function formatCount(value: number | null | undefined, language: string): string {
  if (!finite(value)) return '—';
  return numberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A number with exactly `digits` decimals ("100,0", "0,58"). */
export function formatDecimal(value: number | null | undefined, language: string, digits: number): string {
  if (!finite(value)) return '—';
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A change, signed unless zero ("+3", "−0,25"). */
export function formatChange(value: number | null | undefined, language: string, digits = 0): string {
  if (!finite(value)) return '—';
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** A share in [0, 1] as a percentage ("12,5 %", "12.5%"). */
export function formatPercent(share: number | null | undefined, language: string, digits = 1): string {
  if (!finite(share)) return '—';
  return numberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
/** A file size in the language's units ("512 octets", "1,5 Mo"; "512 bytes", "1.5 MB"), 1 kB = 1,024 bytes. */
export function formatSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(language, { style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date or time from an ISO string ("14 mars 2025"); '—' when absent or unreadable. */
export function formatDate(iso: string | number | Date | null | undefined, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

// Interpolated values that are numbers but not quantities: never grouped ("2025", not "2 025").
const NOT_QUANTITIES = new Set(['year', 'previous', 'id']);

/**
 * i18next's formatter: every number a translation interpolates is formatted for the language
 * (grouped, local decimal sign, at most two decimals), so "{{count}} liens" reads "3 905 liens"
 * without each caller remembering to. Named formats: `{{x, size}}`, `{{x, date}}`, `{{x, percent}}`.
 */
export const localeFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  // i18next's type says string, but a value it does not format must go back as it came (an object, undefined).
  format(value: unknown, format?: string, language?: string, options?: Record<string, unknown>): string {
    const lang = language ?? 'en';
    if (format === 'size' && typeof value === 'number') return formatSize(value, lang);
    if (format === 'date') return formatDate(value as string, lang);
    if (format === 'percent' && typeof value === 'number') return formatPercent(value, lang);
    if (typeof value !== 'number' || !Number.isFinite(value)) return value as string;
    const key = options?.interpolationkey;
    if (typeof key === 'string' && NOT_QUANTITIES.has(key)) return String(value);
    return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  },
};

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM makes Excel read CSV as UTF-8; other types get none.
  downloadBlob(fileName, new Blob(type.startsWith('text/csv') ? ['\ufeff', text] : [text], { type }));
}
