// Generates the built-in sample network: a fictional community of B2B marketers, built from a
// seed so that every machine shows the same network. Shaped to exercise every idea of the
// product: communities by industry, a few brokers across them, experts whom few follow but many
// cite, megaphones whom many follow and few cite, reciprocal and one-sided ties, and events
// whose attendees interact more afterwards.
import type {
  AttendanceRole,
  AttendanceStatus,
  Channel,
  EventKind,
  Gender,
  InteractionKind,
  Role,
} from '../../../shared/domain';
import { COMMUNITIES, CROSS_ORGANISATIONS, EVENT_PLACES, FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, TITLES } from './names';
import { Random, WeightedPicker } from './random';

export const DEFAULT_SAMPLE_SEED = 2026;

export interface SampleOptions {
  seed?: number;
  people?: number;
  interactions?: number;
  /** The sample's "today": interactions span the three years before it. */
  asOf?: string;
}

export const SAMPLE_DEFAULTS: Required<SampleOptions> = {
  seed: DEFAULT_SAMPLE_SEED,
  people: 300,
  interactions: 5000,
  asOf: '2026-11-20',
};

export interface SamplePerson {
  name: string;
  role: Role;
  organisation: string;
  title: string;
  gender: Gender | null;
  followers: number | null;
  tags: string[];
  isMe: boolean;
  xHandle: string | null;
  linkedinSlug: string | null;
  email: string | null;
  originalPosts: number | null;
  reposts: number | null;
  /** Ground truth used by tests: the community the person belongs to (brokers: their first). */
  community: number;
  kind: 'regular' | 'broker' | 'expert' | 'megaphone' | 'owner';
}

export interface SampleEvent {
  name: string;
  kind: EventKind;
  date: string;
  place: string;
  capacity: number;
  hostOrganisation: string;
}

export interface SampleAttendance {
  person: number;
  event: number;
  role: AttendanceRole;
  status: AttendanceStatus;
}

export interface SampleInteraction {
  from: number;
  to: number;
  kind: InteractionKind;
  channel: Channel;
  at: string;
}

export interface SampleNetwork {
  seed: number;
  people: SamplePerson[];
  events: SampleEvent[];
  attendance: SampleAttendance[];
  interactions: SampleInteraction[];
  follows: Array<{ follower: number; followed: number }>;
}

const DAY = 86_400_000;
const ROLE_SHARES: Array<[Role, number]> = [
  ['cmo', 0.34], ['peer', 0.2], ['cio', 0.12], ['consultant', 0.09], ['analyst', 0.07],
  ['journalist', 0.07], ['expert', 0.07], ['other', 0.04],
];
const EVENT_PLAN: Array<{ kind: EventKind; name: string; capacity: number }> = [
  { kind: 'forum', name: 'Forum des CMO', capacity: 60 },
  { kind: 'dinner', name: 'Dîner des directeurs marketing', capacity: 24 },
  { kind: 'round_table', name: 'Table ronde IA & marketing B2B', capacity: 30 },
  { kind: 'webinar', name: 'Webinar ABM en pratique', capacity: 50 },
  { kind: 'workshop', name: 'Atelier données clients', capacity: 25 },
];

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generateSample(options: SampleOptions = {}): SampleNetwork {
  const o = { ...SAMPLE_DEFAULTS, ...options };
  const random = new Random(o.seed);
  const asOf = Date.parse(`${o.asOf}T00:00:00Z`);
  const start = asOf - 3 * 365 * DAY;

  const people = makePeople(random, o.people);
  const { events, attendance } = makeEvents(random, people, start, asOf);
  const interactions = makeInteractions(random, people, events, attendance, o.interactions, start, asOf);
  const follows = makeFollows(random, people);
  return { seed: o.seed, people, events, attendance, interactions, follows };
}

/** A handle no one else in the sample has: X handles are cut at 15 characters and may collide. */
function unique(used: Set<string>, handle: string, variant: (handle: string, n: number) => string): string {
  let value = handle;
  for (let n = 2; used.has(value); n++) value = variant(handle, n);
  used.add(value);
  return value;
}

