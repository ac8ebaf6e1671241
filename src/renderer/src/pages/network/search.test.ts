// Search in the Network view: relevance first, then influence. Run by `npm run test:unit`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankMatches, relevance } from './search';

const people = [
  { id: 1, name: 'Claire Rossi', organisation: 'Publicis' },
  { id: 2, name: 'Claire Faure', organisation: 'Orange' },
  { id: 3, name: 'Marie-Claire Dubois', organisation: null },
  { id: 4, name: 'Leclaire Martin', organisation: null },
  { id: 5, name: 'Jean Bon', organisation: 'Clairefontaine' },
  { id: 6, name: 'Céline Roussel', organisation: null },
];
const influence = new Map([[1, 12], [2, 100], [3, 90], [4, 95], [5, 99], [6, 1]]);

test('the top influencer first among equally relevant names (Claire Faure before Claire Rossi)', () => {
  const found = rankMatches(people, 'claire', (id) => influence.get(id) ?? 0).map((p) => p.name);
  assert.deepEqual(found, ['Claire Faure', 'Claire Rossi', 'Marie-Claire Dubois', 'Leclaire Martin', 'Jean Bon']);
});

test('relevance: whole name, start, word start, inside, organisation; accents ignored', () => {
  assert.equal(relevance(people[1] as (typeof people)[number], 'Claire Faure'), 0);
  assert.equal(relevance(people[1] as (typeof people)[number], 'clai'), 1);
  assert.equal(relevance(people[2] as (typeof people)[number], 'claire'), 2);
  assert.equal(relevance(people[3] as (typeof people)[number], 'claire'), 3);
  assert.equal(relevance(people[4] as (typeof people)[number], 'claire'), 4);
  assert.equal(relevance(people[5] as (typeof people)[number], 'celine'), 1);
  assert.equal(relevance(people[5] as (typeof people)[number], 'c'), null, 'one letter is not a search');
});
