// Issue #12, `maillage serve`'s smaller holes: the cookie is named per port, a malformed cookie
// is a 401, the event stream checks Origin, an oversized body gets a 413, the content type is
// matched exactly, staging folders of killed processes are removed, and --db never creates folders.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import { ImportStaging, removeAbandonedStaging } from '../core/import/staging';
import { MAX_BODY_BYTES, startServer, type RunningServer } from './server';

const dir = mkdtempSync(join(tmpdir(), 'maillage-serve-hardening-'));
const servers: RunningServer[] = [];
const staging = new ImportStaging();
let network: Network;

async function serve(): Promise<RunningServer> {
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {}, staging });
  const server = await startServer({ api, staging, rendererDir: join(dir, 'renderer'), port: 0 });
  servers.push(server);
  return server;
}

before(() => {
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Maillage</title>');
  network = Network.create(':memory:', { sample: { seed: 3, people: 30, interactions: 40 } });
});
after(async () => {
  for (const server of servers) await server.close();
  staging.clear();
  network.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(server: RunningServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        if (res.headers['content-type'] === 'text/event-stream') {
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
          res.destroy();
        }
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

test('the token cookie is named after the port: a second serve in the same browser does not replace the first one\'s', async () => {
  const first = await serve();
  const second = await serve();
  const cookieOf = async (server: RunningServer) => String((await call(server, `/?token=${server.token}`)).headers['set-cookie']).split(';')[0] as string;
  const a = await cookieOf(first);
  const b = await cookieOf(second);
  assert.equal(a, `maillage_token_${first.port}=${first.token}`);
  assert.equal(b, `maillage_token_${second.port}=${second.token}`);
  // The browser sends both cookies to both ports: each server still finds its own.
  const both = `${a}; ${b}`;
  assert.equal((await call(first, '/', { headers: { Cookie: both } })).status, 200);
  assert.equal((await call(second, '/', { headers: { Cookie: both } })).status, 200);
});

test('a malformed cookie is a 401, not a 500', async () => {
  const server = await serve();
  for (const cookie of [`maillage_token_${server.port}=%E0%A4%A`, `maillage_token_${server.port}=%zz`, "maillage_token=%zz", "%%%=%%%"]) {
    assert.equal((await call(server, '/', { headers: { Cookie: cookie } })).status, 401, cookie);
    assert.equal((await call(server, '/api/events', { headers: { Cookie: cookie } })).status, 401, cookie);
  }
});

test('/api/events checks Origin: another page cannot open the stream even with the cookie', async () => {
  const server = await serve();
  const Cookie = `maillage_token_${server.port}=${server.token}`;
  assert.equal((await call(server, '/api/events', { headers: { Cookie, Origin: 'http://evil.example' } })).status, 403);
  assert.equal((await call(server, '/api/events', { headers: { Cookie, Origin: `http://127.0.0.1:${server.port + 1}` } })).status, 403);
  assert.equal((await call(server, '/api/events', { headers: { Cookie, Origin: `http://127.0.0.1:${server.port}` } })).status, 200);
  assert.equal((await call(server, '/api/events', { headers: { Cookie } })).status, 200);
});

test('a body over 10 MB gets a 413 answer, not a connection reset', async () => {
  const server = await serve();
  const headers = { 'Content-Type': 'application/json', 'X-Maillage-Token': server.token };
  const big = Buffer.alloc(MAX_BODY_BYTES + 1024 * 1024, 0x20);
  const announced = await call(server, '/api/call/network:info', { method: 'POST', headers, body: big });
  assert.equal(announced.status, 413);
  assert.match(announced.body, /over 10 MB/);
  // Without Content-Length (chunked), the limit is found while reading.
  const chunked = await call(server, '/api/call/network:info', { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' }, body: big });
  assert.equal(chunked.status, 413);
  assert.equal((await call(server, '/api/call/network:info', { method: 'POST', headers, body: '' })).status, 200, 'the server still answers');
});

test('the content type must be application/json exactly (parameters allowed), not a prefix', async () => {
  const server = await serve();
  const post = (type: string) => call(server, '/api/call/network:info', { method: 'POST', headers: { 'Content-Type': type, 'X-Maillage-Token': server.token }, body: '' });
  assert.equal((await post('application/jsonx')).status, 415);
  assert.equal((await post('application/json-patch+json')).status, 415);
  assert.equal((await post('application/json; charset=utf-8')).status, 200);
  assert.equal((await post('Application/JSON')).status, 200);
});

test('staging folders left by a killed process are removed at start; a running process keeps its own', () => {
  const temp = join(dir, 'tmp');
  mkdirSync(temp);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const abandoned = join(temp, `maillage-import-${dead}-abc123`);
  mkdirSync(abandoned);
  writeFileSync(join(abandoned, 'staged-upload'), 'a private LinkedIn export');
  const live = join(temp, `maillage-import-${process.pid}-def456`);
  mkdirSync(live);
  const oldStyle = join(temp, 'maillage-import-Xy12Zq');
  mkdirSync(oldStyle);
  const day = 24 * 3600;
  utimesSync(oldStyle, Date.now() / 1000 - 2 * day, Date.now() / 1000 - 2 * day);
  const recentOldStyle = join(temp, 'maillage-import-Ab34Cd');
  mkdirSync(recentOldStyle);
  const unrelated = join(temp, 'other-app-folder');
  mkdirSync(unrelated);
  assert.deepEqual(removeAbandonedStaging(temp).sort(), [abandoned, oldStyle].sort());
  assert.equal(existsSync(abandoned), false);
  assert.ok(existsSync(live) && existsSync(recentOldStyle) && existsSync(unrelated));
});

test('serve --db in a folder that does not exist is refused, and no folder is created', async () => {
  const missing = join(dir, 'no-such-folder', 'deeper', 'club.maillage');
  const child = spawn(process.execPath, ['bin/maillage.mjs', '--db', missing, 'serve', '--renderer', join(dir, 'renderer')], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  assert.equal(code, 2);
  assert.equal(stderr.trim(), `maillage: ${missing}: the folder ${join(dir, 'no-such-folder', 'deeper')} does not exist; create it first or check the path (serve does not create folders)`);
  assert.equal(existsSync(join(dir, 'no-such-folder')), false);
});
