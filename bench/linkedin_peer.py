"""The peer of bench/linkedin.bench.ts: Python's csv + sqlite3 importing the same LinkedIn export
(Connections.csv + messages.csv) into the same tables — people by profile URL, one interaction
per connection direction and per message recipient, unique external ids — in one transaction.
Prints {"seconds": …, "cpu": …} as one JSON line.

    python3 bench/linkedin_peer.py FOLDER DB
"""
import csv
import json
import sqlite3
import sys
import time

folder, db_path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
c0 = time.process_time()
db = sqlite3.connect(db_path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
db.executescript(
    """
CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, title TEXT, organisation TEXT, is_me INTEGER NOT NULL DEFAULT 0);
CREATE TABLE handle (person_id INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value));
CREATE TABLE interaction (id INTEGER PRIMARY KEY, from_person_id INTEGER NOT NULL, to_person_id INTEGER NOT NULL, kind TEXT NOT NULL,
  channel TEXT NOT NULL, at TEXT, external_id TEXT UNIQUE);
"""
)


def slug(url):
    url = url.strip().split("?")[0].rstrip("/").lower()
    i = url.find("/in/")
    return url[i + 4 :].split("/")[0] if i >= 0 else None


with db:
    ids = {}
    cur = db.execute("INSERT INTO person (name, is_me) VALUES ('Me', 1)")
    me = cur.lastrowid
    rows = []
    with open(f"{folder}/Connections.csv", encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n", 3)[3]
        for r in csv.DictReader(lines.splitlines()):
            s = slug(r["URL"])
            pid = db.execute(
                "INSERT INTO person (name, title, organisation) VALUES (?, ?, ?)", (f"{r['First Name']} {r['Last Name']}", r["Position"], r["Company"])
            ).lastrowid
            ids[s] = pid
            db.execute("INSERT INTO handle VALUES (?, 'linkedin', ?)", (pid, f"https://www.linkedin.com/in/{s}"))
            at = time.strftime("%Y-%m-%d", time.strptime(r["Connected On"], "%d %b %Y"))
            rows.append((me, pid, "connection", "linkedin", at, f"linkedin:connection:{s}:out"))
            rows.append((pid, me, "connection", "linkedin", at, f"linkedin:connection:{s}:in"))
    with open(f"{folder}/messages.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            a = ids.get(slug(r["SENDER PROFILE URL"]), me)
            for url in r["RECIPIENT PROFILE URLS"].split(","):
                b = ids.get(slug(url), me)
                at = r["DATE"].replace(" UTC", "").replace(" ", "T") + ".000Z"
                rows.append((a, b, "message", "linkedin", at, f"linkedin:message:{r['CONVERSATION ID']}:{at}:{a}:{b}"))
    db.executemany("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, external_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0}))
