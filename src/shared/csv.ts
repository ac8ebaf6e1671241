// CSV output (command line and app exports): RFC 4180 quoting, and cells that a spreadsheet would
// run as a formula (=, +, -, @, tab, CR) neutralised with a leading apostrophe — except numbers.
// A spreadsheet splits on "," or, in French and other locales, on ";", and one that splits on the
// other separator than the file's ignores our quotes: "a;=1+1" in a comma file is two cells to
// French Excel, the second a formula. So a cell holding either separator is quoted, and inside a
// cell a formula character that follows a separator or a line break gets an apostrophe too.
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SPLIT = /([,;\r\n][\s"]*)(?=[=+\-@])/g;
const NEEDS_QUOTES = /[",;\r\n]/;

/** The separators Maillage writes: "," (RFC 4180) and ";" (Excel in French and other locales). */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export function csvCell(value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(FORMULA_AFTER_SPLIT, "$1'");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[], separator: CsvSeparator = ','): string {
  return values.map(csvCell).join(separator);
}
