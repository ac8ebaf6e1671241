// A community has one label: the number the screen shows ("Community 3") is the one in the CLI's
// score CSV, in the CSV export and in the invite CSV's reasons.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import i18next from 'i18next';
import { RESOURCES } from '../../shared/i18n';
import { communityLabel } from '../../shared/scores';
import { exportCsv } from '../core/export/csv';
import { Network } from '../core/network';
import { runScores } from '../core/db/score-runs';
import { run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'maillage-community-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the screen, the CLI, the CSV export and the invite CSV give a community the same number', async () => {
  const file = join(dir, 'club.maillage');
  const network = Network.create(file, { sample: { seed: 2026 } });
  runScores(network.db);
  const stored = new Map((network.db.prepare('SELECT person_id, community FROM score WHERE run_id = (SELECT max(id) FROM score_run)').raw().all() as Array<[number, number]>));
  const exported = exportCsv(network.db).split('\r\n').slice(1, -1).map((l) => l.split(','));
  const eventId = (network.db.prepare('SELECT id FROM event ORDER BY date DESC LIMIT 1').get() as { id: number }).id;
  network.close();

  const i18n = i18next.createInstance();
  await i18n.init({ resources: RESOURCES, lng: 'en', interpolation: { escapeValue: false } });
  const screen = (community: number) => i18n.t('network.communityN', { n: communityLabel(community) });
  assert.equal(screen(0), 'Community 1', 'the first community is Community 1 on screen');

  const out: string[] = [];
  assert.equal(await run(['--db', file, 'scores'], { out: (l) => out.push(l), err: () => {} }), 0);
  const header = (out[0] as string).split(',');
  const cli = new Map(out.slice(1).map((l) => l.split(',')).map((cells) => [Number(cells[0]), Number(cells[header.indexOf('community')])]));
  for (const [id, community] of stored) {
    assert.equal(`Community ${cli.get(id)}`, screen(community), `CLI, person ${id}`);
  }
  for (const cells of exported) {
    const id = Number(cells[0]);
    assert.equal(`Community ${cells[header.indexOf('community')]}`, screen(stored.get(id) as number), `CSV export, person ${id}`);
  }

  // The invite CSV's reasons name communities (named communities, issue #15): the same name as
  // the CSV export's community_name for that person.
  const invite: string[] = [];
  assert.equal(await run(['--db', file, 'invite', '--event', String(eventId), '--capacity', '20', '--format', 'csv'], { out: (l) => invite.push(l), err: () => {} }), 0);
  const firsts = invite.filter((l) => /first from /.test(l));
  assert.ok(firsts.length > 0, 'some invitees are picked as the first of their community');
  const nameCol = header.indexOf('community_name'); // after DESIGN.md's columns in the CLI's CSV
  assert.ok(nameCol > header.indexOf('quadrant'));
  const nameOf = new Map(out.slice(1).map((l) => l.split(',')).map((cells) => [cells[1] as string, cells[nameCol] as string]));
  for (const line of firsts) {
    const name = line.split(',')[2] as string;
    const community = (/first from ([^;"]+)/.exec(line)?.[1] ?? '').trim();
    assert.equal(community, nameOf.get(name), `invite CSV, ${name}`);
    assert.doesNotMatch(community, /^community \d+$/);
  }
});
