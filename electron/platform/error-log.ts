// The desktop app's local crash and error log: main's uncaught exceptions and unhandled rejections, renderer and helper
// process crashes, a startup that failed. One JSON line per entry in the data folder's logs/, so support can read it
// from the support bundle or the merchant can open it from Settings. The API token is taken out of every entry before
// it is written (and again when the bundle is made). Plain Node: the Electron events are hooked up in main.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorLogInfo } from '../../shared/contract/desktop-calls';
import { redactSecrets } from '../core/connection/activity-log';

export const ERROR_LOG_FOLDER = 'logs';
export const ERROR_LOG_FILE = 'refurb-desk-errors.log';
/** Past this size the log starts over, the previous one kept beside it as .1: a crash loop cannot fill the disk. */
export const ERROR_LOG_MAX_BYTES = 1024 * 1024;
/** Entries a support bundle carries: the newest ones. */
export const BUNDLE_ENTRIES = 200;

export type ErrorKind = 'uncaught-exception' | 'unhandled-rejection' | 'renderer-gone' | 'child-process-gone' | 'startup-failed' | 'update-failed';

export interface ErrorLogEntry {
  at: string;
  kind: ErrorKind;
  message: string;
  /** The stack, or the crash details Electron gave (reason, exit code, process type). */
  detail?: string;
}

export interface ErrorLog {
  readonly path: string;
  record(kind: ErrorKind, error: unknown, detail?: string): void;
  entries(limit?: number): ErrorLogEntry[];
  info(): ErrorLogInfo;
}

export interface ErrorLogOptions {
  dataDir: string;
  /** The secrets known right now (the token, the sandbox's): removed from every entry. */
  secrets: () => readonly (string | undefined)[];
  now?: () => Date;
  maxBytes?: number;
}

/** Credentials in a shape we recognise even when the secret itself is not known to us (an Authorization header). */
const CREDENTIAL_PATTERNS: [RegExp, string][] = [
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/g, '$1 [redacted]'],
  [/\b(token|api_key|apikey|password)(["']?\s*[:=]\s*["']?)[^\s"',&]{6,}/gi, '$1$2[redacted]'],
];

export function redactEntryText(text: string, secrets: readonly (string | undefined)[]): string {
  let redacted = redactSecrets(text, secrets);
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) redacted = redacted.replace(pattern, replacement);
  return redacted;
}

function describe(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
  if (typeof error === 'string') return { message: error };
  try {
    return { message: JSON.stringify(error) ?? String(error) };
  } catch {
    return { message: String(error) };
  }
}

export function createErrorLog({ dataDir, secrets, now = () => new Date(), maxBytes = ERROR_LOG_MAX_BYTES }: ErrorLogOptions): ErrorLog {
  const file = path.join(dataDir, ERROR_LOG_FOLDER, ERROR_LOG_FILE);

  const safeSecrets = () => {
    try {
      return secrets();
    } catch {
      return [];
    }
  };

  const rotateIfFull = () => {
    try {
      if (fs.statSync(file).size >= maxBytes) fs.renameSync(file, `${file}.1`);
    } catch {
      // no log yet
    }
  };

  const read = (): ErrorLogEntry[] => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    const entries: ErrorLogEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        entries.push(JSON.parse(line) as ErrorLogEntry);
      } catch {
        // a line cut short by a crash mid-write: skipped, the rest is still read
      }
    }
    return entries;
  };

  return {
    path: file,
    record(kind, error, detail) {
      const known = safeSecrets();
      const described = describe(error);
      const extra = [detail, described.stack].filter((part): part is string => Boolean(part)).join('\n');
      const entry: ErrorLogEntry = {
        at: now().toISOString(),
        kind,
        message: redactEntryText(described.message, known),
        ...(extra ? { detail: redactEntryText(extra, known) } : {}),
      };
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        rotateIfFull();
        // Synchronous on purpose: the entry must be on disk before a crashing process goes away.
        fs.appendFileSync(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
      } catch (failure) {
        console.error('Could not write the error log', failure);
      }
    },
    entries(limit = BUNDLE_ENTRIES) {
      return read().slice(-limit);
    },
    info() {
      const entries = read();
      return { available: true, entries: entries.length, lastAt: entries.at(-1)?.at ?? null };
    },
  };
}

/** The events of a Node process the log listens to; `process` satisfies it. */
export interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs main's uncaught exceptions and unhandled rejections. The app keeps running, as Electron's own handler would
 * (it only shows a dialog): quitting in the middle of a sync would do more harm than the error did.
 */
export function recordProcessErrors(target: ProcessLike, log: ErrorLog): void {
  target.on('uncaughtException', (error) => {
    log.record('uncaught-exception', error);
    console.error('Uncaught exception in the main process', error);
  });
  target.on('unhandledRejection', (reason) => {
    log.record('unhandled-rejection', reason);
    console.error('Unhandled promise rejection in the main process', reason);
  });
}

/** The support bundle (a JSON file made by the core) with the newest error-log entries added, secrets removed again. */
export function withErrorLog<B extends { fileName: string; content: string }>(bundle: B, log: ErrorLog, secrets: readonly (string | undefined)[]): B {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(bundle.content) as Record<string, unknown>;
  } catch {
    return bundle;
  }
  const content = JSON.stringify({ ...parsed, errorLog: log.entries(BUNDLE_ENTRIES) }, null, 2);
  return { ...bundle, content: redactEntryText(content, secrets) };
}
