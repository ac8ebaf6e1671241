// The layout for ego networks — networks made only of the owner's ties, as a LinkedIn export alone
// gives: no force layout makes a star readable. The owner in the middle, contacts on rings by tie
// strength (strongest innermost) and in sectors by role, or by organisation when roles do not tell
// people apart (Kumu's focus and cluster views do the same). Pure: positions only.

export interface EgoPerson {
  id: string;
  isMe: boolean;
  role: string;
  organisation: string;
}

export interface EgoTie {
  source: string;
  target: string;
  strength: number;
}

export interface EgoLayout {
  positions: Array<{ id: string; x: number; y: number }>;
  /** What the sectors are made of. */
  sectorsBy: 'role' | 'organisation';
  sectors: Array<{ key: string; people: number; from: number; to: number }>;
}

/** Below this share of ties between contacts, a network with an owner is an ego network. */
const EGO_SHARE = 0.05;
/** Rings from the centre out, as shares of the contacts ranked by tie strength. */
const RING_SHARES = [0.1, 0.2, 0.3, 0.4];
/** Organisation sectors: the largest ones, the rest together. */
const MAX_ORGANISATION_SECTORS = 9;
export const OTHER_SECTOR = '';
const SPACING = 26;
const FIRST_RING = 90;
const RING_GAP = 70;

/** Whether the network is the owner's ties and (almost) nothing else. */
export function isEgoNetwork(people: readonly EgoPerson[], ties: readonly EgoTie[]): boolean {
  const me = people.find((p) => p.isMe);
  if (!me || people.length < 4 || ties.length === 0) return false;
  const between = ties.filter((t) => t.source !== me.id && t.target !== me.id).length;
  return between <= EGO_SHARE * ties.length;
}

export function egoLayout(people: readonly EgoPerson[], ties: readonly EgoTie[]): EgoLayout {
  const me = people.find((p) => p.isMe);
  const contacts = people.filter((p) => p !== me);
  const strength = new Map<string, number>();
  for (const t of ties) {
    const other = me && t.source === me.id ? t.target : me && t.target === me.id ? t.source : null;
    if (other !== null) strength.set(other, Math.max(strength.get(other) ?? 0, t.strength, 1e-9));
  }
  // Sectors: by role where roles tell contacts apart, else by organisation.
  const roles = new Set(contacts.map((p) => p.role));
  const sectorsBy: EgoLayout['sectorsBy'] = roles.size > 1 ? 'role' : 'organisation';
  const counts = new Map<string, number>();
  for (const p of contacts) counts.set(sectorKeyRaw(p, sectorsBy), (counts.get(sectorKeyRaw(p, sectorsBy)) ?? 0) + 1);
  const kept = new Set(
    sectorsBy === 'role'
      ? counts.keys()
      : [...counts.entries()].filter(([k]) => k !== '').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_ORGANISATION_SECTORS).map(([k]) => k),
  );
  const sectorOf = (p: EgoPerson) => (kept.has(sectorKeyRaw(p, sectorsBy)) ? sectorKeyRaw(p, sectorsBy) : OTHER_SECTOR);
  const members = new Map<string, EgoPerson[]>();
  for (const p of contacts) members.set(sectorOf(p), [...(members.get(sectorOf(p)) ?? []), p]);
  const order = [...members.keys()].sort((a, b) => (a === OTHER_SECTOR ? 1 : b === OTHER_SECTOR ? -1 : (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0) || a.localeCompare(b)));

  // Rings: contacts ranked by tie strength (then name order by id, for a stable picture).
  const ranked = [...contacts].sort((a, b) => (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const ringOf = new Map<string, number>();
  let start = 0;
  RING_SHARES.forEach((share, ring) => {
    const end = ring === RING_SHARES.length - 1 ? ranked.length : Math.round(start + share * ranked.length);
    for (const p of ranked.slice(start, end)) ringOf.set(p.id, ring);
    start = end;
  });
  // Contacts with no tie to the owner at all: one more ring outside.
  for (const p of contacts) if (!strength.has(p.id)) ringOf.set(p.id, RING_SHARES.length);
  const ringCount = RING_SHARES.length + 1;
  const perRing = Array.from({ length: ringCount }, (_, r) => contacts.filter((p) => ringOf.get(p.id) === r).length);
  // Each ring wide enough for its people, and always outside the previous one.
  const radii: number[] = [];
  for (let r = 0; r < ringCount; r++) {
    const needed = ((perRing[r] ?? 0) * SPACING) / (2 * Math.PI);
    radii.push(Math.max(r === 0 ? FIRST_RING : (radii[r - 1] as number) + RING_GAP, needed));
  }

  const positions: EgoLayout['positions'] = me ? [{ id: me.id, x: 0, y: 0 }] : [];
  const sectors: EgoLayout['sectors'] = [];
  let angle = -Math.PI / 2;
  const total = Math.max(1, contacts.length);
  for (const key of order) {
    const group = members.get(key) ?? [];
    const width = (2 * Math.PI * group.length) / total;
    sectors.push({ key, people: group.length, from: angle, to: angle + width });
    for (let r = 0; r < ringCount; r++) {
      const onRing = group.filter((p) => ringOf.get(p.id) === r).sort((a, b) => (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }));
      onRing.forEach((p, k) => {
        // Evenly inside the sector, a margin at both ends so that sectors read apart.
        const theta = angle + width * (0.08 + (0.84 * (k + 0.5)) / onRing.length);
        const radius = radii[r] as number;
        positions.push({ id: p.id, x: radius * Math.cos(theta), y: radius * Math.sin(theta) });
      });
    }
    angle += width;
  }
  return { positions, sectorsBy, sectors };
}

function sectorKeyRaw(p: EgoPerson, by: EgoLayout['sectorsBy']): string {
  return by === 'role' ? p.role : p.organisation.trim();
}
