// `maillage --db FILE merges [--accept ID | --reject ID | --undo ID]`: the identity-resolution
// review — proposals of likely duplicates, past merges, and their undo.
import { parseArgs } from 'node:util';
import { acceptCandidate, listMergeCandidates, listMerges, MergeError, rejectCandidate, undoMerge } from '../../core/merges';
import { Network } from '../../core/network';
import { UsageError } from '../errors';

const REASONS = { name_organisation: 'same name and organisation', name: 'same name (one has no organisation)' };

function idOption(name: string, raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--${name}: expected a number, got "${raw}"`);
  return id;
}

export function mergesCommand(db: string | undefined, args: string[], out: (line: string) => void): void {
  const { values } = parseArgs({ args, options: { accept: { type: 'string' }, reject: { type: 'string' }, undo: { type: 'string' } }, strict: true });
  if (!db) throw new UsageError('merges needs --db FILE');
  const actions = [values.accept, values.reject, values.undo].filter((v) => v !== undefined);
  if (actions.length > 1) throw new UsageError('give one of --accept, --reject or --undo');
  const network = Network.open(db);
  try {
    if (values.accept !== undefined) out(`merged (merge #${acceptCandidate(network.db, idOption('accept', values.accept))}; undo with --undo)`);
    else if (values.reject !== undefined) {
      rejectCandidate(network.db, idOption('reject', values.reject));
      out('rejected: these two stay apart and will not be proposed again');
    } else if (values.undo !== undefined) {
      undoMerge(network.db, idOption('undo', values.undo));
      out('merge undone');
    } else {
      const proposals = listMergeCandidates(network.db);
      out(proposals.length ? `${proposals.length} proposals (accept keeps the first person):` : 'no pending proposals');
      for (const p of proposals) {
        const who = (x: (typeof p)['a']) => `#${x.id} ${x.name}${x.organisation ? ` (${x.organisation})` : ''} [${x.handles.map((h) => h.value).join(', ') || 'no handle'}; ${x.interactions} interactions]`;
        out(`  proposal ${p.id}: ${who(p.a)} = ${who(p.b)}? — ${REASONS[p.reason]}`);
      }
      const merges = listMerges(network.db).filter((m) => !m.undoneAt);
      if (merges.length) out('merges that can be undone:');
      for (const m of merges) out(`  merge ${m.id}: ${m.mergedName} into #${m.keptId} ${m.keptName} on ${m.mergedAt.slice(0, 10)}`);
    }
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  } finally {
    network.close();
  }
}
