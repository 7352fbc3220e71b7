// Composition root of the core services: opens the database and binds every contract entry to its service.
// Plain Node: the Electron shell and the browser-preview host both build their transport on top of this.
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { createCatalogueService } from './catalogue/catalogue-service';
import { openDatabase, type Db } from './db/connection';
import { EventBus } from './events';
import { createFileStaging } from './files/staging';

export interface CoreOptions {
  /** The app's data folder: the catalogue database and staged import files live here. */
  dataDir: string;
  shell: 'electron' | 'preview';
  version?: string;
  now?: () => Date;
}

export interface Core {
  handlers: Handlers;
  events: EventBus;
  db: Db;
  close(): void;
}

export const DATABASE_FILE = 'refurb-desk.sqlite';

export function createCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE));
  const events = new EventBus();
  const now = options.now ?? (() => new Date());
  const files = createFileStaging(path.join(options.dataDir, 'staging'));
  const catalogue = createCatalogueService({ db, events, files, now });

  const handlers: Handlers = {
    'app:info': async () => ({ version: options.version ?? '0.0.0', shell: options.shell }),
    'files:stage': async ({ name, bytes }) => files.stage(name, bytes),
    'catalogue:list': async (query) => catalogue.list(query),
    'catalogue:facets': async () => catalogue.facets(),
    'catalogue:get': async ({ id }) => catalogue.get(id),
    'catalogue:save': async ({ id, product }) => catalogue.save(product, id),
    'catalogue:updateField': async ({ ids, field, value }) => catalogue.updateField(ids, field, value),
    'catalogue:delete': async ({ ids }) => catalogue.remove(ids),
    'catalogue:importPreview': async ({ fileId, fileName, options: readOptions }) => catalogue.importPreview(fileId, fileName, readOptions),
    'catalogue:importRun': async ({ fileId, options: readOptions, mapping }) => catalogue.importRun(fileId, readOptions, mapping),
    'catalogue:export': async () => catalogue.exportCsv(),
  };

  return {
    handlers,
    events,
    db,
    close: () => db.close(),
  };
}
