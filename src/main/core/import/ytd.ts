// Stream-parses the `window.YTD.<name>.partN = [ {…}, {…} ]` files of an X archive one array
// element at a time, so a 300 MB tweets.js never sits in memory as one string or one tree.
import { ImportError } from './bundle';
import type { ImportReason } from '../../../shared/import-reasons';

/** An element larger than this is not a tweet nor an account: the file is damaged. */
const MAX_ELEMENT_CHARS = 20_000_000;
const MAX_PREFIX_CHARS = 200;
const PREFIX = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*$/;

export type YtdElement = (value: unknown, index: number, line: number) => void;

/**
 * Feed it text chunks with push(), then call end(). It calls `onElement` for each top-level
 * element, with its index and the line it starts on. Throws ImportError on anything that is not
 * exactly the wrapper around a JSON array.
 */
export class YtdReader {
  private phase: 'prefix' | 'value' | 'comma' | 'element' | 'after' = 'prefix';
  private prefix = '';
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pieces: string[] = [];
  private size = 0;
  private elementLine = 1;
  private index = 0;
  /** The name in `window.YTD.<name>.partN`, once read. */
  name: string | undefined;

  constructor(
    private readonly file: string,
    private readonly onElement: YtdElement,
  ) {}

  push(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.phase === 'element') {
        i = this.scanElement(chunk, i);
        continue;
      }
      const ch = chunk[i]!;
      if (ch === '\n') this.line++;
      if (this.phase === 'prefix') {
        if (ch === '[') {
          const m = this.prefix.match(PREFIX);
          if (!m) this.fail('expected the file to start with "window.YTD.<name>.part0 = ["', { key: 'ytdBadStart' });
          this.name = m![1];
          this.phase = 'value';
        } else {
          this.prefix += ch;
          if (this.prefix.length > MAX_PREFIX_CHARS || ch === '{') {
            this.fail('expected the file to start with "window.YTD.<name>.part0 = ["', { key: 'ytdBadStart' });
          }
        }
        i++;
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
        i++;
        continue;
      }
      if (this.phase === 'after') {
        if (ch !== ';') this.fail(`unexpected "${printable(ch)}" after the closing "]"`, { key: 'ytdAfterEnd', params: { char: printable(ch) } });
        i++;
        continue;
      }
      if (this.phase === 'comma') {
        if (ch === ',') this.phase = 'value';
        else if (ch === ']') this.phase = 'after';
        else this.fail(`expected "," or "]" after element ${this.index - 1}, found "${printable(ch)}"`, { key: 'ytdExpectedComma', params: { index: this.index - 1, char: printable(ch) } });
        i++;
        continue;
      }
      // phase 'value'
      if (ch === ']' && this.index === 0) {
        this.phase = 'after';
        i++;
        continue;
      }
      if (ch !== '{') this.fail(`expected an object "{" as element ${this.index}, found "${printable(ch)}"`, { key: 'ytdExpectedObject', params: { index: this.index, char: printable(ch) } });
      this.phase = 'element';
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
      this.pieces = [];
      this.size = 0;
      this.elementLine = this.line;
    }
  }

  /** Scans inside an element from `start`; returns where it stopped (end of chunk or of element). */
  private scanElement(chunk: string, start: number): number {
    let i = start;
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          this.pieces.push(chunk.slice(start, i + 1));
          this.finishElement();
          return i + 1;
        }
      }
    }
    this.size += n - start;
    if (this.size > MAX_ELEMENT_CHARS) {
      throw new ImportError(
        this.file,
        `element ${this.index} is larger than ${MAX_ELEMENT_CHARS} characters`,
        { line: this.elementLine, path: `[${this.index}]` },
        { key: 'ytdElementTooLarge', params: { index: this.index, max: MAX_ELEMENT_CHARS } },
      );
    }
    this.pieces.push(chunk.slice(start));
    return n;
  }

  private finishElement(): void {
    const text = this.pieces.join('');
    this.pieces = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = (error as Error).message;
      throw new ImportError(
        this.file,
        `element ${this.index} is not valid JSON (${detail})`,
        { line: this.elementLine, path: `[${this.index}]` },
        { key: 'ytdElementNotJson', params: { index: this.index, detail } },
      );
    }
    this.onElement(value, this.index, this.elementLine);
    this.index++;
    this.phase = 'comma';
  }

  end(): void {
    if (this.phase !== 'after') {
      const prefix = this.phase === 'prefix';
      const what = prefix ? 'the "window.YTD.<name>.part0 = [" wrapper' : 'the closing "]"';
      this.fail(`the file ends before ${what} (it may be truncated)`, { key: prefix ? 'ytdEndsBeforeStart' : 'ytdEndsBeforeEnd' });
    }
  }

  private fail(reason: string, why: ImportReason): never {
    throw new ImportError(this.file, reason, { line: this.line }, why);
  }
}

function printable(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 32 || code === 0xfffd ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
}
