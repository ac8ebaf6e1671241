// Identity resolution: likely duplicates proposed across sources, merges that move everything,
// and undo that restores the network exactly — in the order merges must be undone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase, type Db } from './connection';
import { emptyBundle } from '../import/bundle';
import { writeBundle } from './import-write';
import { acceptCandidate, listMergeCandidates, listMerges, MergeError, mergePeople, proposeMerges, rejectCandidate, undoMerge } from './merges';

const TABLES = ['person', 'handle', 'interaction', 'follow', 'attendance', 'event', 'organisation', 'layout_position'];
const dump = (db: Db) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

function network(): Db {
  const db = openDatabase(':memory:', { create: true });
  const linkedin = emptyBundle('linkedin');
  linkedin.people.push({ key: 'me', name: 'Claire Martin', handles: [], isMe: true });
  linkedin.people.push({ key: 'cd', name: 'Camille Durand', organisation: 'Stripe, Inc.', title: 'CMO', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/camille-durand' }] });
  linkedin.people.push({ key: 'an', name: 'Amélie Nguyen', organisation: 'Le Monde', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/amelie-nguyen' }] });
  linkedin.people.push({ key: 'jd', name: 'Jean Dupont', organisation: 'Acme', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/jean-dupont-acme' }] });
  linkedin.interactions.push({ from: 'me', to: 'cd', kind: 'met', channel: 'linkedin', at: '2024-01-02', externalId: 'li:cd' });
  linkedin.events.push({ key: 'e', name: 'Forum CMO', date: '2024-03-01' });
  linkedin.attendance.push({ person: 'cd', event: 'e', role: 'speaker', status: 'attended' });
  writeBundle(db, linkedin, { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'li' });

  const x = emptyBundle('x-archive');
  x.people.push({ key: 'me', name: '', handles: [], isMe: true });
  x.people.push({ key: 'cd', name: 'Camille Durand', followers: 12_000, handles: [{ kind: 'x', value: 'camdurand' }] });
  x.people.push({ key: 'an', name: 'AMELIE NGUYEN', organisation: 'le monde', handles: [{ kind: 'x', value: 'amelie_ng' }] });
  x.people.push({ key: 'jd', name: 'Jean Dupont', organisation: 'Globex', handles: [{ kind: 'x', value: 'jdupont' }] });
  x.people.push({ key: 'ak', name: '@ak', handles: [{ kind: 'x', value: 'ak' }] });
  x.interactions.push({ from: 'me', to: 'cd', kind: 'mention', channel: 'x', at: '2024-02-01', externalId: 'x:1' });
  x.interactions.push({ from: 'cd', to: 'me', kind: 'reply', channel: 'x', at: '2024-02-02', externalId: 'x:2' });
  x.interactions.push({ from: 'an', to: 'cd', kind: 'quote', channel: 'x', at: '2024-02-03', externalId: 'x:3' });
  x.follows.push({ follower: 'cd', followed: 'me' });
  writeBundle(db, x, { fileName: 'twitter.zip', format: 'x-archive', contentHash: 'x' });
  return db;
}

const idOf = (db: Db, handle: string) => (db.prepare('SELECT person_id AS id FROM handle WHERE value = ?').get(handle) as { id: number }).id;

test('same name across sources is proposed; different organisations and handle stubs are not', () => {
  const db = network();
  assert.equal(proposeMerges(db), 2);
  assert.equal(proposeMerges(db), 0, 'proposing again adds nothing');
  const proposals = listMergeCandidates(db);
  assert.deepEqual(
    proposals.map((p) => [p.a.name, p.b.name, p.reason]),
    [
      ['Camille Durand', 'Camille Durand', 'name'],
      ['Amélie Nguyen', 'AMELIE NGUYEN', 'name_organisation'],
    ],
  );
  assert.deepEqual(proposals[0]?.a.handles, [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/camille-durand' }]);
  assert.equal(proposals[0]?.b.interactions, 3);
});

test('accepting moves handles, ties, follows and attendance onto the kept person; undo restores the network exactly', () => {
  const db = network();
  proposeMerges(db);
  const before = dump(db);
  const camille = listMergeCandidates(db)[0]!;
  const kept = camille.a.id;
  const mergeId = acceptCandidate(db, camille.id);
  assert.equal(db.prepare('SELECT 1 FROM person WHERE id = ?').get(camille.b.id), undefined);
  assert.equal(idOf(db, 'camdurand'), kept);
  const row = db.prepare('SELECT followers, title FROM person WHERE id = ?').get(kept) as { followers: number; title: string };
  assert.deepEqual(row, { followers: 12_000, title: 'CMO' }, 'audience from X, title kept from LinkedIn');
  const ties = db.prepare('SELECT kind FROM interaction WHERE from_person_id = ? OR to_person_id = ? ORDER BY kind').all(kept, kept) as Array<{ kind: string }>;
  assert.deepEqual(ties.map((t) => t.kind), ['mention', 'met', 'quote', 'reply']);
  assert.equal((db.prepare('SELECT count(*) AS n FROM follow WHERE follower_id = ?').get(kept) as { n: number }).n, 1);
  assert.deepEqual(listMergeCandidates(db).map((p) => p.a.name), ['Amélie Nguyen']);
  assert.deepEqual(listMerges(db).map((m) => [m.keptName, m.mergedName, m.undoneAt]), [['Camille Durand', 'Camille Durand', null]]);

  undoMerge(db, mergeId);
  assert.deepEqual(dump(db), before);
  assert.equal(listMergeCandidates(db).length, 2, 'the proposal is pending again');
  assert.throws(() => undoMerge(db, mergeId), /already undone/);
});

test('merging two people who interacted drops the self-ties and undo brings them back', () => {
  const db = network();
  const me = (db.prepare('SELECT id FROM person WHERE is_me = 1').get() as { id: number }).id;
  const cd = idOf(db, 'camdurand');
  const before = dump(db);
  const mergeId = mergePeople(db, me, cd);
  assert.equal((db.prepare('SELECT count(*) AS n FROM interaction WHERE from_person_id = to_person_id').get() as { n: number }).n, 0);
  assert.equal((db.prepare('SELECT count(*) AS n FROM follow').get() as { n: number }).n, 0);
  undoMerge(db, mergeId);
  assert.deepEqual(dump(db), before);
});

test('merges are undone in reverse order; rejected proposals stay rejected', () => {
  const db = network();
  proposeMerges(db);
  const [camille, amelie] = listMergeCandidates(db);
  const first = acceptCandidate(db, camille!.id);
  const second = mergePeople(db, camille!.a.id, amelie!.a.id);
  assert.throws(() => undoMerge(db, first), (e: unknown) => e instanceof MergeError && /merge #2 involves the same people/.test(e.message));
  undoMerge(db, second);
  undoMerge(db, first);
  rejectCandidate(db, amelie!.id);
  assert.equal(proposeMerges(db), 0);
  assert.deepEqual(listMergeCandidates(db).map((p) => p.id), [camille!.id]);
  assert.throws(() => acceptCandidate(db, amelie!.id), /no pending merge proposal #2/);
});
