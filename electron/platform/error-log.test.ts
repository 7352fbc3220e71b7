// The local crash and error log: what is written, that the token never is, that it stays small, and that the support
// bundle carries it.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createErrorLog, ERROR_LOG_FILE, recordProcessErrors, withErrorLog } from './error-log';

const TOKEN = 'bW9uLXRva2VuLXNlY3JldC0xMjM0NTY3ODk=';
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-errors-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const open = (maxBytes?: number) =>
  createErrorLog({ dataDir, secrets: () => [TOKEN, undefined], now: () => new Date('2026-03-02T10:00:00Z'), ...(maxBytes ? { maxBytes } : {}) });

describe('the error log', () => {
  it('writes one entry per error with its time, kind, message and stack, in the data folder', () => {
    const log = open();
    log.record('uncaught-exception', new TypeError('Cannot read properties of undefined'));
    log.record('renderer-gone', 'The window crashed', 'reason crashed, exit code 139');
    expect(log.path).toBe(path.join(dataDir, 'logs', ERROR_LOG_FILE));
    const [first, second] = log.entries();
    expect(first).toMatchObject({ at: '2026-03-02T10:00:00.000Z', kind: 'uncaught-exception', message: 'TypeError: Cannot read properties of undefined' });
    expect(first?.detail).toContain('error-log.test.ts');
    expect(second).toEqual({ at: '2026-03-02T10:00:00.000Z', kind: 'renderer-gone', message: 'The window crashed', detail: 'reason crashed, exit code 139' });
    expect(log.info()).toEqual({ available: true, entries: 2, lastAt: '2026-03-02T10:00:00.000Z' });
  });

  it('never writes the token: the known secret, an Authorization header or a token= pair', () => {
    const log = open();
    log.record('unhandled-rejection', new Error(`Request failed with Authorization: Basic ${TOKEN}`));
    log.record('unhandled-rejection', { config: { headers: { Authorization: 'Basic c29tZW90aGVydG9rZW4xMjM=' } } });
    log.record('uncaught-exception', `replaceToken failed: token=${TOKEN.slice(0, 20)}abcdef`);
    const written = fs.readFileSync(log.path, 'utf8');
    expect(written).not.toContain(TOKEN);
    expect(written).not.toContain(TOKEN.slice(0, 20));
    expect(written).not.toContain('c29tZW90aGVydG9rZW4xMjM=');
    expect(written).toContain('[redacted]');
  });

  it('starts over past its size, keeping the previous log beside it', () => {
    const log = open(400);
    for (let index = 0; index < 10; index += 1) log.record('uncaught-exception', `failure number ${index}`);
    expect(fs.statSync(log.path).size).toBeLessThan(800);
    expect(fs.existsSync(`${log.path}.1`)).toBe(true);
    expect(log.entries().at(-1)?.message).toBe('failure number 9');
  });

  it('reads past a line cut short by a crash, and is empty before anything happened', () => {
    const log = open();
    expect(log.info()).toEqual({ available: true, entries: 0, lastAt: null });
    log.record('uncaught-exception', 'before');
    fs.appendFileSync(log.path, '{"at":"2026-03-02T10:00:00.000Z","kind":"unca');
    fs.appendFileSync(log.path, '\n');
    log.record('uncaught-exception', 'after');
    expect(log.entries().map((entry) => entry.message)).toEqual(['before', 'after']);
  });

  it("records main's uncaught exceptions and unhandled rejections", () => {
    const log = open();
    const processEvents = new EventEmitter();
    recordProcessErrors(processEvents as never, log);
    processEvents.emit('uncaughtException', new Error('boom'));
    processEvents.emit('unhandledRejection', new Error('nobody caught me'));
    expect(log.entries().map((entry) => [entry.kind, entry.message])).toEqual([
      ['uncaught-exception', 'Error: boom'],
      ['unhandled-rejection', 'Error: nobody caught me'],
    ]);
  });
});

describe('the support bundle', () => {
  it('carries the newest entries, secrets removed again', () => {
    const log = open();
    log.record('renderer-gone', 'The window crashed', 'reason oom');
    const bundle = { fileName: 'refurb-desk-support.json', content: JSON.stringify({ app: { version: '1.0.0' }, note: `pasted ${TOKEN}` }) };
    const withLog = withErrorLog(bundle, log, [TOKEN]);
    const parsed = JSON.parse(withLog.content) as { app: unknown; errorLog: { kind: string }[]; note: string };
    expect(withLog.fileName).toBe(bundle.fileName);
    expect(parsed.app).toEqual({ version: '1.0.0' });
    expect(parsed.errorLog.map((entry) => entry.kind)).toEqual(['renderer-gone']);
    expect(withLog.content).not.toContain(TOKEN);
  });
});