function makePeople(random: Random, count: number): SamplePerson[] {
  const rolePicker = new WeightedPicker(ROLE_SHARES.map(([, share]) => share));
  const used = new Set<string>();
  const usedHandles = new Set<string>();
  const people: SamplePerson[] = [];
  for (let i = 0; i < count; i++) {
    const isMe = i === 0;
    const community = i % COMMUNITIES.length;
    const gender: Gender | null = random.chance(0.08) ? null : random.chance(0.5) ? 'f' : 'm';
    const drawName = () =>
      `${gender === 'f' || (gender === null && random.chance(0.5)) ? random.pick(FIRST_NAMES_F) : random.pick(FIRST_NAMES_M)} ${random.pick(LAST_NAMES)}`;
    // Names stay unique: a few redraws, then a double-barrelled surname, then a number — the name
    // lists hold a few thousand combinations, and large samples (benchmarks) need tens of thousands.
    let name = drawName();
    for (let tries = 0; used.has(name) && tries < 8; tries++) name = drawName();
    if (used.has(name)) name = `${name}-${random.pick(LAST_NAMES)}`;
    for (let n = 2; used.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    used.add(name);

    const role: Role = isMe ? 'cmo' : (ROLE_SHARES[rolePicker.pick(random)] as [Role, number])[0];
    let kind: SamplePerson['kind'] = isMe ? 'owner' : 'regular';
    if (!isMe && (role === 'consultant' || role === 'analyst') && random.chance(0.35)) kind = 'broker';
    else if (!isMe && (role === 'expert' || role === 'analyst') && random.chance(0.6)) kind = 'expert';
    else if (!isMe && (role === 'journalist' || role === 'cmo' || role === 'other') && random.chance(0.08)) kind = 'megaphone';

    const home = COMMUNITIES[community] as (typeof COMMUNITIES)[number];
    const organisation =
      role === 'consultant' || role === 'analyst' || role === 'journalist'
        ? random.pick(CROSS_ORGANISATIONS[role])
        : random.pick(home.organisations);
    const slug = slugify(name);
    const followers =
      kind === 'megaphone'
        ? Math.round(random.logNormal(11.3, 0.5))
        : kind === 'expert'
          ? Math.round(random.logNormal(6.8, 0.6))
          : random.chance(0.12)
            ? null
            : Math.round(random.logNormal(role === 'journalist' ? 8.6 : 7.4, 0.9));
    const postsKnown = random.chance(0.7) || isMe;
    const original = postsKnown ? random.int(5, 400) : null;
    people.push({
      name,
      role,
      organisation: isMe ? 'Nuageo' : organisation,
      title: isMe ? 'Directrice marketing' : random.pick(TITLES[role] ?? ['']),
      gender: isMe ? 'f' : gender,
      followers: isMe ? 4200 : followers,
      tags: random.shuffle([...home.tags]).slice(0, random.int(0, 2)),
      isMe,
      xHandle: random.chance(0.78) || isMe ? unique(usedHandles, slug.replace(/-/g, '_').slice(0, 15), (h, n) => `${h.slice(0, 15 - String(n).length)}${n}`) : null,
      linkedinSlug: random.chance(0.92) || isMe ? unique(usedHandles, `${slug}-${random.int(100, 999)}`, (h, n) => `${h}-${n}`) : null,
      email: random.chance(0.3) ? unique(usedHandles, `${slug.replace(/-/g, '.')}@example.org`, (h, n) => h.replace('@', `.${n}@`)) : null,
      originalPosts: original,
      reposts: original === null ? null : Math.round(original * (kind === 'megaphone' ? random.logNormal(1.4, 0.3) : random.logNormal(-0.7, 0.6))),
      community: isMe ? 1 : community,
      kind,
    });
  }
  return people;
}

function makeEvents(random: Random, people: SamplePerson[], start: number, asOf: number) {
  const events: SampleEvent[] = [];
  const attendance: SampleAttendance[] = [];
  for (let e = 0; e < 12; e++) {
    const plan = EVENT_PLAN[e % EVENT_PLAN.length] as (typeof EVENT_PLAN)[number];
    // Eleven past events spread over three years, the twelfth three weeks ahead (to plan).
    const when = e < 11 ? start + ((e + 0.5) / 11) * (asOf - start - 20 * DAY) : asOf + 20 * DAY;
    const year = new Date(when).getUTCFullYear();
    const focus = [e % COMMUNITIES.length];
    events.push({
      name: `${plan.name} ${year}${e >= 5 && plan.kind !== 'forum' ? ` #${Math.floor(e / 5) + 1}` : ''}`,
      kind: plan.kind,
      date: new Date(when).toISOString().slice(0, 10),
      place: plan.kind === 'webinar' ? 'En ligne' : random.pick(EVENT_PLACES.filter((p) => p !== 'En ligne')),
      capacity: plan.capacity,
      hostOrganisation: random.pick((COMMUNITIES[focus[0] as number] as (typeof COMMUNITIES)[number]).organisations),
    });
    const upcoming = e === 11;
    const candidates = people
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => focus.includes(p.community) || p.kind === 'broker' || p.isMe || random.chance(0.05));
    random.shuffle(candidates);
    const seats = upcoming ? 6 : Math.min(candidates.length, Math.round(plan.capacity * (0.6 + random.next() * 0.35)));
    candidates.slice(0, seats).forEach(({ i }, rank) => {
      const role: AttendanceRole = rank === 0 ? 'host' : rank <= 2 ? 'speaker' : 'attendee';
      const status: AttendanceStatus = upcoming
        ? 'confirmed'
        : role !== 'attendee'
          ? 'attended'
          : random.chance(0.12)
            ? 'declined'
            : 'attended';
      attendance.push({ person: i, event: e, role, status });
    });
  }
  return { events, attendance };
}

