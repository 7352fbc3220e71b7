// Composition root of the core services: the settings and secret adapters it is given, the Back Market connection,
// the catalogue database of the chosen mode, and every contract entry bound to its service.
// Plain Node: the Electron shell and the browser-preview host both build their transport on top of this.
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import type { AccountMode } from '../../shared/connection';
import { createMemorySecretStore, type SecretStore } from '../platform/secret-store';
import { openNodeSettings } from '../platform/settings';
import { createCatalogueService, type CatalogueService } from './catalogue/catalogue-service';
import { createActivityLog } from './connection/activity-log';
import { createConnectionService, type ConnectionService } from './connection/connection-service';
import { DEFAULT_SETTINGS, type AppSettingsStore } from './connection/connection-settings';
import { startEmbeddedSandbox } from './connection/embedded-sandbox';
import { backMarketClientFactory } from './connection/backmarket-client';
import type { MarketplaceClientFactory } from './connection/marketplace-client';
import { buildSupportBundle } from './connection/support-bundle';
import { accountHandlers } from './account/account-handlers';
import { createAccountService } from './account/account-service';
import { backboxHandlers } from './backbox/backbox-handlers';
import { createBackboxService } from './backbox/backbox-service';
import { backupHandlers } from './backup/backup-handlers';
import { createBackupService } from './backup/backup-service';
import { dashboardHandlers } from './dashboard/dashboard-handlers';
import { previewDesktopHandlers } from './desktop/desktop-handlers';
import type { Db } from './db/connection';
import { saidError } from './errors';
import { said } from '../../shared/messages/merchant-message';
import { EventBus } from './events';
import { createFileStaging } from './files/staging';
import { categoryTreeFetcher } from './mapping/fetch-tree';
import { mappingHandlers } from './mapping/mapping-handlers';
import { createMappingService } from './mapping/mapping-service';
import { shipperFor } from './mapping/carriers';
import { savedConditionGrades } from './mapping/condition-grades';
import { connectionRunner } from './orders/connection-runner';
import { ordersHandlers } from './orders/orders-handlers';
import { createOrdersService } from './orders/orders-service';
import { marketCountries } from './mapping/snapshot';
import { summary as listingsSummary, waitingOffers } from './sync/listings';
import { listingsCalls, syncHandlers } from './sync/sync-handlers';
import { createSyncService } from './sync/sync-service';
import type { PollOptions } from './sync/run/run-context';
import { preferencesHandlers } from './preferences/preferences-handlers';
import { createPreferencesService } from './preferences/preferences-service';
import { unitsHandlers } from './units/units-handlers';
import { createUnitsService } from './units/units-service';

export interface CoreOptions {
  /** The app's data folder: the catalogue databases, staged import files and the sandbox marketplace's state live here. */
  dataDir: string;
  shell: 'electron' | 'preview';
  version?: string;
  now?: () => Date;
  /** Non-secret settings: electron-store in Electron; a conf file in the data folder otherwise (the default). */
  settings?: AppSettingsStore;
  /** The API token: safeStorage-encrypted in Electron; memory only otherwise (the default). */
  secrets?: SecretStore;
  /** The Back Market client; tests pass a fake. */
  createClient?: MarketplaceClientFactory;
  /** The embedded sandbox's catalog task delay (tests use 0). */
  sandboxTaskDelayMs?: number;
  /**
   * How the sync polls Back Market's catalog tasks; what is left out is DEFAULT_POLL's (first after 1 s, each wait twice
   * the last, up to a minute). Only tests shorten it, against a sandbox whose tasks take a fraction of a second.
   */
  syncPoll?: Partial<PollOptions>;
}

export interface Core {
  handlers: Handlers;
  events: EventBus;
  connection: ConnectionService;
  /** The catalogue database of the current mode; undefined until setup chose one. */
  database(): Db | undefined;
  close(): Promise<void>;
}

/** A real account's catalogue and the sandbox marketplace's are separate files, never mixed. */
export const DATABASE_FILE = 'refurb-desk.sqlite';
export const SANDBOX_DATABASE_FILE = 'refurb-desk-sandbox.sqlite';

export const databaseFileOf = (mode: Exclude<AccountMode, 'none'>) => (mode === 'sandbox' ? SANDBOX_DATABASE_FILE : DATABASE_FILE);

/**
 * The calls that wait on Back Market in the foreground. Background runs (the sync) are left out: they wait for the new
 * token by themselves and report it in their progress; their calls already answer at once.
 */
