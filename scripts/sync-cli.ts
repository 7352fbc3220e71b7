// Headless sync, for merchants who schedule it: the app's planner and runner on a catalogue file, without a window.
//   BACKMARKET_TOKEN=… npm run sync -- --db <file> [--base-url <url>] [--countries fr-fr,de-de] [--dry-run]
//                                      [--company <name>] [--email <address>] [--no-orders]
// Prints progress lines and one summary line: the offers on sale per country (what a customer can buy), those published
// but not on sale and why, and what is not synced. Exit code: 0 only when every offer is on sale or offline for lack of
// stock and nothing differs from Back Market, 1 otherwise, 2 the sync failed.
// The token is read from the environment only and never printed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_COUNTRIES, findMarketChoice, type CountrySetting } from '../shared/connection';
import type { SyncPlanView, SyncProgress, SyncReport } from '../shared/sync';
import { BackMarketError, checkBaseUrl, createBackMarketClient, RateLimiter, resolveBaseUrl, type BackMarketClient } from '../electron/core/backmarket';
import { DEFAULT_SETTINGS, type AppSettings } from '../electron/core/connection/connection-settings';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { AppError } from '../electron/core/errors';
import { EventBus } from '../electron/core/events';
import { shipperFor } from '../electron/core/mapping/carriers';
import { createOrdersService } from '../electron/core/orders/orders-service';
import { createSyncService, truthSentence } from '../electron/core/sync/sync-service';
import { allSynced, everyOfferSettled } from '../shared/offer-status';
import { openNodeSettings, SETTINGS_FILE_NAME } from '../electron/platform/settings';

export const EXIT_DONE = 0;
/** Some offers are not on sale (None, not on sale for a reason to fix, pending) or something is not synced. */
export const EXIT_NOT_ALL_ON_SALE = 1;
export const EXIT_SOME_NONE = EXIT_NOT_ALL_ON_SALE;
export const EXIT_FAILED = 2;

/** After this many tries without reaching Back Market, a scheduled run gives up (the next one starts over). */
const OFFLINE_TRIES = 3;

export interface CliIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  /** Tests pass fast polls and retries. */
  timing?: { poll?: { firstDelayMs: number; factor: number; maxDelayMs: number }; offlineRetry?: { firstDelayMs: number; maxDelayMs: number } };
}

class CliError extends Error {}

interface CliOptions {
  db: string;
  baseUrl: string;
  countries: CountrySetting[];
  company: string;
  email: string;
  dryRun: boolean;
  importOrders: boolean;
}

const USAGE = 'Usage: BACKMARKET_TOKEN=<token> npm run sync -- --db <catalogue.sqlite> [--base-url <url>] [--countries fr-fr,de-de] [--dry-run] [--company <name>] [--email <address>] [--no-orders]';

/** The app's settings beside the catalogue, read only if the app wrote them (never created here). */
function savedSettings(dbFile: string): AppSettings | undefined {
  const dir = path.dirname(dbFile);
  if (!fs.existsSync(path.join(dir, `${SETTINGS_FILE_NAME}.json`))) return undefined;
  return openNodeSettings({ cwd: dir, defaults: DEFAULT_SETTINGS }).all();
}

function countriesFrom(flag: string | undefined, settings: AppSettings | undefined): CountrySetting[] {
  if (!flag) return settings?.['connection.countries'] ?? DEFAULT_COUNTRIES;
  return flag.split(',').map((code) => {
    const market = findMarketChoice(code.trim().toLowerCase());
    if (!market) throw new CliError(`"${code}" is not a Back Market market Refurb Desk knows (for example fr-fr, de-de, en-gb).`);
    return { code: market.code, language: market.defaultLanguage };
  });
}

function baseUrlFrom(flag: string | undefined, settings: AppSettings | undefined): string {
  // The EU production or preprod server, or a sandbox on this computer: nothing else ever receives the token.
  if (flag) return flag === 'production' || flag === 'preprod' ? resolveBaseUrl(flag) : checkBaseUrl(flag);
  const environment = settings?.['connection.environment'] ?? 'production';
  if (environment === 'custom') return resolveBaseUrl({ sandboxUrl: settings?.['connection.sandboxUrl'] ?? '' });
  return resolveBaseUrl(environment);
}

