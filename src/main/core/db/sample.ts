// Writes a generated sample network into an (empty) network file, in one transaction.
import { errorKind } from '../../../shared/errors';
import type { Db } from './connection';
import { ensureOrganisation } from './organisations';
import { generateSample, type SampleNetwork, type SampleOptions } from '../sample/generate';
import { SAMPLE_SETTING } from './sample-status';


export class NotEmptyError extends errorKind('conflict') {}

export function storeSample(db: Db, options: SampleOptions = {}, onProgress?: (done: number, total: number) => void): SampleNetwork {
  const sample = generateSample(options);
  const now = new Date().toISOString();
  const total = sample.people.length + sample.interactions.length;
  db.transaction(() => {
    const existing = (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
    if (existing > 0) throw new NotEmptyError('the sample network can only be written into an empty network file', 'sampleNotEmpty');
    const insertPerson = db.prepare(
      `INSERT INTO person (name, role, organisation_id, title, gender, followers, notes, tags, is_me, original_posts, reposts, created_at)
       VALUES (@name, @role, @organisation_id, @title, @gender, @followers, @notes, @tags, @is_me, @original_posts, @reposts, @created_at)`,
    );
    const insertHandle = db.prepare('INSERT INTO handle (person_id, kind, value) VALUES (?, ?, ?)');
    const personIds: number[] = [];
    sample.people.forEach((p, i) => {
      const id = Number(
        insertPerson.run({
          name: p.name,
          role: p.role,
          organisation_id: ensureOrganisation(db, p.organisation),
          title: p.title,
          gender: p.gender,
          followers: p.followers,
          notes: p.isMe ? 'Sample network: fictional people and organisations.' : '',
          tags: JSON.stringify(p.tags),
          is_me: p.isMe ? 1 : 0,
          original_posts: p.originalPosts,
          reposts: p.reposts,
          created_at: now,
        }).lastInsertRowid,
      );
      personIds.push(id);
      if (p.xHandle) insertHandle.run(id, 'x', p.xHandle);
      if (p.linkedinSlug) insertHandle.run(id, 'linkedin', `https://www.linkedin.com/in/${p.linkedinSlug}`);
      if (p.email) insertHandle.run(id, 'email', p.email);
      if (i % 50 === 0) onProgress?.(i, total);
    });
    const pid = (i: number) => personIds[i] as number;

    const insertEvent = db.prepare('INSERT INTO event (name, kind, date, place, capacity, host_organisation_id) VALUES (?, ?, ?, ?, ?, ?)');
    const eventIds = sample.events.map((e) =>
      Number(insertEvent.run(e.name, e.kind, e.date, e.place, e.capacity, ensureOrganisation(db, e.hostOrganisation)).lastInsertRowid),
    );
    const insertAttendance = db.prepare('INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, ?, ?)');
    for (const a of sample.attendance) insertAttendance.run(pid(a.person), eventIds[a.event], a.role, a.status);

    const insertInteraction = db.prepare(
      'INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, external_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    sample.interactions.forEach((x, i) => {
      insertInteraction.run(pid(x.from), pid(x.to), x.kind, x.channel, x.at, `sample:${sample.seed}:${i}`);
      if (i % 500 === 0) onProgress?.(sample.people.length + i, total);
    });
    const insertFollow = db.prepare('INSERT OR IGNORE INTO follow (follower_id, followed_id) VALUES (?, ?)');
    for (const f of sample.follows) insertFollow.run(pid(f.follower), pid(f.followed));
    db.prepare('INSERT OR REPLACE INTO network_setting (key, value) VALUES (?, ?)').run(SAMPLE_SETTING, String(sample.seed));
  })();
  onProgress?.(total, total);
  return sample;
}
