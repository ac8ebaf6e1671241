// The browser host's rules, tested against a real server on loopback: token, Host header,
// API header, path traversal, and loopback-only binding.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import { ImportStaging } from '../core/import/staging';
import { hostAllowed, tokenMatches } from './auth';
import { startServer, type RunningServer, RendererMissingError } from './server';

const dir = mkdtempSync(join(tmpdir(), 'maillage-serve-'));
let server: RunningServer;
let network: Network;
const staging = new ImportStaging();

before(async () => {
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Maillage</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the bundle');
  network = Network.create(':memory:', { sample: { seed: 2026 } });
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {}, staging });
  server = await startServer({ api, staging, rendererDir: join(dir, 'renderer'), port: 0 });
});
after(async () => {
  await server.close();
  staging.clear();
  network.close();
  rmSync(dir, { recursive: true, force: true });
});

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      { host: options.host ?? '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

test('the page needs the token; with it, a cookie is set and the CSP is sent', async () => {
  assert.equal((await call('/')).status, 401);
  assert.equal((await call('/?token=wrong')).status, 401);
  const ok = await call(`/?token=${server.token}`);
  assert.equal(ok.status, 200);
  assert.match(String(ok.headers['set-cookie']), new RegExp(`^maillage_token_${server.port}=.*HttpOnly; SameSite=Strict`));
  assert.match(String(ok.headers['content-security-policy']), /script-src 'self'/);
  assert.doesNotMatch(String(ok.headers['content-security-policy']), /unsafe-eval/);
  assert.equal(ok.headers['referrer-policy'], 'no-referrer');
  assert.equal((await call('/assets/app.js', { headers: { Cookie: `maillage_token_${server.port}=${server.token}` } })).status, 200);
  assert.equal((await call('/assets/app.js')).status, 401);
});

test('a foreign Host header is refused (DNS rebinding)', async () => {
  assert.equal((await call(`/?token=${server.token}`, { headers: { Host: `evil.example:${server.port}` } })).status, 403);
  assert.equal((await call(`/?token=${server.token}`, { headers: { Host: `localhost:${server.port}` } })).status, 200);
  assert.equal(hostAllowed(`127.0.0.1:${server.port + 1}`, server.port), false);
  assert.equal(hostAllowed(undefined, server.port), false);
});

test('files outside the bundle are never served', async () => {
  const cookie = { Cookie: `maillage_token_${server.port}=${server.token}` };
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00index.html']) {
    const res = await call(path, { headers: cookie });
    assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
    assert.doesNotMatch(res.body, /outside the bundle/);
  }
});

test('the API needs the token header; the cookie alone is not enough', async () => {
  const body = '';
  const json = { 'Content-Type': 'application/json' };
  assert.equal((await call('/api/call/network:info', { method: 'POST', headers: { ...json, Cookie: `maillage_token_${server.port}=${server.token}` }, body })).status, 401);
  const ok = await call('/api/call/network:info', { method: 'POST', headers: { ...json, 'X-Maillage-Token': server.token }, body });
  assert.equal(ok.status, 200);
  assert.equal((JSON.parse(ok.body) as { value: { counts: { people: number } } }).value.counts.people, 300);
  const foreign = await call('/api/call/network:info', { method: 'POST', headers: { ...json, 'X-Maillage-Token': server.token, Origin: 'http://evil.example' }, body });
  assert.equal(foreign.status, 403);
  const invalid = await call('/api/call/person:get', { method: 'POST', headers: { ...json, 'X-Maillage-Token': server.token }, body: '"1"' });
  assert.equal(invalid.status, 400);
  assert.match(invalid.body, /invalid_input/);
  assert.equal((await call('/api/call/network:info', { method: 'POST', headers: { 'X-Maillage-Token': server.token }, body })).status, 415);
  assert.equal((await call('/api/call/nope:nope', { method: 'POST', headers: { ...json, 'X-Maillage-Token': server.token }, body })).status, 404);
});

test('it listens on loopback only', async (t) => {
  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!external) {
    t.skip('this machine has no non-loopback IPv4 address to try');
    return;
  }
  await assert.rejects(call(`/?token=${server.token}`, { host: external.address }), /ECONNREFUSED/);
});

test('tokens compare in constant time and never match empty input', () => {
  assert.equal(tokenMatches('abc', 'abc'), true);
  assert.equal(tokenMatches('abc', 'abd'), false);
  assert.equal(tokenMatches('abc', ''), false);
  assert.equal(tokenMatches('abc', undefined), false);
});

test('a missing renderer bundle is a clear error', async () => {
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {} });
  await assert.rejects(startServer({ api, staging, rendererDir: join(dir, 'nowhere') }), (e: Error) => e instanceof RendererMissingError && /npm run build/.test(e.message));
});

test('a dropped file is staged with the token, previewed and imported through the API; without the token it is refused', async () => {
  const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nZoé,Marchand,https://www.linkedin.com/in/zoe-marchand,,Acme,CMO,02 Mar 2024\r\n';
  const headers = { 'Content-Type': 'application/octet-stream' };
  assert.equal((await call('/api/stage?name=Connections.csv', { method: 'POST', headers, body: csv })).status, 401);
  const staged = await call('/api/stage?name=Connections.csv', { method: 'POST', headers: { ...headers, 'X-Maillage-Token': server.token }, body: csv });
  assert.equal(staged.status, 200);
  const { value } = JSON.parse(staged.body) as { value: { staged: string; fileName: string; size: number } };
  assert.equal(value.fileName, 'Connections.csv');
  assert.equal(value.size, Buffer.byteLength(csv));
  const api = { 'Content-Type': 'application/json', 'X-Maillage-Token': server.token };
  const preview = JSON.parse((await call('/api/call/import:preview', { method: 'POST', headers: api, body: JSON.stringify({ staged: value.staged }) })).body) as { value: { format: string; counts: { people: number } } };
  assert.equal(preview.value.format, 'linkedin');
  assert.equal(preview.value.counts.people, 2);
  const people = network.info().counts.people;
  const commit = JSON.parse((await call('/api/call/import:commit', { method: 'POST', headers: api, body: JSON.stringify({ staged: value.staged }) })).body) as { value: { added: { people: number } } };
  assert.equal(commit.value.added.people, 1);
  assert.equal(network.info().counts.people, people + 1);
  const again = await call('/api/call/import:commit', { method: 'POST', headers: api, body: JSON.stringify({ staged: value.staged }) });
  assert.equal(again.status, 404, 'a staged file is used once');
});
