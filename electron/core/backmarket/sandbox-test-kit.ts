// Test support: the sandbox marketplace behind a recording proxy that counts what reaches it and can stand in for
// Back Market's edge (firewall pages, dropped connections, 5xx) where the sandbox has no switch for it.
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DETAILED_PROFILES, startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox';
import { addressSpellingUnderTest } from '../../sandbox/tests/address-spelling-under-test';
import type { ActivityEntry } from './activity';
import { createBackMarketClient, type BackMarketClient, type BackMarketClientOptions } from './client';
import { RateLimiter } from './rate-limiter';

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body of a write, as sent. */
  body?: string;
  /** The sandbox's status, once it answered (even when the proxy then cut the answer); undefined when it never did. */
  status?: number;
}

/**
 * What the proxy does with a matching request instead of forwarding it:
 * 'drop' cuts the connection before the sandbox sees it; 'drop-after-forward' lets the sandbox act, then cuts the answer;
 * an answer object is sent as is.
 */
export type StandIn = 'drop' | 'drop-after-forward' | { status: number; body: string; headers?: Record<string, string> };

export interface TestMarketplace {
  sandbox: RunningSandbox;
  /** The proxy's address: what clients use as their sandbox URL. */
  url: string;
  /** Every /ws request that reached the proxy, in order. */
  seen: SeenRequest[];
  count(method: string, pathPrefix: string): number;
  /** The next `times` requests of this method on paths starting with the prefix get the stand-in. */
  standIn(method: string, pathPrefix: string, standIn: StandIn, times?: number): void;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

interface Rule {
  method: string;
  prefix: string;
  standIn: StandIn;
  left: number;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(target: string, req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const upstream = http.request(`${target}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (res) => {
      readAll(res).then((answer) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: answer }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** The sandbox behind the proxy; its profiles default to the detailed ones the client tests were written for. */
export async function startTestMarketplace(options: SandboxOptions = {}): Promise<TestMarketplace> {
  const sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0, validationDelayMs: 0, ...addressSpellingUnderTest(), ...options, profiles: { ...DETAILED_PROFILES, ...options.profiles } });
  const seen: SeenRequest[] = [];
  const rules: Rule[] = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const path = req.url ?? '/';
      const method = (req.method ?? 'GET').toUpperCase();
      const request: SeenRequest = { method, path, headers: req.headers, ...(method === 'GET' ? {} : { body: body.toString('utf8') }) };
      if (path.startsWith('/ws')) seen.push(request);
      const rule = rules.find((candidate) => candidate.left > 0 && candidate.method === method && path.startsWith(candidate.prefix));
      if (rule) rule.left -= 1;
      if (rule?.standIn === 'drop') {
        req.socket.destroy();
        return;
      }
      if (rule && typeof rule.standIn === 'object') {
        res.writeHead(rule.standIn.status, { 'Content-Type': 'application/json', ...rule.standIn.headers });
        res.end(rule.standIn.body);
        return;
      }
      const answer = await forward(sandbox.url, req, body);
      request.status = answer.status;
      if (rule?.standIn === 'drop-after-forward') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    sandbox,
    url,
    seen,
    count: (method, prefix) => seen.filter((request) => request.method === method && request.path.startsWith(prefix)).length,
    standIn: (method, prefix, standIn, times = 1) => {
      rules.push({ method, prefix, standIn, left: times });
    },
    async control<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${sandbox.url}/__sandbox${path}`, {
        method,
        headers: { 'X-Sandbox-Secret': sandbox.controlSecret, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`Control ${method} ${path} answered ${response.status}: ${text}`);
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.close();
    },
  };
}

export const COMPANY = 'Ré-Tech Paris; S.A.S';
export const EMAIL = 'ops@retech.example';

export interface TestClient {
  client: BackMarketClient;
  activity: ActivityEntry[];
  limiter: RateLimiter;
}

/** A client on the marketplace with fast retries, recording its activity. */
export function testClient(market: TestMarketplace, overrides: Partial<BackMarketClientOptions> = {}): TestClient {
  const activity: ActivityEntry[] = [];
  const limiter = overrides.limiter ?? new RateLimiter();
  const client = createBackMarketClient({
    baseUrl: market.url,
    token: market.sandbox.token,
    company: COMPANY,
    email: EMAIL,
    limiter,
    onActivity: (entry) => activity.push(entry),
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 40 },
    timeoutMs: 5_000,
    ...overrides,
  });
  return { client, activity, limiter };
}
