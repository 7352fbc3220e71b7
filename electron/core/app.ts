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
import { backboxHandlers } from './backbox/backbox-handlers';
import { createBackboxService } from './backbox/backbox-service';
import { backupHandlers } from './backup/backup-handlers';
import { createBackupService } from './backup/backup-service';
import { dashboardHandlers } from './dashboard/dashboard-handlers';
import type { Db } from './db/connection';
import { AppError } from './errors';
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
import { listingsCalls, syncHandlers } from './sync/sync-handlers';
import { createSyncService } from './sync/sync-service';
import { preferencesHandlers } from './preferences/preferences-handlers';
import { createPreferencesService } from './preferences/preferences-service';

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
    catalogue = createCatalogueService({ db, events, files, now, conditionGrades: () => savedConditionGrades(opened) });
    events.emit('catalogue:changed', { reason: 'edit' });
  }

  const requireCatalogue = (): CatalogueService => {
    if (!catalogue) throw new AppError('unavailable', 'Finish setting up Refurb Desk first: choose the sandbox marketplace or connect your Back Market account.');
    return catalogue;
  };

  const activity = createActivityLog((count) => events.emit('activity:added', { count }));
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
  const mapping = createMappingService({ database: () => db, countries: () => settings.get('connection.countries'), fetchCategoryTree: categoryTreeFetcher(connection), events, now });
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
  });
  const backbox = createBackboxService({ database: () => db, run: connectionRunner(connection), countries: () => settings.get('connection.countries'), events, now });
  backbox.resumeSchedule();

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
    'catalogue:importRun': async ({ fileId, options: readOptions, mapping, acceptMostlyRefused }) =>
      requireCatalogue().importRun(fileId, readOptions, mapping, acceptMostlyRefused),
    'catalogue:export': async () => requireCatalogue().exportCsv(),
    'connection:status': async () => connection.status(),
    'connection:useSandbox': async () => connection.useSandbox(),
    'connection:connect': async (input) => connection.connect(input),
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
    ...dashboardHandlers({ database: () => db, connection, now }),
    ...ordersHandlers(orders),
    ...mappingHandlers(mapping),
    ...preferencesHandlers(createPreferencesService(settings)),
    ...backboxHandlers(backbox),
    ...syncHandlers(sync, listingsCalls({ database: () => db, countries: () => settings.get('connection.countries'), events, now })),
  };

  return {
    handlers,
    events,
    connection,
    database: () => db,
    close: () => {
      // The database closes at once (a quitting app may not wait); the sandbox saves its state synchronously too.
      void backups.close();
      sync.close();
      backbox.close();
      db?.close();
      db = undefined;
      catalogue = undefined;
      return connection.close();
    },
  };
}
