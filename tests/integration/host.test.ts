import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { startHost, type RunningHost } from '../../electron/host/server';
import { ok } from '../../shared/result';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
let host: RunningHost;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tend</title>');
  backend = await openBackend(join(dir, 'tend.db'));
  host = await startHost({ api: backend.api, rendererDir, registerUpload: async (path, name) => ok(backend.files.register(path, name, true)) });
});
afterEach(async () => {
  await host.close();
  await backend.close();
  cleanup();
});

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${host.port}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('the browser host', () => {
  it('listens on loopback only and prints an address with its token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('serves the console with a strict CSP', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`http://127.0.0.1:${host.port}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('rejects API calls without the right token', async () => {
    expect((await post('/api/store.summary', '{}')).status).toBe(401);
    expect((await post('/api/store.summary', '{}', { 'x-tend-token': 'wrong' })).status).toBe(401);
    const good = await post('/api/store.summary', '{}', { 'x-tend-token': host.token });
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true, value: { accounts: 0 } });
  });

  it('answers bad calls with errors as data', async () => {
    const token = { 'x-tend-token': host.token };
    expect(await (await post('/api/drop.everything', '{}', token)).json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await (await post('/api/today.list', '{not json', token)).json()).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const invalid = await (await post('/api/today.list', JSON.stringify({ asOf: "2026-11-24'; drop table accounts;--", owner: null }), token)).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(/YYYY-MM-DD/) } });
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('takes an uploaded file, previews it and imports it in the background', async () => {
    const csv = 'Activity Date,Account Name,Assigned To,Call Direction,Activity Type,Comments\n' +
      '2026-10-01,Northwind Logistics,Maya Patel,Outbound,Call,"Renewal talk, went well"\n' +
      '2026-10-15,Bluepeak Dental,Tom Reilly,Inbound,Email,Complained about the invoice\n';
    expect((await post('/upload?name=log.csv', csv)).status).toBe(401);
    const token = { 'x-tend-token': host.token };
    const uploaded = (await (await post('/upload?name=../../log.csv', csv, token)).json()) as { ok: true; value: { fileId: string; name: string; bytes: number } };
    expect(uploaded).toMatchObject({ ok: true, value: { name: 'log.csv', bytes: Buffer.byteLength(csv) } });
    const fileId = uploaded.value.fileId;

    const preview = await (await post('/api/import.preview', JSON.stringify({ fileId }), token)).json();
    expect(preview).toMatchObject({ ok: true, value: { kindGuess: { kind: 'touchpoints' }, problems: [], header: expect.arrayContaining(['Account Name']) } });
    expect(preview.value.rows).toHaveLength(2);

    const started = await (await post('/api/import.start', JSON.stringify({ fileId, mapping: preview.value.mapping, unknownAccounts: 'create' }), token)).json();
    expect(started).toMatchObject({ ok: true });
    let state;
    for (let i = 0; i < 100; i++) {
      state = (await (await post('/api/import.progress', JSON.stringify({ jobId: started.value.jobId }), token)).json()).value;
      if (state.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(state).toMatchObject({ state: 'done', summary: { added: 2, accountsCreated: 2, fileName: 'log.csv' } });
    const history = await (await post('/api/import.history', '{}', token)).json();
    expect(history.value).toMatchObject([{ fileName: 'log.csv', added: 2, status: 'complete' }]);
    // A page cannot name a file on disk: only registered ids are accepted.
    const sneaky = await (await post('/api/import.preview', JSON.stringify({ fileId: '/etc/passwd' }), token)).json();
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
