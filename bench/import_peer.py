"""The plain-language floor for bench/import.bench.ts: Python's csv / json + sqlite3 executemany.

    python3 bench/import_peer.py FORMAT FILE DB      (FORMAT: csv | x-api-jsonl)

Writes into DB (already created with Maillage's schema by the bench) what importFile writes, the
straightforward way: hash the file (a re-import of the same bytes is a no-op), read every row
into a list (phase "parse"), then in one transaction create the people not known by handle yet
and insert the interactions with a content-derived external id, ON CONFLICT(external_id) DO
NOTHING (phase "write"). No validation beyond what the csv/json modules do. Prints one JSON line.
"""

import csv
import hashlib
import json
import resource
import sqlite3
import sys
import time


def main() -> None:
    fmt, path, db_path = sys.argv[1], sys.argv[2], sys.argv[3]
    t0 = time.perf_counter()
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    digest = h.hexdigest()

    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute('PRAGMA journal_mode = WAL')
    db.execute('PRAGMA synchronous = NORMAL')
    db.execute('PRAGMA foreign_keys = ON')
    if db.execute('SELECT id FROM import_batch WHERE format = ? AND content_hash = ?', (fmt, digest)).fetchone():
        print(json.dumps({'total': (time.perf_counter() - t0) * 1000, 'already': True, 'rss': rss_mb()}))
        return

    # rows: (from handle, to handle, kind, channel, at, weight, external id or None)
    rows = []
    users = {}  # X id -> (username, name, followers), JSONL only
    if fmt == 'csv':
        with open(path, newline='', encoding='utf-8') as f:
            reader = csv.reader(f)
            next(reader)
            for r in reader:
                rows.append((r[0].lstrip('@').lower(), r[1].lstrip('@').lower(), r[2] or 'mention', r[3] or 'other', r[4] or None, float(r[5] or 1), None))
    else:
        author_of = {}
        with open(path, encoding='utf-8') as f:
            for line in f:
                response = json.loads(line)
                includes = response.get('includes', {})
                for u in includes.get('users', []):
                    users[u['id']] = (u['username'].lower(), u.get('name', ''), u.get('public_metrics', {}).get('followers_count'))
                for t in includes.get('tweets', []):
                    author_of[t['id']] = t.get('author_id')
                for t in response.get('data', []):
                    author = t['author_id']
                    targets = {}
                    if t.get('in_reply_to_user_id'):
                        targets.setdefault(t['in_reply_to_user_id'], 'reply')
                    for ref in t.get('referenced_tweets', []):
                        if ref['type'] == 'quoted' and author_of.get(ref['id']):
                            targets.setdefault(author_of[ref['id']], 'quote')
                    for m in t.get('entities', {}).get('mentions', []):
                        targets.setdefault(m['id'], 'mention')
                    for target, kind in targets.items():
                        if target != author:
                            rows.append((author, target, kind, 'x', t.get('created_at'), 1.0, f"x:tweet:{t['id']}:{kind}:{target}"))
    parsed = time.perf_counter()

    now = time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())
    db.execute('BEGIN')
    batch = db.execute('INSERT INTO import_batch (file_name, format, content_hash, imported_at) VALUES (?, ?, ?, ?)', (path, fmt, digest, now)).lastrowid
    kind_of_handle = 'x' if fmt == 'csv' else 'x_id'
    ids = dict(db.execute('SELECT value, person_id FROM handle WHERE kind = ?', (kind_of_handle,)).fetchall())
    new_people = 0

    def person(handle: str) -> int:
        nonlocal new_people
        pid = ids.get(handle)
        if pid is None:
            if fmt == 'csv':
                name, followers = '@' + handle, None
            else:
                username, name, followers = users.get(handle, (None, '', None))
                name = name or ('@' + username if username else 'X user ' + handle)
            pid = db.execute('INSERT INTO person (name, followers, import_batch_id, created_at) VALUES (?, ?, ?, ?)', (name, followers, batch, now)).lastrowid
            db.execute('INSERT INTO handle (person_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', (pid, kind_of_handle, handle))
            if fmt != 'csv' and handle in users:
                db.execute("INSERT INTO handle (person_id, kind, value) VALUES (?, 'x', ?) ON CONFLICT DO NOTHING", (pid, users[handle][0]))
            ids[handle] = pid
            new_people += 1
        return pid

    occurrences = {}

    def values():
        for (frm, to, kind, channel, at, weight, external) in rows:
            a, b = person(frm), person(to)
            if external is None:
                content = f'{a}|{b}|{kind}|{channel}|{at or ""}|{weight:g}'
                n = occurrences.get(content, 0) + 1
                occurrences[content] = n
                external = f'{fmt}:' + hashlib.sha1(f'{content}|{n}'.encode()).hexdigest()
            yield (a, b, kind, channel, at, weight, batch, external)

    cursor = db.executemany(
        'INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id) '
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(external_id) DO NOTHING',
        values(),
    )
    added = cursor.rowcount  # summed changes of the INSERTs: rows skipped as duplicates count 0
    db.execute('COMMIT')
    done = time.perf_counter()
    print(json.dumps({
        'total': (done - t0) * 1000,
        'parse': (parsed - t0) * 1000,
        'write': (done - parsed) * 1000,
        'added': added,
        'people': new_people,
        'rss': rss_mb(),
    }))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == '__main__':
    main()
