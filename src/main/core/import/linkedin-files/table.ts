// Reads one CSV of a LinkedIn archive: finds its header under an optional "Notes:" preamble,
// checks the columns the file must have, and hands each row to the file's parser with a cell
// reader that names the file, line and column in every error.
import { ImportError } from '../bundle';
import type { ImportReason } from '../../../../shared/import-reasons';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../common';
import { csvRows, firstLines } from '../csv-rows';

/** Real exports put a 1–3 line "Notes:" preamble above Connections.csv's header. */
const HEADER_SEARCH_LINES = 10;

export interface TableShape {
  /** Columns the file must have (compared case-insensitively), in LinkedIn's spelling. */
  required: readonly string[];
  optional?: readonly string[];
  /** Columns whose cells may be long free text (a message, a recommendation). */
  long?: readonly string[];
}

export interface TableRow {
  line: number;
  /** The trimmed cell of a column ('' when the file has no such column). */
  cell(column: string): string;
  /** An error at this row and column: the English reason, and the same reason by its key for the UI. */
  error(column: string, reason: string, why: ImportReason): ImportError;
}

const cellsOf = (line: string): string[] => line.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));

/** Whether a line is the header of a file of this shape. */
export function isHeaderOf(shape: TableShape, line: string): boolean {
  const cells = cellsOf(line);
  return shape.required.every((c) => cells.includes(c.toLowerCase()));
}

export function readTable(text: string, file: string, shape: TableShape, onRow: (row: TableRow) => void, onBlank?: (line: number) => void): number {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = firstLines(body, HEADER_SEARCH_LINES);
  const headerIndex = lines.findIndex((l) => isHeaderOf(shape, l.text));
  if (headerIndex < 0) {
    const first = lines.find((l) => l.text.trim() !== '');
    const missing = first ? shape.required.filter((c) => !cellsOf(first.text).includes(c.toLowerCase())) : shape.required;
    const columns = shape.required.join(', ');
    throw new ImportError(
      file,
      `no header with the columns ${columns} in the first ${HEADER_SEARCH_LINES} lines`,
      { line: 1, field: missing[0] ?? shape.required[0]! },
      { key: 'noHeaderColumns', params: { columns, lines: HEADER_SEARCH_LINES } },
    );
  }
  const headerLine = headerIndex + 1;
  const rows = csvRows(body.slice(lines[headerIndex]!.offset), file, ',', headerLine);
  const header = rows[0]!.cells.map((c) => c.trim().toLowerCase());
  const index = new Map<string, number>();
  for (const column of [...shape.required, ...(shape.optional ?? [])]) index.set(column, header.indexOf(column.toLowerCase()));
  const long = new Set(shape.long ?? []);
  let count = 0;
  for (let r = 1; r < rows.length; r++) {
    const { line, cells } = rows[r]!;
    if (cells.every((c) => c.trim() === '')) {
      onBlank?.(line);
      continue;
    }
    const requiredWidth = Math.max(...shape.required.map((c) => index.get(c)!)) + 1;
    if (cells.length < requiredWidth) {
      throw new ImportError(
        file,
        `expected ${header.length} fields as in the header, found ${cells.length} (the row may be cut short)`,
        { line, field: rows[0]!.cells[cells.length]?.trim() ?? shape.required.at(-1)! },
        { key: 'rowCutShort', params: { expected: header.length, found: cells.length } },
      );
    }
    const error = (column: string, reason: string, why: ImportReason) => new ImportError(file, reason, { line, field: column }, why);
    onRow({
      line,
      error,
      cell(column) {
        const i = index.get(column) ?? -1;
        const value = i >= 0 ? (cells[i] ?? '').trim() : '';
        const max = long.has(column) ? MAX_TEXT_LENGTH : MAX_NAME_LENGTH;
        if (value.length > max) throw error(column, `longer than ${max} characters`, { key: 'textTooLong', params: { max } });
        return value;
      },
    });
    count++;
  }
  return count;
}
