// The HTTP pipeline: body, faults, rate limits, headers and auth, routing, and error answers that never crash the server.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Sandbox } from '../runtime';
import { market as marketOf, DEFAULT_MARKET } from '../domain/markets';
import { authenticate, checkControlSecret } from '../routes/auth';
import { errorBody, HttpError, requestId, type ErrorStyle } from './errors';
import { parseJson, readBody } from './body';
import { applyFaults } from './faults';
import type { Reply, RequestContext, Router } from './router';

export const CONTROL_PREFIX = '/__sandbox';

function send(res: ServerResponse, reply: Reply, id: string): void {
  if (res.headersSent || res.destroyed) return;
  const text = reply.type === 'text' ? String(reply.body) : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': reply.type === 'text' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Request-Id': id,
    ...reply.headers,
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: HttpError, style: ErrorStyle, id: string): void {
  send(res, { status: error.status, body: errorBody(error, style, id), headers: error.extra.headers }, id);
}

async function handle(sandbox: Sandbox, routers: { ws: Router; control: Router }, req: IncomingMessage, res: ServerResponse, baseUrl: string): Promise<void> {
  const id = requestId();
  const method = (req.method ?? 'GET').toUpperCase();
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  } catch {
    sendError(res, new HttpError(400, 'invalid_request', 'The request URL cannot be read.'), 'v1', id);
    return;
  }
  const path = url.pathname;
  const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
  const { match, allowed } = (isControl ? routers.control : routers.ws).match(method, path);
  const style: ErrorStyle = match?.route.errorStyle ?? 'v1';
  try {
    const state = sandbox.state;
    const raw = await readBody(req, state.config.limits.maxBodyBytes);
    if (!isControl) {
      const fault = await applyFaults(state, path);
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'error') throw fault.error;
      sandbox.limiter.check(state, sandbox.clock(), match?.route.scope);
    }
    const market = isControl ? marketOf(DEFAULT_MARKET) : authenticate(req.headers, state.token);
    if (isControl) checkControlSecret(req.headers, state.controlSecret);
    if (!match) {
      if (allowed.length > 0) throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`, { headers: { Allow: allowed.join(', ') } });
      throw new HttpError(404, 'not_found', `No such path: ${path}.`);
    }
    let parsed: { value: unknown } | undefined;
    const context: RequestContext = {
      sandbox,
      method,
      path,
      params: match.params,
      query: url.searchParams,
      headers: req.headers,
      body: () => (parsed ??= { value: parseJson(raw, state.config.limits.maxBodyBytes) }).value,
      market,
      baseUrl,
      now: sandbox.now(),
    };
    if (raw.tooLarge) context.body();
    send(res, await match.route.handler(context), id);
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error, style, id);
    else {
      const message = error instanceof Error ? error.message : String(error);
      sendError(res, new HttpError(500, 'internal_error', `The sandbox failed on this request: ${message}`), style, id);
    }
  }
}

export function createServer(sandbox: Sandbox, routers: { ws: Router; control: Router }, baseUrl: () => string): http.Server {
  const server = http.createServer((req, res) => {
    handle(sandbox, routers, req, res, baseUrl()).catch(() => {
      if (!res.headersSent) res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  return server;
}
