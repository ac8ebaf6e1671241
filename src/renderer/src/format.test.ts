// French and English as they are written: Intl for numbers, dates and sizes, i18next plurals and
// French agreement, checked through the real FR/EN resources and the app's i18next formatter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next, { type TFunction } from 'i18next';
import { RESOURCES } from '../../shared/i18n';
import type { NearMiss, ReasonPart } from '../../shared/invite';
import { genderContext, listCounts } from './counts';
import { formatChange, formatCount, formatDate, formatDecimal, formatPercent, formatScore, formatSize, localeFormatter } from './format';
import { nearMissReason, pickReason } from './pages/events/reasons';

// Intl writes French groups and the space before % or a unit with narrow/plain no-break spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

async function translator(lng: 'fr' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.use(localeFormatter).init({ resources: RESOURCES, lng, fallbackLng: 'en', interpolation: { escapeValue: false, alwaysFormat: true } });
  return instance.t;
}

test('numbers: grouped counts, the language’s decimal sign, signed changes, percentages', () => {
  assert.equal(plain(formatCount(3905, 'fr')), '3 905');
  assert.equal(formatCount(3905, 'en'), '3,905');
  assert.equal(formatDecimal(100, 'fr', 1), '100,0');
  assert.equal(formatDecimal(0.58, 'fr', 2), '0,58');
  assert.equal(formatDecimal(0.58, 'en', 2), '0.58');
  assert.equal(formatChange(3, 'en'), '+3');
  assert.equal(formatChange(0, 'en'), '0');
  assert.equal(plain(formatChange(-0.25, 'fr', 2)), '-0,25');
  assert.equal(plain(formatPercent(0.125, 'fr')), '12,5 %');
  assert.equal(formatPercent(0.125, 'en'), '12.5%');
  assert.equal(formatScore(0.012345, 'fr'), '0,0123');
  assert.equal(formatCount(null, 'fr'), '—');
});

test('file sizes in the language’s units: octets and ko in French', () => {
  assert.equal(plain(formatSize(512, 'fr')), '512 octets');
  assert.equal(formatSize(512, 'en'), '512 bytes');
  assert.equal(plain(formatSize(1536, 'fr')), '1,5 ko');
  assert.equal(formatSize(1536, 'en'), '1.5 kB');
  assert.equal(plain(formatSize(5.25 * 1024 ** 2, 'fr')), '5,3 Mo');
});

test('dates written out, not ISO', () => {
  assert.equal(formatDate('2025-03-14T10:00:00Z', 'fr', { dateStyle: 'long', timeZone: 'UTC' }), '14 mars 2025');
  assert.equal(formatDate('2025-03-14T10:00:00Z', 'en', { dateStyle: 'long', timeZone: 'UTC' }), 'March 14, 2025');
  assert.equal(formatDate(null, 'fr'), '—');
  assert.equal(formatDate('not a date', 'fr'), '—');
});

test('every number a translation interpolates is formatted; years and ids are not grouped', async () => {
  const fr = await translator('fr');
  assert.equal(plain(fr('network.ties', { count: 3905 })), '3 905 liens');
  assert.equal(fr('network.ties', { count: 1 }), '1 lien');
  assert.equal(plain(fr('invite.reasons.influence', { influence: 0.58 })), 'influence 0,58');
  assert.equal(fr('scores.community', { id: 1234, size: '' }), 'Communauté 1234 (), avec ');
  const en = await translator('en');
  assert.equal(en('network.people', { count: 1 }), '1 person');
  assert.equal(en('network.people', { count: 12000 }), '12,000 people');
});

test('plurals: "1 quote", "1 communauté", "Added 1 person"', async () => {
  const en = await translator('en');
  const fr = await translator('fr');
  assert.equal(en('kindCounts.quote', { count: 1 }), '1 quote');
  assert.equal(en('kindCounts.quote', { count: 2 }), '2 quotes');
  assert.equal(fr('counts.communities', { count: 1 }), '1 communauté');
  assert.equal(fr('counts.communities', { count: 0 }), '0 communauté'); // French singular for 0 and 1
  assert.equal(en('import.added', { what: listCounts(en, 'en', { people: 1, interactions: 0, events: 2 }) }), 'Added 1 person and 2 events.');
  assert.equal(plain(fr('import.added', { what: listCounts(fr, 'fr', { people: 1, interactions: 1200, follows: 3 }) })), 'Ajouté : 1 personne, 1 200 interactions et 3 abonnements.');
  assert.equal(en('import.willAdd', { what: listCounts(en, 'en', {}) }), 'The file holds nothing.');
});

test('French agreement with the person’s gender where it is known', async () => {
  const fr = await translator('fr');
  const en = await translator('en');
  assert.equal(fr('attendanceStatus.confirmed', { context: genderContext('f') }), 'Confirmée');
  assert.equal(fr('attendanceStatus.confirmed', { context: genderContext('m') }), 'Confirmé');
  assert.equal(en('attendanceStatus.confirmed', { context: genderContext('f') }), 'Confirmed');
  const why: ReasonPart[] = [
    { kind: 'newCommunity', values: { community: 2 } },
    { kind: 'reach', values: { people: 1 } },
    { kind: 'newTies', values: { invitees: 3 } },
  ];
  assert.equal(pickReason(fr, why, 'f'), 'première de la communauté 3 ; +1 personne à 2 pas, pas encore couverte ; a des contacts communs avec 3 invités qu’elle ne connaît pas encore');
  assert.equal(pickReason(fr, why, 'm'), 'premier de la communauté 3 ; +1 personne à 2 pas, pas encore couverte ; a des contacts communs avec 3 invités qu’il ne connaît pas encore');
  assert.equal(pickReason(fr, why, null), 'première personne retenue de la communauté 3 ; +1 personne à 2 pas, pas encore couverte ; a des contacts communs avec 3 invités pas encore rencontrés');
  assert.equal(pickReason(en, why, 'f'), 'first from community 3; +1 person within 2 hops not yet covered; shares contacts with 3 invitees they don’t know yet');
  assert.equal(nearMissReason(fr, { id: 1, name: 'A', reason: 'left out: seats kept for gender parity', why: { kind: 'parity', values: { parity: '50 %' } } } satisfies NearMiss, 'f'), 'non retenue : places gardées pour la parité (50 %)');
});
