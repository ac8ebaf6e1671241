// CSV output (command line and app exports): RFC 4180 quoting, and cells that a spreadsheet would
// run as a formula (=, +, -, @, tab, CR) neutralised with a leading apostrophe — except numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Separators a CSV may use: `,`, or `;` for spreadsheets in French (and most European) locales. */
export type CsvSeparator = ',' | ';';

export function csvCell(value: unknown, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  const quote = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return quote.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[], separator: CsvSeparator = ','): string {
  return values.map((v) => csvCell(v, separator)).join(separator);
}
