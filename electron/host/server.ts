import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, sep } from 'node:path';
import { API_METHODS, type ApiMethod, type PickedFile, type TendApi } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../backend/security';

const MAX_BODY_BYTES = 1_000_000;
const MAX_UPLOAD_BYTES = 2 * 2 ** 30;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HostOptions {
  api: TendApi;
  /** Makes an uploaded file importable; the host keeps the copy in a temp folder until it stops. */
  registerUpload?: (path: string, name: string) => Promise<Result<PickedFile>>;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
}

export interface RunningHost {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser console's host: the built renderer plus the contract over HTTP,
 * on 127.0.0.1 only. Every API call must carry the per-run token, and requests
 * naming another host are refused, so other local users' pages and DNS
 * rebinding cannot drive the backend.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, fail('internal', `The console host failed: ${String(error)}`));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('This console only answers on 127.0.0.1.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return serveApi(request, response, url.pathname.slice(5));
    if (url.pathname === '/upload') return serveUpload(request, response, url.searchParams.get('name') ?? 'upload.csv');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    return serveFile(response, url.pathname);
  }

  function authorised(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'POST') {
      sendJson(response, 405, fail('invalid_argument', 'API calls are POST requests.'));
      return false;
    }
    const given = Buffer.from(String(request.headers['x-tend-token'] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      sendJson(response, 401, fail('unauthorized', 'This console session has expired. Open the address printed by "npm start" again.'));
      return false;
    }
    return true;
  }

  /** The browser console's way to hand Tend a file to import: streamed to a temp copy, never held in memory. */
  async function serveUpload(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (!authorised(request, response)) return;
    if (!options.registerUpload) {
      sendJson(response, 404, fail('not_found', 'This console cannot receive files.'));
      return;
    }
    uploadDir ??= await mkdtemp(join(tmpdir(), 'tend-uploads-'));
    const safeName = basename(name).replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'upload.csv';
    const path = join(uploadDir, `${randomBytes(6).toString('hex')}-${safeName}`);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) done(new BodyTooLarge(`Files over ${MAX_UPLOAD_BYTES / 2 ** 30} GB cannot be imported. Split the export into smaller files.`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(request, limit, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      sendJson(response, 413, fail('invalid_argument', error instanceof BodyTooLarge ? error.message : 'The upload was interrupted. Try again.'));
      return;
    }
    const registered = await options.registerUpload(path, basename(name));
    if (!registered.ok) await rm(path, { force: true });
    sendJson(response, 200, registered);
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (!authorised(request, response)) return;
    if (!(API_METHODS as string[]).includes(method)) {
      sendJson(response, 404, fail('not_found', `Unknown API method "${method}".`));
      return;
    }
    let args: unknown;
    try {
      args = JSON.parse((await readBody(request)) || '{}');
    } catch (error) {
      sendJson(response, 400, fail('invalid_argument', error instanceof BodyTooLarge ? error.message : 'The request body is not valid JSON.'));
      return;
    }
    const result = await options.api[method as ApiMethod](args as never);
    sendJson(response, 200, result);
  }

  async function serveFile(response: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const full = normalize(join(options.rendererDir, relative));
    if (!full.startsWith(normalize(options.rendererDir) + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(full);
      response.writeHead(200, {
        'content-type': TYPES[extname(full)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': relative === 'index.html' ? 'no-store' : 'max-age=3600',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  }

  let uploadDir: string | undefined;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          if (uploadDir) void rm(uploadDir, { recursive: true, force: true }).finally(resolve);
          else resolve();
        });
      }),
  };
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge('The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
