// Splits CSV text into rows with their line numbers (csv-parse), turning its errors into
// ImportErrors that say where and what; shared by the LinkedIn and generic CSV importers.
import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './bundle';
import { ownValue } from '../../../shared/own-key';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

/** A whole record may not exceed this many characters: a guard against a missing quote or a wrong delimiter. */
export const MAX_RECORD_SIZE = 200_000;

const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (the file may be truncated)',
  CSV_MAX_RECORD_SIZE: `a row is longer than ${MAX_RECORD_SIZE} characters (a quote may be missing, or the delimiter is wrong)`,
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field (quote the whole field and double inner quotes)',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters (double the quotes inside a quoted field)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other characters',
};

/**
 * Parses `text` (which starts at line `firstLine` of the file) with the given delimiter.
 * Blank lines are skipped; rows keep their own length (checked by the caller).
 */
export function csvRows(text: string, file: string, delimiter: string, firstLine = 1): CsvRow[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_SIZE,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof (error as unknown as { lines?: unknown }).lines === 'number'
        ? firstLine - 1 + (error as unknown as { lines: number }).lines
        : undefined;
      const reason = ownValue(REASONS, error.code) ?? error.message.replace(/ at line \d+.*$/s, '');
      throw new ImportError(file, reason, line !== undefined ? { line } : {});
    }
    throw error;
  }
  return records.map(({ record, info }) => {
    let breaks = 0;
    for (const cell of record) for (const ch of cell) if (ch === '\n') breaks++;
    return { line: firstLine - 1 + info.lines - breaks, cells: record };
  });
}

/** The delimiter of a header line: the most frequent of , ; tab | outside quotes (comma on a tie). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/** The physical lines of the first part of a text, with their start offsets (for header search). */
export function firstLines(text: string, max: number): Array<{ text: string; offset: number }> {
  const lines: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  const breaks = text.matchAll(/\r\n|\n|\r/g);
  while (lines.length < max && offset <= text.length) {
    const found = breaks.next().value;
    const end = found ? found.index : text.length;
    lines.push({ text: text.slice(offset, end), offset });
    if (!found) break;
    offset = end + found[0].length;
  }
  return lines;
}
