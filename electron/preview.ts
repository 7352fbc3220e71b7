// The browser-preview host: the same core services and contract as the Electron shell, served over HTTP on 127.0.0.1
// with the built renderer, for machines where Electron cannot run and for the end-to-end tests.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CallOutcome } from '../shared/bridge';
import { MAX_STAGED_FILE_BYTES } from '../shared/contract';
import { createCore, type Core, type CoreOptions } from './core/app';
import { dispatch } from './core/dispatch';

export interface PreviewOptions {
  dataDir: string;
  /** The built renderer (vite build output). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  version?: string;
  /** Fixed only in tests; a fresh random secret otherwise. */
  secret?: string;
  /**
   * Core adapters for tests (a fake Back Market client, a short task delay and sync poll, a clock); settings and token
   * default to the preview's. `npm run preview` passes none: the merchant's preview runs with the app's own timings.
   */
  core?: Pick<CoreOptions, 'createClient' | 'sandboxTaskDelayMs' | 'syncPoll' | 'now'>;
}

export interface PreviewHost {
  url: string;
  secret: string;
  core: Core;
  close(): Promise<void>;
}

const MAX_CALL_BODY_BYTES = 5 * 1024 * 1024;
const SECRET_META = 'refurb-preview-secret';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
export const PREVIEW_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: 'invalid-input' | 'unavailable' = 'unavailable',
  ) {
    super(message);
  }
}

function sameSecret(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** How much of an oversize body is read and thrown away so the client can read the 413 (a reset would hide it). */
const OVERSIZE_DRAIN_BYTES = 512 * 1024 * 1024;

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads a request body up to `limit` bytes. Past the limit the rest is read and dropped, and the 413 is answered once the
 * client has finished sending: answering and closing mid-upload makes the client see a connection reset instead of
 * the message. A body beyond the drain allowance is cut off (the client is then not a browser sending a file).
 */
function readBody(request: http.IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + OVERSIZE_DRAIN_BYTES) {
      reject(new HttpProblem(413, tooLarge, 'invalid-input'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit + OVERSIZE_DRAIN_BYTES) {
        request.destroy();
        return;
      }
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => (size > limit ? reject(new HttpProblem(413, tooLarge, 'invalid-input')) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
    request.on('close', () => reject(new HttpProblem(400, 'The request was cut off before its end.', 'invalid-input')));
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

const failure = (message: string, code: 'invalid-input' | 'unavailable' = 'invalid-input'): CallOutcome => ({ ok: false, failure: { code, message } });

const FILE_TOO_LARGE = `The file is larger than ${megabytes(MAX_STAGED_FILE_BYTES)}, the most Refurb Desk imports at once. Split it into smaller files and import them one after the other.`;
const CALL_TOO_LARGE = `This request is larger than ${megabytes(MAX_CALL_BODY_BYTES)}, the most the preview accepts for one call. Send fewer products at once (a smaller selection), or import them from a CSV file.`;

/** A page path decoded, or a 400: a malformed %-escape is the client's mistake, not the host's failure. */
function decodedPath(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    throw new HttpProblem(400, 'The address is not valid (a malformed %-escape). Check the link, or open the preview from its start address.', 'invalid-input');
  }
}

export async function startPreviewHost(options: PreviewOptions): Promise<PreviewHost> {
  const secret = options.secret ?? crypto.randomBytes(24).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(`The renderer is not built (${indexFile} is missing). Run "npm run build:renderer" first.`);
  }
  // The preview keeps its settings in a conf file in the data folder and the token in memory only (createCore's defaults).
  const core = await createCore({ ...options.core, dataDir: options.dataDir, shell: 'preview', version: options.version ?? '0.0.0' });
  let allowedHosts: Set<string> = new Set();
  const sseClients = new Set<http.ServerResponse>();

  const unsubscribe = core.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  function serveStatic(urlPath: string, response: http.ServerResponse): void {
    const relative = decodedPath(urlPath === '/' ? '/index.html' : urlPath);
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new HttpProblem(404, 'Not found.');
    }
    const headers = {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': PREVIEW_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (file === indexFile) {
      const html = fs.readFileSync(file, 'utf8').replace('<head>', `<head>\n    <meta name="${SECRET_META}" content="${secret}" />`);
      response.writeHead(200, headers);
      response.end(html);
      return;
    }
    response.writeHead(200, headers);
    fs.createReadStream(file).pipe(response);
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // A page on another site may resolve its own name to 127.0.0.1 (DNS rebinding): only our own Host is served.
    if (!allowedHosts.has(request.headers.host ?? '')) throw new HttpProblem(421, 'Unknown host.');
    const origin = request.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) throw new HttpProblem(403, 'Cross-origin requests are not served.');
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://preview.invalid');
    } catch {
      throw new HttpProblem(400, 'The address is not valid.', 'invalid-input');
    }

    if (!url.pathname.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpProblem(405, 'Method not allowed.');
      serveStatic(url.pathname, response);
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      if (!sameSecret(secret, url.searchParams.get('secret') ?? undefined)) throw new HttpProblem(401, 'Missing or wrong preview secret.');
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      sseClients.add(response);
      request.on('close', () => sseClients.delete(response));
      return;
    }
    if (request.method !== 'POST') throw new HttpProblem(405, 'Method not allowed.');
    const givenSecret = request.headers['x-refurb-secret'];
    if (!sameSecret(secret, typeof givenSecret === 'string' ? givenSecret : undefined)) throw new HttpProblem(401, 'Missing or wrong preview secret.');

    if (url.pathname === '/api/files') {
      const bytes = await readBody(request, MAX_STAGED_FILE_BYTES, FILE_TOO_LARGE);
      sendJson(response, 200, await dispatch(core.handlers, 'files:stage', { name: url.searchParams.get('name') ?? 'upload.csv', bytes: new Uint8Array(bytes) }));
      return;
    }
    // Domains are camelCase too (careFolders:list); dispatch refuses any name the contract does not have.
    const call = /^\/api\/call\/([a-z][A-Za-z]*:[A-Za-z]+)$/.exec(url.pathname);
    if (!call?.[1]) throw new HttpProblem(404, 'Not found.');
    const body = await readBody(request, MAX_CALL_BODY_BYTES, CALL_TOO_LARGE);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(response, 200, failure('The request body is not valid JSON.'));
      return;
    }
    sendJson(response, 200, await dispatch(core.handlers, call[1], input));
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpProblem ? error.status : 500;
      if (!(error instanceof HttpProblem)) console.error('Preview host error', error);
      // After a 413 the connection is not reused: the client may still be sending.
      if (status === 413) response.setHeader('Connection', 'close');
      if (!response.headersSent) sendJson(response, status, failure(error instanceof HttpProblem ? error.message : 'The preview host failed.', error instanceof HttpProblem ? error.code : 'unavailable'));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://127.0.0.1:${port}/`,
    secret,
    core,
    close: async () => {
      unsubscribe();
      for (const client of sseClients) client.end();
      // Stop listening, then drop every connection at once: an EventSource reconnecting meanwhile must not hold close().
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await core.close();
    },
  };
}
