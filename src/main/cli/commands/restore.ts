// `maillage --db FILE restore-backup [BACKUP]`: when a network file is damaged, put its newest
// backup (taken before each schema migration) in its place; the damaged file is kept aside.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { restoreNetwork } from '../gate';

export function restoreCommand(db: string | undefined, args: string[], out: (line: string) => void): void {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (!db) throw new UsageError('restore-backup needs --db FILE');
  if (positionals.length > 1) throw new UsageError('usage: maillage --db FILE restore-backup [BACKUP]');
  const { restoredFrom, damagedCopy } = restoreNetwork(db, positionals[0]);
  out(`restored ${db} from ${restoredFrom}; the damaged file was kept as ${damagedCopy}`);
}
