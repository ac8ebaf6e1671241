// `maillage --db FILE audience [--format csv|json]`: the organic-growth audit of issue #17, one row
// per audience snapshot (each X import) — date, followers, followings, gained, lost,
// follow_back_ratio, flags — through the same gate as the app's view.
import { parseArgs } from 'node:util';
import { csvLine } from '../../../shared/csv';
import type { AudienceFlag } from '../../../shared/audience';
import { UsageError } from '../errors';
import { withGate } from '../gate';

export const AUDIENCE_COLUMNS = ['date', 'followers', 'followings', 'gained', 'lost', 'follow_back_ratio', 'flags'];

const cell = (v: number | null, digits = 4) => (v === null ? '' : Number(v.toFixed(digits)));

/** A flag with its reason, in one CSV cell: "burst (12.5/day, 4.2× the median 3/day)". */
function flagText(flag: AudienceFlag): string {
  switch (flag.kind) {
    case 'burst':
      return `burst (${cell(flag.gainedPerDay, 2)}/day, ${Number.isFinite(flag.factor) ? `${cell(flag.factor, 1)}× the` : 'above a'} median ${cell(flag.medianPerDay, 2)}/day)`;
    case 'mass_follow':
      return `mass_follow (follows ${flag.followings}, followed by ${flag.followers}, ${cell(flag.followBackRatio * 100, 1)}% follow back)`;
    case 'silent_followers':
      return `silent_followers (${flag.silent} of ${flag.followers} never interacted)`;
  }
}

export async function audienceCommand(db: string | undefined, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'csv' } }, strict: true });
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`--format: expected csv or json, got "${values.format}"`);
  const audit = await withGate(db, 'audience', (gate) => gate.call('watch:audience', undefined));
  if (values.format === 'json') {
    out(JSON.stringify(audit, null, 2));
    return;
  }
  out(AUDIENCE_COLUMNS.join(','));
  for (const s of audit.snapshots) {
    out(csvLine([s.takenAt, s.followers ?? '', s.followings ?? '', s.gained ?? '', s.lost ?? '', cell(s.followBackRatio), s.flags.map(flagText).join('; ')]));
  }
  if (audit.snapshots.length === 0) err('no audience snapshot yet: import an X archive (maillage import x-archive PATH); each one is a dated snapshot');
}
