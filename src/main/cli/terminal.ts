// What the command line writes to a terminal: never a control character that came with the data.
// A name imported from a hostile file can hold ESC sequences (clear the screen, retitle the
// window, fake a prompt, or on some terminals write files) and bidi overrides that reorder text.
import type { Io } from './main';

/**
 * C0 controls but tab and line feed, DEL, C1 controls, and the invisible formatting characters
 * that move or hide text (zero-width, LRM/RLM/ALM, embeddings, overrides, isolates, line and
 * paragraph separators).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069]/g;
// eslint-disable-next-line no-control-regex -- likewise, tab and line feed included
const CONTROL_OR_LAYOUT = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069]/g;

function escape(char: string): string {
  const code = char.codePointAt(0) as number;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every control character shown as an inert escape (`\x1B`, `\u202E`); tab and line feed kept. */
export function printable(text: string): string {
  return text.replace(CONTROL, escape);
}

/** One cell of a tab-separated table: tab and line feed escaped as well, so that columns hold. */
export function printableCell(value: unknown): string {
  return String(value ?? '').replace(CONTROL_OR_LAYOUT, escape);
}

interface OutputStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * The CLI's output: lines written to a terminal are made printable; a pipe or a file gets the
 * bytes as they are (a CSV or JSON redirected to a file keeps its data exactly).
 */
export function terminalIo(stdout: OutputStream, stderr: OutputStream): Io {
  const writer = (stream: OutputStream) => (line: string) => stream.write(`${stream.isTTY ? printable(line) : line}\n`);
  return { out: writer(stdout), err: writer(stderr) };
}
