// `maillage --db FILE report top --year YYYY [--n 30] [--role cmo] [--lang fr|en] --out FILE.html`:
// the yearly Top N edition; `report event --event ID [--days 30] [--lang fr|en] --out FILE.html`:
// the after-event report. Both are self-contained, print-ready HTML pages, written like an export
// (temporary file then rename, never over a network or any SQLite file).
import { parseArgs } from 'node:util';
import { MaillageError } from '../../../shared/errors';
import { UsageError } from '../errors';
import { ExportTargetError, withGate, type Gate } from '../gate';
import { notFound } from '../service-call';
import { checkedPayload } from './watch-payload';

const FLAGS = { year: '--year', from: '--from', to: '--to', n: '--n', role: '--role', language: '--lang', id: '--event', days: '--days' };
const USAGE = 'usage: maillage --db FILE report top --year YYYY [--n 30] [--role ROLE] [--lang fr|en] --out FILE.html, or report event --event ID [--days 30] [--lang fr|en] --out FILE.html';

function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}

/** Writes the report's HTML with the export rules; a refused target or a failed write is one line naming the file. */
async function writeReport(gate: Gate, path: string, text: string): Promise<void> {
  try {
    await gate.writeReport(path, text);
  } catch (error) {
    if (error instanceof ExportTargetError) throw new UsageError(error.message);
    if (error instanceof MaillageError) throw error;
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export async function reportCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      n: { type: 'string' },
      role: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      event: { type: 'string' },
      days: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const kind = positionals[0];
  if ((kind !== 'top' && kind !== 'event') || positionals.length !== 1) throw new UsageError(`${USAGE}; got "report ${positionals.join(' ')}"`);
  if (kind === 'event') return eventReportCommand(db, values, out);
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
  const outFile = values.out;
  await withGate(db, 'report top', async (gate) => {
    const { edition, file } = await gate.call('report:top', request);
    await writeReport(gate, outFile, file.content);
    const span = edition.year ?? `${edition.window.from} – ${edition.window.to}`;
    out(`wrote ${outFile}: top ${edition.n}${edition.role ? ` ${edition.role}` : ''} of ${span}, ${edition.rows.length} names (score runs ${edition.runId} and ${edition.previousRunId})`);
  });
}

async function eventReportCommand(db: string | undefined, values: { event?: string; days?: string; lang?: string; out?: string; year?: string; n?: string; role?: string; from?: string; to?: string }, out: (line: string) => void): Promise<void> {
  for (const flag of ['year', 'n', 'role', 'from', 'to'] as const) if (values[flag] !== undefined) throw new UsageError(`report event: --${flag} belongs to report top; report event takes --event ID [--days N] [--lang fr|en] --out FILE.html`);
  if (values.event === undefined) throw new UsageError('report event needs --event ID (see "maillage events")');
  if (!values.out) throw new UsageError('report event needs --out FILE.html');
  if (/\.pdf$/i.test(values.out)) {
    throw new UsageError(`${values.out}: the command line writes HTML only (PDFs are made by the desktop app's "Save as PDF"); write ${values.out.replace(/\.pdf$/i, '.html')} and print it to PDF from a browser ("Save as PDF")`);
  }
  const payload = {
    id: whole('--event', values.event),
    ...(values.days !== undefined ? { days: whole('--days', values.days) } : {}),
    ...(values.lang !== undefined ? { language: values.lang } : {}),
  };
  const request = checkedPayload('report:event', payload, FLAGS);
  const outFile = values.out;
  try {
    await withGate(db, 'report event', async (gate) => {
      const { report, file } = await gate.call('report:event', request);
      await writeReport(gate, outFile, file.content);
      const facts =
        report.state === 'upcoming'
          ? 'the event has not taken place yet'
          : report.state === 'waiting'
            ? `nothing recorded after the event yet (window until ${report.window.after[1].slice(0, 10)})`
            : `${report.newTies.length} new ties, mentions ${report.mentions.before} before → ${report.mentions.after} after, ${report.becameMutual.length} pairs became mutual`;
      out(`wrote ${outFile}: ${report.event.name} (${report.event.date}), ${report.came.length} came; ${facts} (${report.days} days before and after)`);
    });
  } catch (error) {
    if (notFound(error)) throw new UsageError(`--event: ${error.message}`);
    throw error;
  }
}
