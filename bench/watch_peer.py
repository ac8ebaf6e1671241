"""The plain-language peer for bench/watch.bench.ts: Python's sqlite3 reading what each view of
issue #17 reads, and folding it the straightforward way.

    python3 bench/watch_peer.py DB OWNER_ID RUN_ID

- top: the run's top 30 by influence, the 2025 edges into them and their senders' out-weights,
  and the two largest PageRank contributions to each;
- reminders: the owner's dated exchanges, folded into last-sent / last-received per partner, and
  the communities of the latest run;
- conversations: the owner's exchanges, bucketed by month (partners, replies, quotes);
- creators: every person's own words against reposts in 2024 and in 2025, in one GROUP BY;
- audience: every snapshot's follower and following sets, gained / lost against the previous
  one, the follow-back ratio, and followers without an interaction (set differences).
Prints one JSON line of milliseconds (median of 5 after one warm-up).
"""

import json
import sqlite3
import statistics
import sys
import time
from collections import defaultdict


def timed(fn):
    fn()
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def main() -> None:
    db_path, owner, run_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db = sqlite3.connect(db_path)
    weights = {'mention': 1, 'reply': 1, 'quote': 1, 'comment': 1, 'message': 1, 'repost': 0.5, 'like': 0.25, 'met': 1}
    case = ' '.join(f"WHEN '{k}' THEN {v}" for k, v in weights.items())

    window = "(at IS NULL OR at >= '2025-01-01') AND (at IS NULL OR at <= '2025-12-31T23:59:59.999Z')"

    def top():
        rows = db.execute('SELECT person_id, influence FROM score WHERE run_id = ? ORDER BY influence DESC, person_id LIMIT 30', (run_id,)).fetchall()
        ids = ','.join(str(r[0]) for r in rows)
        edges = db.execute(
            f"SELECT from_person_id, to_person_id, sum(weight * CASE kind {case} END) FROM interaction "
            f"WHERE {window} AND to_person_id IN ({ids}) GROUP BY from_person_id, to_person_id"
        ).fetchall()
        senders = ','.join(str(s) for s in {e[0] for e in edges}) or '0'
        out = dict(db.execute(
            f"SELECT from_person_id, sum(weight * CASE kind {case} END) FROM interaction WHERE {window} AND from_person_id IN ({senders}) GROUP BY from_person_id"
        ).fetchall())
        pagerank = dict(db.execute('SELECT person_id, pagerank FROM score WHERE run_id = ?', (run_id,)).fetchall())
        best = {}
        for frm, to, w in edges:
            share = 0.85 * pagerank.get(frm, 0) * w / out[frm]
            best.setdefault(to, []).append((share, frm))
        return {to: sorted(c, reverse=True)[:2] for to, c in best.items()}

    exchanges_sql = (
        'SELECT from_person_id, to_person_id, kind, weight, at FROM interaction WHERE from_person_id = :me AND at IS NOT NULL '
        'UNION ALL SELECT from_person_id, to_person_id, kind, weight, at FROM interaction WHERE to_person_id = :me AND at IS NOT NULL ORDER BY 5'
    )

    def reminders():
        last_sent, last_received = {}, {}
        for frm, to, kind, weight, at in db.execute(exchanges_sql, {'me': owner}):
            if frm == owner:
                last_sent[to] = at
            else:
                last_received[frm] = at
        latest = db.execute('SELECT max(id) FROM score_run').fetchone()[0]
        community = dict(db.execute('SELECT person_id, community FROM score WHERE run_id = ?', (latest,)).fetchall())
        return len(last_sent), len(last_received), len(community)

    def conversations():
        months = defaultdict(lambda: {'partners': set(), 'replies': 0, 'quotes': 0})
        for frm, to, kind, weight, at in db.execute(exchanges_sql, {'me': owner}):
            if kind == 'like':
                continue
            m = months[at[:7]]
            m['partners'].add(to if frm == owner else frm)
            if frm != owner and kind == 'reply':
                m['replies'] += 1
            if frm != owner and kind == 'quote':
                m['quotes'] += 1
        return len(months)

    def creators():
        own = "kind IN ('mention','reply','quote','comment')"
        return db.execute(
            f"SELECT from_person_id, sum(at < '2025-01-01' AND {own}), sum(at < '2025-01-01' AND kind = 'repost'), sum(at >= '2025-01-01' AND {own}), sum(at >= '2025-01-01' AND kind = 'repost') "
            f"FROM interaction WHERE at >= '2024-01-01' AND at < '2026-01-01' AND ({own} OR kind = 'repost') GROUP BY from_person_id"
        ).fetchall()

    def audience():
        interacting = {row[0] for row in db.execute(
            "SELECT h.value FROM handle h WHERE h.kind = 'x_id' AND (EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = h.person_id) "
            "OR EXISTS (SELECT 1 FROM interaction i WHERE i.to_person_id = h.person_id))")}
        rows, before = [], None
        for (sid,) in db.execute('SELECT id FROM audience_snapshot ORDER BY taken_at, id').fetchall():
            side = lambda d: {r[0] for r in db.execute('SELECT account_id FROM audience_member WHERE snapshot_id = ? AND direction = ?', (sid, d))}
            followers, followings = side('follower'), side('following')
            gained = len(followers - before) if before is not None else None
            lost = len(before - followers) if before is not None else None
            rows.append((gained, lost, len(followings & followers) / len(followings) if followings else None, len(followers - interacting)))
            before = followers
        return rows

    print(json.dumps({'top': timed(top), 'reminders': timed(reminders), 'conversations': timed(conversations), 'creators': timed(creators), 'audience': timed(audience)}))


if __name__ == '__main__':
    main()
