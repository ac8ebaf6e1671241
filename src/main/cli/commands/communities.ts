// `maillage communities [--format table|csv|json]` and `maillage community rename ID --name N`:
// the latest run's communities with their lasting names, through the services gate.
import { parseArgs } from 'node:util';
import { communityLabel } from '../../../shared/communities';
import { csvLine } from '../../../shared/csv';
import { UsageError } from '../errors';
import { callService } from '../service-call';

export async function communitiesCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'table' } }, strict: true });
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'json') throw new UsageError(`--format: expected table, csv or json, got "${format}"`);
  const list = await callService(db, 'communities:list', {});
  if (format === 'json') return out(JSON.stringify(list.map((c) => ({ ...c, label: communityLabel(c) })), null, 2));
  if (list.length === 0 && format === 'table') return out('No score run yet: run "maillage scores" first.');
  const header = ['id', 'community', 'name', 'size'];
  out(format === 'csv' ? header.join(',') : header.join('\t'));
  for (const c of list) {
    const row = [c.id, c.community, communityLabel(c), c.size];
    out(format === 'csv' ? csvLine(row) : row.join('\t'));
  }
}

export async function communityCommand(db: string | undefined, args: string[], out: (l: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { name: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals[0] !== 'rename' || positionals.length !== 2) throw new UsageError('expected: community rename ID --name NAME');
  const id = Number(positionals[1]);
  if (!/^\d+$/.test(positionals[1] ?? '') || id < 1) throw new UsageError(`community rename: expected a community id (see "maillage communities"), got "${positionals[1]}"`);
  if (values.name === undefined || values.name.trim() === '') throw new UsageError('community rename needs --name NAME');
  const list = await callService(db, 'community:rename', { id, name: values.name });
  const renamed = list.find((c) => c.id === id);
  out(renamed ? `community ${id} is now "${communityLabel(renamed)}"` : `community ${id} renamed (not in the latest run)`);
}
