// Undo/redo of user edits: each step restores the network exactly, cascades included, and the
// history survives closing and reopening the file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from './connection';
import { createEvent, deleteEvent, setAttendance, updateEvent } from './events';
import { mergePeople } from './merges';
import { updatePerson } from './people';
import { storeSample } from './sample';
import { NothingToUndoError, recordEdit, redoNext, undoLast, undoState } from './edit-log';

const dir = mkdtempSync(join(tmpdir(), 'maillage-undo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['person', 'handle', 'organisation', 'event', 'attendance', 'interaction', 'follow', 'score', 'person_merge'];
const dump = (db: Db) => Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));

function sample(): Db {
  const db = openDatabase(':memory:', { create: true });
  storeSample(db, { seed: 5, people: 60, interactions: 600 });
  return db;
}

test('a person edit, an event created then deleted with its attendance, and a merge: undone and redone step by step', () => {
  const db = sample();
  const states = [dump(db)];
  recordEdit(db, 'edit person', () => updatePerson(db, 2, { name: 'Renamed', organisation: 'Brand New Org', notes: 'met at the forum', tags: ['vip'] }));
  states.push(dump(db));
  const event = recordEdit(db, 'create event', () => createEvent(db, { name: 'Dîner CMO', kind: 'dinner', date: '2027-01-15', place: 'Paris', capacity: 12, hostOrganisation: 'Club' }));
  recordEdit(db, 'invite', () => setAttendance(db, event.id, 3, { status: 'confirmed', role: 'speaker' }));
  recordEdit(db, 'edit event', () => updateEvent(db, event.id, { capacity: 20 }));
  states.push(dump(db));
  recordEdit(db, 'delete event', () => deleteEvent(db, event.id));
  states.push(dump(db));
  recordEdit(db, 'merge', () => mergePeople(db, 4, 5));
  states.push(dump(db));
  assert.deepEqual(undoState(db), { undo: 'merge', redo: null });

  assert.equal(undoLast(db), 'merge');
  assert.deepEqual(dump(db), states[3]);
  assert.equal(undoLast(db), 'delete event');
  assert.deepEqual(dump(db), states[2], 'the event and its attendance (a cascade) are back');
  undoLast(db);
  undoLast(db);
  undoLast(db);
  assert.deepEqual(undoState(db), { undo: 'edit person', redo: 'create event' });
  assert.equal(undoLast(db), 'edit person');
  assert.deepEqual(dump(db), states[0]);
  assert.throws(() => undoLast(db), NothingToUndoError);

  for (let i = 0; i < 5; i++) redoNext(db);
  assert.deepEqual(dump(db), states[3]);
  redoNext(db);
  assert.deepEqual(dump(db), states[4]);
  assert.throws(() => redoNext(db), /Nothing to redo/);
});

test('a new edit after an undo drops the redo history; reads are not edits', () => {
  const db = sample();
  recordEdit(db, 'a', () => updatePerson(db, 2, { title: 'A' }));
  recordEdit(db, 'b', () => updatePerson(db, 2, { title: 'B' }));
  undoLast(db);
  recordEdit(db, 'c', () => updatePerson(db, 2, { title: 'C' }));
  assert.deepEqual(undoState(db), { undo: 'c', redo: null });
  recordEdit(db, 'read', () => db.prepare('SELECT * FROM person').all());
  assert.deepEqual(undoState(db), { undo: 'c', redo: null });
  recordEdit(db, 'same again', () => updatePerson(db, 2, { title: 'C' }));
  assert.deepEqual(undoState(db), { undo: 'c', redo: null }, 'an edit that changes nothing is not recorded');
  // Changes outside an edit are not recorded (imports have their own undo: remove the import).
  db.prepare("UPDATE person SET title = 'outside' WHERE id = 3").run();
  undoLast(db);
  assert.equal((db.prepare('SELECT title FROM person WHERE id = 3').get() as { title: string }).title, 'outside');
  assert.equal((db.prepare('SELECT title FROM person WHERE id = 2').get() as { title: string }).title, 'A');
});

test('the history survives closing and reopening the file', () => {
  const file = join(dir, 'undo.maillage');
  let db = openDatabase(file, { create: true });
  storeSample(db, { seed: 5, people: 40, interactions: 200 });
  const before = (db.prepare('SELECT name FROM person WHERE id = 7').get() as { name: string }).name;
  recordEdit(db, 'rename', () => updatePerson(db, 7, { name: 'Quelqu’un d’autre' }));
  db.close();
  db = openDatabase(file);
  assert.deepEqual(undoState(db), { undo: 'rename', redo: null });
  undoLast(db);
  assert.equal((db.prepare('SELECT name FROM person WHERE id = 7').get() as { name: string }).name, before);
  db.close();
});
