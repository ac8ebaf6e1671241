// `maillage --db FILE merges [--accept ID | --reject ID | --undo ID]`: the identity-resolution
// review — proposals of likely duplicates, past merges, and their undo. Through the gate, so a
// merge made here is in the app's undo history like one made in the app.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { withGate } from '../gate';

const REASONS = { name_organisation: 'same name and organisation', name: 'same name (one has no organisation)' };

function idOption(name: string, raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--${name}: expected a number, got "${raw}"`);
  return id;
}

export async function mergesCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { accept: { type: 'string' }, reject: { type: 'string' }, undo: { type: 'string' } }, strict: true });
  if (!db) throw new UsageError('merges needs --db FILE');
  const actions = [values.accept, values.reject, values.undo].filter((v) => v !== undefined);
  if (actions.length > 1) throw new UsageError('give one of --accept, --reject or --undo');
  await withGate(db, 'merges', async (gate) => {
    if (values.accept !== undefined) out(`merged (merge #${await gate.call('merges:accept', { id: idOption('accept', values.accept) })}; undo with --undo)`);
    else if (values.reject !== undefined) {
      await gate.call('merges:reject', { id: idOption('reject', values.reject) });
      out('rejected: these two stay apart and will not be proposed again');
    } else if (values.undo !== undefined) {
      await gate.call('merges:undo', { id: idOption('undo', values.undo) });
      out('merge undone');
    } else {
      const { proposals, merges } = await gate.call('merges:list', undefined);
      out(proposals.length ? `${proposals.length} proposals (accept keeps the first person):` : 'no pending proposals');
      for (const p of proposals) {
        const who = (x: (typeof p)['a']) => `#${x.id} ${x.name}${x.organisation ? ` (${x.organisation})` : ''} [${x.handles.map((h) => h.value).join(', ') || 'no handle'}; ${x.interactions} interactions]`;
        out(`  proposal ${p.id}: ${who(p.a)} = ${who(p.b)}? — ${REASONS[p.reason]}`);
      }
      const open = merges.filter((m) => !m.undoneAt);
      if (open.length) out('merges that can be undone:');
      for (const m of open) out(`  merge ${m.id}: ${m.mergedName} into #${m.keptId} ${m.keptName} on ${m.mergedAt.slice(0, 10)}`);
    }
  });
}
