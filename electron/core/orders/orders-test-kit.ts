// Test support: the Orders service over a temporary database and the sandbox marketplace behind the recording proxy,
// with the real API client, a recorded event bus and a carrier mapping of two carriers.
import { startTestMarketplace, testClient, type TestMarketplace } from '../backmarket/sandbox-test-kit';
import type { BackMarketClient, Order } from '../backmarket';
import type { Db } from '../db/connection';
import { openDatabase } from '../db/connection';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { createOrdersService, type OrdersDeps, type OrdersService } from './orders-service';

export interface OrdersKit {
  market: TestMarketplace;
  client: BackMarketClient;
  db: Db;
  file: string;
  orders: OrdersService;
  events: { name: string; payload: unknown }[];
  /** A new service over the same file, as after a restart of the app. */
  restart(): OrdersService;
  /** A service whose process "dies" once each request has left: the answer is never handled, its events go nowhere. */
  crashingService(): OrdersService;
  addProduct(sku: string, stock: number | null): void;
  stockOf(sku: string): number | null;
  pending(sku: string): string[] | undefined;
  placeOrder(items: { sku: string; quantity?: number }[], options?: { country_code?: string; customer?: Record<string, string> }): Promise<Order>;
  close(): Promise<void>;
}

/** The merchant's carriers and the Back Market shippers they are mapped to; anything else is unmapped. */
const CARRIERS: Record<string, string> = { 'Colissimo (contrat pro)': 'Colissimo', 'UPS Express Saver': 'UPS express save' };

export async function startOrdersKit(): Promise<OrdersKit> {
  const market = await startTestMarketplace({ seed: 'demo' });
  const { client } = testClient(market);
  const temp = tempDatabase();
  let db = temp.db;
  const bus = new EventBus();
  const events: { name: string; payload: unknown }[] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const make = (run: OrdersDeps['run'] = (job) => job(client), events = bus) =>
    createOrdersService({
      database: () => db,
      run,
      events,
      now: () => new Date(),
      resolveShipper: (_db, carrier) => CARRIERS[carrier],
    });
  return {
    market,
    client,
    get db() {
      return db;
    },
    file: temp.file,
    orders: make(),
    events,
    restart() {
      db.close();
      db = openDatabase(temp.file);
      return make();
    },
    crashingService: () =>
      make(async (job) => {
        await job(client);
        throw new Error('the app stopped');
      }, new EventBus()),
    addProduct(sku, stock) {
      db.prepare("INSERT INTO products (product_number, stock, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')").run(sku, stock);
    },
    stockOf: (sku) => db.prepare('SELECT stock FROM products WHERE product_number = ?').pluck().get(sku) as number | null,
    pending: (sku) => {
      const fields = db.prepare('SELECT fields FROM outbox WHERE product_number = ?').pluck().get(sku) as string | undefined;
      return fields === undefined ? undefined : (JSON.parse(fields) as string[]);
    },
    placeOrder: (items, options = {}) => market.control<Order>('POST', '/orders', { country_code: 'fr-fr', ...options, items }),
    async close() {
      await market.close();
      if (db.open) db.close();
      temp.cleanup();
    },
  };
}