function parseOptions(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        db: { type: 'string' },
        'base-url': { type: 'string' },
        countries: { type: 'string' },
        company: { type: 'string' },
        email: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'no-orders': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]}. ${USAGE}`);
  }
  if (!values.db) throw new CliError(`Say which catalogue to sync with --db. ${USAGE}`);
  const db = path.resolve(values.db);
  if (!fs.existsSync(db)) throw new CliError(`There is no catalogue at ${db}. Give the path of the Refurb Desk database file.`);
  const settings = savedSettings(db);
  let baseUrl: string;
  try {
    baseUrl = baseUrlFrom(values['base-url'], settings);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  return {
    db,
    baseUrl,
    countries: countriesFrom(values.countries, settings),
    company: values.company ?? settings?.['connection.company'] ?? '',
    email: values.email ?? settings?.['connection.email'] ?? '',
    dryRun: values['dry-run'] === true,
    importOrders: values['no-orders'] !== true,
  };
}

function openCatalogue(file: string): Db {
  try {
    return openDatabase(file, {
      beforeMigrate: () => {
        throw new CliError('This catalogue was last used by an older Refurb Desk. Open it once in the app (it keeps a backup before upgrading), then run the sync again.');
      },
    });
  } catch (error) {
    if (error instanceof CliError || error instanceof AppError) throw error;
    throw new CliError(`${file} could not be opened as a Refurb Desk catalogue: check the path, and that the file is not damaged.`);
  }
}

function connect(options: CliOptions, token: string | undefined): BackMarketClient {
  if (!token?.trim()) throw new CliError('Set the BACKMARKET_TOKEN environment variable to your Back Market API token (Back Market back office, Options).');
  if (!options.company || !options.email) throw new CliError('Back Market needs your company name and contact e-mail: pass --company and --email, or connect once in the app so they are saved.');
  try {
    return createBackMarketClient({ baseUrl: options.baseUrl, token, company: options.company, email: options.email, country: options.countries[0]?.code ?? 'fr-fr', limiter: new RateLimiter() });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function printPlan(view: SyncPlanView, out: CliIo['out']): void {
  const { summary } = view;
  out(`Dry run: nothing is sent. ${summary.linesNow} SKU lines would go now (${summary.budgetLeft} left in this hour's budget).`);
  for (const task of summary.tasks) out(`  catalog task ${task.country}: ${task.lines} lines`);
  out(`  real-time stock updates: ${summary.realtime}; unchanged offers: ${summary.unchanged}`);
  for (const blocked of summary.blocked) {
    const elsewhere = blocked.offers - blocked.onBackMarket - blocked.notRead;
    out(
      `  held back in ${blocked.country}: ${blocked.offers} (on Back Market, which keeps what it has: ${blocked.onBackMarket}; not on Back Market, nothing sent: ${elsewhere}; market never read, not known: ${blocked.notRead})`,
    );
  }
  for (const entry of summary.withoutComment ?? []) out(`  will be published but not on sale in ${entry.country} (no comment: Back Market keeps them offline): ${entry.offers}`);
  if (summary.deferred) out(`  waiting for the hourly budget: ${summary.deferred.lines} lines, from ${summary.deferred.nextAt}`);
  for (const warning of summary.languageWarnings ?? []) {
    out(`  ${warning.country} reads ${warning.language}: ${warning.lines} lines send the ${warning.catalogueLanguage} ${warning.fields.join(', ')} (choose once for ${warning.country} in the app's dry run: use that text there, or fill the ${warning.language} one)`);
  }
  for (const offer of view.offers) {
    const fields = offer.changes.map((change) => `${change.field}: ${change.before || '—'} → ${change.after || '—'}`).join('; ');
    const language = offer.language ? ` in ${offer.language}${offer.catalogueTexts?.length ? ` (${offer.catalogueTexts.join(', ')} in the catalogue's language)` : ''}` : '';
    out(`  ${offer.sku} ${offer.country}${language} ${offer.kind} via ${offer.via}: ${fields}`);
  }
  if (view.more > 0) out(`  … and ${view.more} more offers.`);
}

function summaryLine(report: SyncReport, tokenRejected: boolean): string {
  const counts = `this run: ${report.published} accepted, ${report.rejected} refused by Back Market, ${report.blocked} held back by the pre-flight check, ${report.deferred} waiting for the hourly budget; ${report.requests} requests; ${report.ordersImported} orders imported`;
  if (report.outcome === 'finished') return `Sync finished. ${truthSentence(report.truth, report.standings)} (${counts}.)${report.message ? ` ${report.message}` : ''}`;
  const hint = tokenRejected ? ' For the headless sync, put the new token in BACKMARKET_TOKEN.' : '';
  return `Sync ${report.outcome}: ${report.message}${hint} (${counts}.)`;
}

export async function runSyncCli(argv: readonly string[], io: CliIo): Promise<number> {
  let db: Db | undefined;
  try {
    const options = parseOptions(argv);
    db = openCatalogue(options.db);
    const opened = db;
    const events = new EventBus();
    const client = options.dryRun ? undefined : connect(options, io.env.BACKMARKET_TOKEN);
    const run = <T>(job: (api: BackMarketClient) => Promise<T>): Promise<T> => {
      if (!client) throw new CliError('A dry run sends nothing.');
      return job(client);
    };
    const orders = createOrdersService({ database: () => opened, run, events, now: () => new Date(), resolveShipper: shipperFor });
    const sync = createSyncService({
      database: () => opened,
      run,
      countries: () => options.countries,
      events,
      now: () => new Date(),
      importOrders: () => orders.importOrders(),
      tokenRejected: () => client?.tokenRejected === true,
      log: { error: () => undefined },
      ...io.timing,
    });
    if (options.dryRun) {
      printPlan(sync.plan(50), io.out);
      sync.close();
      return EXIT_DONE;
    }
    let offlineTries = 0;
    let gaveUp = '';
    events.subscribe((name, payload) => {
      if (name !== 'sync:progress') return;
      const progress = payload as SyncProgress;
      if (progress.step === 'finished' || progress.step === 'cancelled' || progress.step === 'failed') return;
      io.out(`[${progress.step}]${progress.total > 0 ? ` ${progress.done}/${progress.total}` : ''} ${progress.message}`);
      if (progress.step === 'queued-offline' && (offlineTries += 1) >= OFFLINE_TRIES && !gaveUp) {
        gaveUp = `Back Market could not be reached after ${OFFLINE_TRIES} tries; nothing is lost, the next run sends it.`;
        sync.cancel();
      }
    });
    // A headless run has nobody to paste a new token: a rejected one fails the run (the app's job gate is not used).
    const started = sync.start({ importOrders: options.importOrders });
    const report = started.running ? await sync.whenIdle() : started.lastRun;
    sync.close();
    if (!report) throw new CliError('The sync did not start.');
    if (gaveUp) {
      io.out(`Sync failed: ${gaveUp}`);
      return EXIT_FAILED;
    }
    io.out(summaryLine(report, client?.tokenRejected === true));
    if (report.outcome !== 'finished') return EXIT_FAILED;
    const settled = report.truth !== undefined && allSynced(report.truth) && report.standings !== undefined && everyOfferSettled(report.standings);
    return settled ? EXIT_DONE : EXIT_NOT_ALL_ON_SALE;
  } catch (error) {
    const message = error instanceof CliError || error instanceof AppError || error instanceof BackMarketError ? error.message : 'The sync could not run because of a problem in Refurb Desk. Your catalogue is safe; try again.';
    io.out(`Sync failed: ${message}`);
    return EXIT_FAILED;
  } finally {
    if (db?.open) db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runSyncCli(process.argv.slice(2), { env: process.env, out: (line) => console.log(line) }).then((code) => {
    process.exitCode = code;
  });
}
