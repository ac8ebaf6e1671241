// Times `import linkedin` of an unpacked export of 5,000 connections and 50,000 messages (the
// issue's bound: ≤ 3 s on this machine), end to end (read + parse every file + one-transaction
// write with identity resolution, role guesses and idempotent ids), against a peer measured in
// the same run on the same files: Python's csv + sqlite3 into the same tables
// (bench/linkedin_peer.py). Then a re-import of the folder with one file touched (a newer export:
// nothing new to add). Prints ratios ours / peer.
//
//   ./node_modules/.bin/node --import tsx bench/linkedin.bench.ts [--connections N] [--messages M]

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/main/core/db/connection';
import { importFile } from '../src/main/core/import/run';

const { values } = parseArgs({
  options: { connections: { type: 'string', default: '5000' }, messages: { type: 'string', default: '50000' }, child: { type: 'string' }, db: { type: 'string' } },
});
const CONNECTIONS = Number(values.connections);
const MESSAGES = Number(values.messages);
const TITLES = ['Chief Marketing Officer', 'Directrice Marketing', 'DSI', 'Journaliste', 'Principal Analyst', 'Consultante senior', 'Head of Brand', 'Office Manager', 'VP Marketing', 'Rédacteur en chef'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OWNER = 'https://www.linkedin.com/in/owner-bench';

function writeExport(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < CONNECTIONS; i++) {
    lines.push(`Prénom${i},Nom${i},https://www.linkedin.com/in/person-${i},,"Company ${i % 700}, SA",${TITLES[i % TITLES.length]},${String((i % 28) + 1).padStart(2, '0')} ${MONTHS[i % 12]} ${2015 + (i % 10)}`);
  }
  writeFileSync(join(folder, 'Connections.csv'), `${lines.join('\r\n')}\r\n`);
  writeFileSync(join(folder, 'Profile.csv'), 'First Name,Last Name,Headline,Twitter Handles\r\nOwner,Bench,CMO,[owner_bench]\r\n');
  const messages = ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS'];
  for (let m = 0; m < MESSAGES; m++) {
    const other = (m * 7919) % CONNECTIONS;
    const name = `Prénom${other} Nom${other}`;
    const url = `https://www.linkedin.com/in/person-${other}`;
    const date = `2024-${String((m % 12) + 1).padStart(2, '0')}-${String((m % 28) + 1).padStart(2, '0')} ${String(m % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:${String((m * 13) % 60).padStart(2, '0')} UTC`;
    const [from, fromUrl, to, toUrl] = m % 2 === 0 ? ['Owner Bench', OWNER, name, url] : [name, url, 'Owner Bench', OWNER];
    messages.push(`conv-${other},,${from},${fromUrl},${to},${toUrl},${date},,"Bonjour, message ${m} — à bientôt",INBOX,`);
  }
  writeFileSync(join(folder, 'messages.csv'), `${messages.join('\r\n')}\r\n`);
}

/** In a child (a fresh process, as the peer gets): one import of FOLDER into DB, then the newer export; one JSON line. */
async function child(folder: string, dbFile: string): Promise<void> {
  const db = openDatabase(dbFile, { create: true });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await importFile(db, 'linkedin', folder);
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  appendFileSync(join(folder, 'Registration.csv'), 'Registered At\r\n1/1/20, 10:00 AM\r\n');
  const t1 = performance.now();
  const again = await importFile(db, 'linkedin', folder);
  const newer = (performance.now() - t1) / 1000;
  db.close();
  console.log(JSON.stringify({ seconds, cpu, people: summary.added.people, interactions: summary.added.interactions, newer, newerAdded: again.added.interactions, newerKnown: again.duplicateInteractions }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-linkedin-'));
  try {
    const folder = join(dir, 'export');
    writeExport(folder);
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', folder, '--db', join(dir, 'ours.maillage')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const ours = JSON.parse(run.stdout.trim()) as { seconds: number; cpu: number; people: number; interactions: number; newer: number; newerAdded: number; newerKnown: number };
    const peer = spawnSync('/usr/bin/python3', [join(import.meta.dirname, 'linkedin_peer.py'), folder, join(dir, 'peer.sqlite')], { encoding: 'utf8' });
    if (peer.status !== 0) throw new Error(peer.stderr);
    const { seconds: peerSeconds, cpu: peerCpu } = JSON.parse(peer.stdout.trim()) as { seconds: number; cpu: number };

    console.log(`LinkedIn export: ${CONNECTIONS} connections, ${MESSAGES} messages`);
    console.log(`ours  import: ${ours.seconds.toFixed(2)} s wall, ${ours.cpu.toFixed(2)} s CPU — added ${ours.people} people, ${ours.interactions} interactions (bound: 3 s)`);
    console.log(`peer  python csv + sqlite3: ${peerSeconds.toFixed(2)} s wall, ${peerCpu.toFixed(2)} s CPU — ratio ours/peer ${(ours.seconds / peerSeconds).toFixed(2)}× wall, ${(ours.cpu / peerCpu).toFixed(2)}× CPU`);
    console.log(`load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores; the bound is for a quiet machine)`);
    console.log(`newer export with nothing new: ${ours.newer.toFixed(2)} s — added ${ours.newerAdded}, ${ours.newerKnown} already there`);
    if (ours.seconds > 3) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.child) await child(values.child, values.db!);
else await main();
