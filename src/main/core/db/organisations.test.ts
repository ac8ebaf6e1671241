import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organisationKey } from './organisations';

test('organisation keys ignore case, accents, punctuation and legal suffixes', () => {
  assert.equal(organisationKey('Stripe, Inc.'), 'stripe');
  assert.equal(organisationKey('STRIPE'), 'stripe');
  assert.equal(organisationKey('Société Générale SA'), 'societe generale');
  assert.equal(organisationKey('Procter & Gamble Co.'), 'procter and gamble');
  assert.notEqual(organisationKey('Stripe'), organisationKey('Stripes'));
  // A name that is only a suffix keeps it, rather than becoming empty.
  assert.equal(organisationKey('SA'), 'sa');
});
