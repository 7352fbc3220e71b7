// Test support, run as a child process under a given TZ by date-filter-timezones.test.ts: three orders modified around
// 00:54:22 UTC, then (1) the sandbox asked directly with an offset-less filter and (2) an import through the real client
// whose cursor was stored without an offset. Prints what each returned, as JSON on one line.
import type { Order } from '../backmarket';
import { USER_AGENT } from '../../sandbox/tests/harness';
import { startOrdersKit } from './orders-test-kit';

const MODIFIED = ['2026-12-05T23:00:00.000Z', '2026-12-06T00:30:00.000Z', '2026-12-06T01:00:00.000Z'];
const OFFSETLESS = '2026-12-06 00:54:22';

const kit = await startOrdersKit();
try {
  const orders = kit.market.sandbox.state.orders;
  orders.forEach((order, index) => {
    order.date_creation = MODIFIED[index % MODIFIED.length] ?? '';
    order.date_modification = order.date_creation;
  });
  const direct = await fetch(`${kit.market.sandbox.url}/ws/orders?date_modification=${encodeURIComponent(OFFSETLESS)}`, {
    headers: { Authorization: `Basic ${kit.market.sandbox.token}`, 'User-Agent': USER_AGENT, 'Accept-Language': 'fr-fr', Accept: 'application/json' },
  });
  const answer = (await direct.json()) as { results: Order[] };
  kit.db.prepare("INSERT INTO order_import_state (key, value) VALUES ('last_date_modification', ?)").run(OFFSETLESS);
  const report = await kit.orders.importOrders();
  const sent = kit.market.seen.filter((request) => request.path.startsWith('/ws/orders?')).map((request) => new URL(request.path, 'http://x').searchParams.get('date_modification'));
  const imported = kit.orders.list({ tab: 'all', search: '', offset: 0, limit: 50 }).orders.map((order) => order.dateCreation);
  const cursor = kit.db.prepare("SELECT value FROM order_import_state WHERE key = 'last_date_modification'").pluck().get();
  console.log(
    JSON.stringify({
      offsetMinutes: new Date(2026, 11, 6).getTimezoneOffset(),
      sandboxStatus: direct.status,
      sandboxModified: answer.results.map((order) => order.date_modification),
      sentFilters: sent,
      received: report.received,
      imported,
      cursor,
    }),
  );
} finally {
  await kit.close();
}
