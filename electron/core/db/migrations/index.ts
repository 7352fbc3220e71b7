// The ordered list of migrations and the runner that applies the missing ones in one transaction.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors';
import { catalogue } from './001-catalogue';
import { gridIndexes } from './002-grid-indexes';
import { topLevelPrice } from './003-top-level-price';
import { mapping } from './004-mapping';
import { orders } from './005-orders';
import { sync } from './006-sync';
import { searchIndex } from './007-search-index';
import { orderAddressEmail } from './008-order-address-email';
import { activityLog } from './009-activity-log';
import { treeLanguages } from './010-tree-languages';
import { taskLinesByOffer } from './011-task-lines-by-offer';
import { units } from './012-units';
import { backbox } from './013-backbox';
import { saleMargins } from './014-sale-margins';
import { categoryLeafRules } from './015-category-leaf-rules';
import { existingAccount } from './016-existing-account';
import { heldBackReasons } from './017-held-back-reasons';
import { skuNocase } from './018-sku-nocase';
import { marketReviews } from './019-market-reviews';
import { offerMinPrices } from './020-offer-min-prices';
import { outboxMarkets } from './021-outbox-markets';
import { heldChanges } from './022-held-changes';
import { reviewPrevious } from './023-review-previous';
import { copiedPrices } from './024-copied-prices';
import { reviewTakenOver } from './025-review-taken-over';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  catalogue,
  gridIndexes,
  topLevelPrice,
  mapping,
  orders,
  sync,
  searchIndex,
  orderAddressEmail,
  activityLog,
  treeLanguages,
  taskLinesByOffer,
  units,
  backbox,
  saleMargins,
  categoryLeafRules,
  existingAccount,
  heldBackReasons,
  skuNocase,
  marketReviews,
  offerMinPrices,
  outboxMarkets,
  heldChanges,
  reviewPrevious,
  copiedPrices,
  reviewTakenOver,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export class DatabaseTooNewError extends AppError {
  constructor(readonly fileVersion: number) {
    super(
      'unavailable',
      `This catalogue file was written by a newer version of Refurb Desk (database version ${fileVersion}, this app knows up to ${LATEST_VERSION}). ` +
        'Install the latest Refurb Desk to open it. The file has not been changed.',
    );
  }
}

export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}

/** Applies every migration above the file's user_version, all in one transaction. Returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  assertMigrationsOrdered(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return pending.map((migration) => migration.version);
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