function makeInteractions(
  random: Random,
  people: SamplePerson[],
  events: SampleEvent[],
  attendance: SampleAttendance[],
  target: number,
  start: number,
  asOf: number,
): SampleInteraction[] {
  const interactions: SampleInteraction[] = [];
  const seen = new Set<string>();
  const iso = (t: number) => new Date(Math.min(t, asOf - 1000)).toISOString();
  const add = (from: number, to: number, kind: InteractionKind, channel: Channel, at: number) => {
    if (from === to) return;
    interactions.push({ from, to, kind, channel, at: iso(at) });
    seen.add(`${from}>${to}`);
  };

  // Meeting at an event: a few "met" ties among attendees, then more online talk between them.
  const attendedBy = new Map<number, number[]>();
  for (const a of attendance) {
    if (a.status !== 'attended') continue;
    attendedBy.set(a.event, [...(attendedBy.get(a.event) ?? []), a.person]);
  }
  for (const [eventIndex, attendees] of attendedBy) {
    const date = Date.parse(`${(events[eventIndex] as SampleEvent).date}T18:00:00Z`);
    for (let k = 0; k < attendees.length * 0.6; k++) {
      const a = random.pick(attendees);
      const b = random.pick(attendees);
      add(a, b, 'met', 'in_person', date);
      if (random.chance(0.7)) add(b, a, 'met', 'in_person', date);
      if (random.chance(0.5)) add(a, b, random.pick(['mention', 'comment', 'message'] as const), random.pick(['x', 'linkedin'] as const), date + random.int(1, 40) * DAY);
    }
  }

  // Who speaks: activity is heavy-tailed; megaphones post a lot but are rarely cited.
  const activity = people.map((p) => (p.isMe ? 30 : p.kind === 'megaphone' ? 12 : p.kind === 'broker' ? 8 : random.logNormal(0.6, 0.8)));
  // Who gets cited: experts, analysts and journalists earn citations; megaphones do not.
  const prestige = people.map((p) => {
    const base = random.logNormal(0, 0.7);
    if (p.kind === 'expert') return base * 7;
    if (p.kind === 'megaphone') return base * 0.03;
    if (p.kind === 'broker') return base * 3;
    if (p.role === 'journalist' || p.role === 'analyst') return base * 2.5;
    return base;
  });
  const byCommunity = COMMUNITIES.map((_, c) => people.map((p, i) => ({ p, i })).filter(({ p }) => p.community === c).map(({ i }) => i));
  const communityPickers = byCommunity.map((members) => new WeightedPicker(members.map((i) => prestige[i] as number)));
  const everyonePicker = new WeightedPicker(prestige);
  const speakerPicker = new WeightedPicker(activity);
  const kinds = new WeightedPicker([0.34, 0.2, 0.1, 0.2, 0.08, 0.08]);
  const kindNames: InteractionKind[] = ['mention', 'reply', 'quote', 'repost', 'like', 'comment'];

  while (interactions.length < target) {
    const from = speakerPicker.pick(random);
    const speaker = people[from] as SamplePerson;
    const community = speaker.kind === 'broker' ? random.int(0, COMMUNITIES.length - 1) : speaker.community;
    const inside = random.chance(speaker.kind === 'broker' || speaker.isMe ? 0.55 : 0.92);
    const to = inside
      ? (byCommunity[community] as number[])[(communityPickers[community] as WeightedPicker).pick(random)] as number
      : everyonePicker.pick(random);
    if (to === from) continue;
    const kind = kindNames[kinds.pick(random)] as InteractionKind;
    const channel: Channel = kind === 'comment' || random.chance(0.4) ? 'linkedin' : random.chance(0.08) ? 'email' : 'x';
    const at = start + random.next() * (asOf - start);
    add(from, to, channel === 'email' ? 'message' : kind, channel, at);
    // Reciprocity: ties inside a community are returned more often; megaphones rarely answer.
    // People rarely answer a megaphone's broadcast, and megaphones rarely answer anyone.
    const answer = speaker.kind === 'megaphone' || (people[to] as SamplePerson).kind === 'megaphone' ? 0.04 : inside ? 0.38 : 0.18;
    if (interactions.length < target && random.chance(answer)) add(to, from, random.chance(0.6) ? 'reply' : 'mention', channel === 'email' ? 'email' : channel, at + random.int(0, 72) * 3_600_000);
  }
  return interactions.slice(0, target);
}

function makeFollows(random: Random, people: SamplePerson[]) {
  // Follow edges only where the follower count is unknown, so "audience" falls back to them.
  const follows: Array<{ follower: number; followed: number }> = [];
  people.forEach((p, followed) => {
    if (p.followers !== null) return;
    const n = random.int(3, 25);
    const followers = new Set<number>();
    for (let k = 0; k < n; k++) {
      const follower = random.int(0, people.length - 1);
      if (follower !== followed) followers.add(follower);
    }
    for (const follower of followers) follows.push({ follower, followed });
  });
  return follows;
}
