// The rings-and-sectors layout for ego networks (LinkedIn alone: only the owner's ties). Run by
// `npm run test:unit`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { egoLayout, isEgoNetwork, type EgoPerson, type EgoTie } from './ego-layout';

const me: EgoPerson = { id: '1', isMe: true, role: 'cmo', organisation: 'Maillage' };
const contact = (id: number, role: string, organisation = ''): EgoPerson => ({ id: String(id), isMe: false, role, organisation });

test('an ego network is the owner’s ties and almost nothing else', () => {
  const people = [me, ...Array.from({ length: 40 }, (_, i) => contact(i + 2, 'peer'))];
  const star: EgoTie[] = people.slice(1).map((p) => ({ source: '1', target: p.id, strength: 1 }));
  assert.equal(isEgoNetwork(people, star), true);
  // One tie between contacts in 41 is still a star; ten are not.
  assert.equal(isEgoNetwork(people, [...star, { source: '2', target: '3', strength: 1 }]), true);
  const between = Array.from({ length: 10 }, (_, i) => ({ source: String(i + 2), target: String(i + 3), strength: 1 }));
  assert.equal(isEgoNetwork(people, [...star, ...between]), false);
  // No owner: not an ego network.
  assert.equal(isEgoNetwork(people.slice(1), star), false);
});

test('strongest ties on the inner ring, sectors by role', () => {
  const people = [me, ...Array.from({ length: 20 }, (_, i) => contact(i + 2, i % 2 ? 'journalist' : 'analyst'))];
  const ties: EgoTie[] = people.slice(1).map((p, i) => ({ source: '1', target: p.id, strength: 20 - i }));
  const layout = egoLayout(people, ties);
  const at = new Map(layout.positions.map((p) => [p.id, Math.hypot(p.x, p.y)]));
  assert.equal(at.get('1'), 0);
  // Person 2 has the strongest tie, person 21 the weakest.
  assert.ok((at.get('2') as number) < (at.get('21') as number));
  const radii = people.slice(1).map((p) => at.get(p.id) as number);
  for (let i = 1; i < radii.length; i++) assert.ok((radii[i] as number) >= (radii[i - 1] as number) - 1e-9, 'rings go outwards as ties weaken');
  assert.equal(layout.sectorsBy, 'role');
  assert.deepEqual(layout.sectors.map((s) => [s.key, s.people]), [['analyst', 10], ['journalist', 10]]);
  // Each sector's people sit within its angles.
  const angleOf = (id: string) => {
    const p = layout.positions.find((q) => q.id === id) as { x: number; y: number };
    let a = Math.atan2(p.y, p.x);
    while (a < (layout.sectors[0] as { from: number }).from) a += 2 * Math.PI;
    return a;
  };
  const analysts = layout.sectors[0] as { from: number; to: number };
  for (const p of people.slice(1).filter((q) => q.role === 'analyst')) assert.ok(angleOf(p.id) > analysts.from && angleOf(p.id) < analysts.to);
});

test('one role for everyone: sectors by organisation, the smallest together', () => {
  const orgs = ['A', 'A', 'A', 'B', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', ''];
  const people = [me, ...orgs.map((o, i) => contact(i + 2, 'other', o))];
  const layout = egoLayout(people, people.slice(1).map((p) => ({ source: p.id, target: '1', strength: 2 })));
  assert.equal(layout.sectorsBy, 'organisation');
  assert.equal(layout.sectors[0]?.key, 'A');
  assert.equal(layout.sectors.length, 10); // nine organisations and "the others"
  assert.equal(layout.sectors.at(-1)?.key, '');
  assert.equal(layout.positions.length, people.length);
  // Nobody on top of anybody.
  for (const p of layout.positions) for (const q of layout.positions) if (p !== q) assert.ok(Math.hypot(p.x - q.x, p.y - q.y) > 5);
});
