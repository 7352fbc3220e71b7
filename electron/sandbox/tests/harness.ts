// Test helpers: start a sandbox in-process and call its Back Market and control APIs (node:http, exact headers).
import http from 'node:http';
import { DETAILED_PROFILES, startSandbox, type RunningSandbox, type SandboxOptions } from '../index';
import { addressSpellingUnderTest } from './address-spelling-under-test';

export const USER_AGENT = 'BM-RefurbDesk-Tests;tests@refurb-desk.invalid';

export interface Answer {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

export interface Harness {
  sandbox: RunningSandbox;
  api(method: string, path: string, options?: { body?: unknown; rawBody?: string; market?: string | null; headers?: Record<string, string>; token?: string | null; userAgent?: string | null }): Promise<Answer>;
  control(method: string, path: string, body?: unknown): Promise<Answer>;
  close(): Promise<void>;
}

/** One HTTP request with exactly the given headers (fetch would add a User-Agent). */
export function request(url: string, method: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(key, value);
        let parsed: unknown = text;
        if ((res.headers['content-type'] ?? '').includes('json') && text !== '') parsed = JSON.parse(text) as unknown;
        resolve({ status: res.statusCode ?? 0, body: parsed, text, headers: responseHeaders });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  // The behaviour tests were written for the detailed profiles; profiles.test.ts covers each profile and the defaults.
  const sandbox = await startSandbox({ taskDelayMs: 0, validationDelayMs: 0, ...addressSpellingUnderTest(), ...options, profiles: { ...DETAILED_PROFILES, ...options.profiles } });
  return {
    sandbox,
    async api(method, path, opts = {}) {
      const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
      if (opts.token !== null) headers.Authorization = `Basic ${opts.token ?? sandbox.token}`;
      if (opts.userAgent !== null) headers['User-Agent'] = opts.userAgent ?? USER_AGENT;
      if (opts.market !== null) headers['Accept-Language'] = opts.market ?? 'fr-fr';
      let body: string | undefined = opts.rawBody;
      if (opts.body !== undefined) body = JSON.stringify(opts.body);
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return request(`${sandbox.url}${path}`, method, headers, body);
    },
    async control(method, path, body) {
      const headers: Record<string, string> = { 'X-Sandbox-Secret': sandbox.controlSecret };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return request(`${sandbox.url}/__sandbox${path}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
    },
    close: () => sandbox.close(),
  };
}

/** Polls a task until it is done (9) or failed (8). */
export async function waitForTask(harness: Harness, taskId: number, market = 'fr-fr'): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await harness.api('GET', `/ws/tasks/${taskId}`, { market });
    const body = response.body as Record<string, unknown>;
    if (body.action_status === 9 || body.action_status === 8) return body;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Task ${taskId} did not finish`);
}

/** A CSV catalog body for POST /ws/listings. */
export function catalog(lines: string[], delimiter = ';'): { catalog: string; quotechar: string; delimiter: string; encoding: string } {
  return { catalog: lines.join('\n'), quotechar: '"', delimiter, encoding: 'utf-8' };
}
