// `maillage --db FILE owner [--name NAME] [--x HANDLE] [--linkedin URL] [--email ADDRESS]`: who owns
// the network (prints it with no option). Importers recognise the owner by these handles.
import { parseArgs } from 'node:util';
import type { OwnerInfo } from '../../../shared/my-data';
import { UsageError } from '../errors';
import { callService } from '../gate';

const describe = (o: OwnerInfo): string[] => [
  `owner: #${o.id} ${o.name}`,
  `  x: ${o.x ? `@${o.x}` : '—'}`,
  `  linkedin: ${o.linkedin ?? '—'}`,
  `  email: ${o.email ?? '—'}`,
];

export async function ownerCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { name: { type: 'string' }, x: { type: 'string' }, linkedin: { type: 'string' }, email: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (!db) throw new UsageError('owner needs --db FILE');
  if (positionals.length) throw new UsageError(`owner takes options only, got "${positionals[0]}"`);
  const given = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  if (Object.keys(given).length === 0) {
    const owner = await callService(db, 'owner:get', undefined);
    if (!owner) out('this network has no owner yet: maillage --db FILE owner --name "Your name" [--x HANDLE] [--linkedin URL]');
    else for (const line of describe(owner)) out(line);
    return;
  }
  const owner = await callService(db, 'owner:set', given, { create: true });
  for (const line of describe(owner)) out(line);
}