const FOREGROUND_BACK_MARKET_CALL = /^(orders|returns|careFolders):|^mapping:categoryTree$/;

function answeringAtOnce(handlers: Handlers, connection: ConnectionService): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = { ...handlers };
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    if (FOREGROUND_BACK_MARKET_CALL.test(name)) wrapped[name] = (input) => connection.answerAtOnce(name, () => handler(input));
  }
  return wrapped as unknown as Handlers;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const events = new EventBus();
  const now = options.now ?? (() => new Date());
  const files = createFileStaging(path.join(options.dataDir, 'staging'));
  const settings = options.settings ?? openNodeSettings({ cwd: options.dataDir, defaults: DEFAULT_SETTINGS });
  const secrets = options.secrets ?? createMemorySecretStore();
  const version = options.version ?? '0.0.0';

  let db: Db | undefined;
  let catalogue: CatalogueService | undefined;
  let openedMode: AccountMode = 'none';

  // Every open goes through the backup service: a backup before any migration, the recovery state instead of a crash.
  const backups = createBackupService({
    dataDir: options.dataDir,
    databaseFile: (mode) => path.join(options.dataDir, databaseFileOf(mode)),
    catalogue: {
      mode: () => openedMode,
      database: () => db,
      close: () => {
        db?.close();
        db = undefined;
        catalogue = undefined;
      },
      reopen: () => openCatalogueFor(openedMode),
    },
    files,
    events,
    now,
    appVersion: version,
    knownCatalogues: {
      has: (mode) => settings.get('catalogue.opened').includes(mode),
      remember: (mode) => {
        const opened = settings.get('catalogue.opened');
        if (!opened.includes(mode)) settings.set('catalogue.opened', [...opened, mode]);
      },
      forget: (mode) => settings.set('catalogue.opened', settings.get('catalogue.opened').filter((known) => known !== mode)),
    },
  });

  function openCatalogueFor(mode: AccountMode): void {
    if (mode === openedMode && (mode === 'none' || db?.open)) return;
    db?.close();
    db = undefined;
    catalogue = undefined;
    openedMode = mode;
    if (mode === 'none') return;
    db = backups.open(mode);
    if (!db) return;
    const opened = db;
    catalogue = createCatalogueService({ db, events, files, now, conditionGrades: () => savedConditionGrades(opened), countries: () => settings.get('connection.countries').map((country) => country.code) });
    events.emit('catalogue:changed', { reason: 'edit' });
  }

  const requireCatalogue = (): CatalogueService => {
    if (!catalogue) throw saidError('unavailable', said('setup.notSetUp'));
    return catalogue;
  };

  const activity = createActivityLog({ database: () => db, now, onAdded: (count) => events.emit('activity:added', { count }) });
  const connection = createConnectionService({
    settings,
    secrets,
    events,
    activity,
    createClient: options.createClient ?? backMarketClientFactory(),
    startSandbox: () => startEmbeddedSandbox({ dataDir: options.dataDir, ...(options.sandboxTaskDelayMs !== undefined ? { taskDelayMs: options.sandboxTaskDelayMs } : {}) }),
    onModeChanged: openCatalogueFor,
  });
  // Created before the connection starts, so it hears the first database being opened and checks its readiness.
  const mapping = createMappingService({
    database: () => db,
    countries: () => settings.get('connection.countries'),
    fetchCategoryTree: categoryTreeFetcher(connection),
    events,
    now,
    rateSettings: settings,
  });
  await connection.start();
  const orders = createOrdersService({ database: () => db, run: connectionRunner(connection), events, now, resolveShipper: shipperFor });
  const sync = createSyncService({
    database: () => db,
    run: connectionRunner(connection),
    countries: () => settings.get('connection.countries'),
    events,
    now,
    importOrders: () => orders.importOrders(),
    tokenRejected: () => connection.status().tokenState === 'rejected',
    // A Back Market account's listings are read before anything new goes to its markets (the built-in sandbox starts empty).
    account: { reading: () => account.readState().running, holdUnreadMarkets: () => connection.status().mode === 'account' },
    ...(options.syncPoll ? { poll: options.syncPoll } : {}),
  });
  const backbox = createBackboxService({ database: () => db, run: connectionRunner(connection), countries: () => settings.get('connection.countries'), events, now });
  backbox.resumeSchedule();
  const account = createAccountService({ database: () => db, run: connectionRunner(connection), countries: () => settings.get('connection.countries'), events, now });
  // Upgraded from a version without the account read: a Back Market account's markets never read are read on start.
  if (connection.status().mode === 'account' && db?.open) {
    try {
      if (account.summary().markets.some((market) => market.readAt === null)) account.read();
    } catch (error) {
      console.error('Refurb Desk: reading the account on start could not begin', error);
    }
  }
  /** On connecting an account: its listings are read in the background at once (the merchant follows it in Settings). */
  const connectAndRead = async (input: Parameters<Handlers['connection:connect']>[0]) => {
    const result = await connection.connect(input);
    if (result.ok) {
      try {
        account.read();
      } catch (error) {
        console.error('Refurb Desk: reading the account after connecting could not start', error);
      }
    }
    return result;
  };

  const handlers: Handlers = {
    'app:info': async () => ({ version, shell: options.shell }),
    'files:stage': async ({ name, bytes }) => files.stage(name, bytes),
    'catalogue:list': async (query) => requireCatalogue().list(query),
    'catalogue:facets': async () => requireCatalogue().facets(),
    'catalogue:get': async ({ id }) => requireCatalogue().get(id),
    'catalogue:save': async ({ id, product }) => requireCatalogue().save(product, id),
    'catalogue:updateField': async ({ ids, field, value }) => requireCatalogue().updateField(ids, field, value),
    'catalogue:delete': async ({ ids }) => requireCatalogue().remove(ids),
    'catalogue:importPreview': async ({ fileId, fileName, options: readOptions }) => requireCatalogue().importPreview(fileId, fileName, readOptions),
    'catalogue:importRun': async ({ fileId, options: readOptions, mapping, acceptMostlyRefused, duplicates }) => {
      const report = await requireCatalogue().importRun(fileId, readOptions, mapping, acceptMostlyRefused, duplicates);
      // Imported: the staged copy has done its job. After a failure, or a stop before writing (the merchant may read it
      // again in another encoding), it stays, so the merchant can run it again.
      if (report.stopped.length === 0) files.remove(fileId);
      return report;
    },
    'catalogue:export': async () => requireCatalogue().exportCsv(),
    'connection:status': async () => connection.status(),
    'connection:useSandbox': async () => connection.useSandbox(),
    'connection:connect': connectAndRead,
    'connection:check': async () => connection.check(),
    'connection:replaceToken': async ({ token }) => connection.replaceToken(token),
    'connection:reset': async () => connection.reset(),
    'activity:list': async (query) => activity.list(query),
    'activity:export': async () =>
      buildSupportBundle({
        app: { version, shell: options.shell },
        connection: connection.status(),
        activity: activity.all(),
        secrets: connection.knownSecrets(),
        now: now(),
      }),
    ...backupHandlers(backups),
    ...dashboardHandlers({ database: () => db, connection, now, offers: (current) => listingsSummary(current, marketCountries(settings.get('connection.countries'))).standings, waiting: (current) => waitingOffers(current, settings.get('connection.countries').map((country) => country.code)) }),
    // Updates and the error log belong to the desktop app: the Electron shell replaces these.
    ...previewDesktopHandlers(),
    ...unitsHandlers(createUnitsService({ database: () => db, files, events, now })),
    ...ordersHandlers(orders),
    ...mappingHandlers(mapping),
    ...preferencesHandlers(createPreferencesService(settings)),
    ...backboxHandlers(backbox),
    ...accountHandlers(account),
    ...syncHandlers(sync, listingsCalls({ database: () => db, countries: () => settings.get('connection.countries'), events, now })),
  };

  return {
    // A call whose Back Market work is held behind a rejected token answers at once; the work stays queued.
    handlers: answeringAtOnce(handlers, connection),
    events,
    connection,
    database: () => db,
    close: async () => {
      // The database closes at once (a quitting app may not wait); the sandbox saves its state synchronously too.
      // Quitting never throws: a full or read-only disk at this point is logged, and every other step still runs.
      const step = (what: string, action: () => unknown) => {
        try {
          const result = action();
          if (result instanceof Promise) result.catch((error: unknown) => console.error(`Quitting: ${what} failed`, error));
        } catch (error) {
          console.error(`Quitting: ${what} failed`, error);
        }
      };
      step('stopping the backups', () => backups.close());
      step('stopping the sync', () => sync.close());
      step('stopping the BackBox refresh', () => backbox.close());
      step('stopping the account read', () => account.close());
      step('closing the catalogue', () => db?.close());
      db = undefined;
      catalogue = undefined;
      try {
        await connection.close();
      } catch (error) {
        console.error('Quitting: closing the connection failed', error);
      }
    },
  };
}
