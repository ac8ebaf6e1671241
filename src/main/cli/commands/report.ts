// `maillage --db FILE report top --year YYYY [--n 30] [--role cmo] [--lang fr|en] --out FILE.html`:
// the yearly Top N edition as a self-contained, print-ready HTML page (written whole or not at all).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { withGate } from '../gate';
import { checkedPayload } from './watch-payload';

const FLAGS = { year: '--year', from: '--from', to: '--to', n: '--n', role: '--role', language: '--lang' };

function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}

/** Writes a file through a temporary name, so a failure leaves no half-written report. */
export function writeWhole(path: string, text: string): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export async function reportCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, n: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals[0] !== 'top' || positionals.length !== 1) throw new UsageError(`usage: maillage --db FILE report top --year YYYY [--n 30] [--role ROLE] [--lang fr|en] --out FILE.html, got "report ${positionals.join(' ')}"`);
  if (!values.out) throw new UsageError('report top needs --out FILE.html');
  const payload = {
    ...(values.year !== undefined ? { year: whole('--year', values.year) } : {}),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(values.n !== undefined ? { n: whole('--n', values.n) } : {}),
    ...(values.role !== undefined ? { role: values.role } : {}),
    ...(values.lang !== undefined ? { language: values.lang } : {}),
  };
  if (values.year === undefined && values.from === undefined) throw new UsageError('report top needs --year YYYY (or --from DATE --to DATE)');
  const request = checkedPayload('report:top', payload, FLAGS);
  const { edition, file } = await withGate(db, 'report top', (gate) => gate.call('report:top', request));
  writeWhole(values.out, file.content);
  const span = edition.year ?? `${edition.window.from} – ${edition.window.to}`;
  out(`wrote ${values.out}: top ${edition.n}${edition.role ? ` ${edition.role}` : ''} of ${span}, ${edition.rows.length} names (score runs ${edition.runId} and ${edition.previousRunId})`);
}
