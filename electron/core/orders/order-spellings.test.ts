// One order sent in the GET /ws/orders table's spelling (snake_case address, `shipper`, offset-less dates) and in the
// schemas' spelling (camelCase address, `shipper_display`, dates with an offset) is stored as the same rows and read back
// as the same OrderDetail — the packing slip is drawn from that detail alone, so it is the same slip too.
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../backmarket';
import { tempDatabase } from '../test/temp-db';
import { orderDetail } from './order-queries';
import { storeOrder } from './order-store';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const line = (date: string): Order['orderlines'][number] => ({ id: 9001, state: 2, listing: 'IP13-128-MID-A', quantity: 1, price: '499.00', currency: 'EUR', condition: 10, date_creation: date });

const TABLE_SPELLING: Order = {
  order_id: 777,
  state: 3,
  shipping_address: { first_name: 'Inès', last_name: 'Martin', street: '8 rue du Port', postal_code: '44000', city: 'Nantes', country: 'FR', phone: '+33611223344', email: 'ines@example.invalid', gender: 'Mrs', state_or_province: 'Pays de la Loire' },
  billing_address: { first_name: 'Inès', last_name: 'Martin', company: 'Martin SARL', street: '1 place Royale', postal_code: '44000', city: 'Nantes', country: 'FR', phone: '+33611223344', email: 'ines@example.invalid' },
  shipper: 'Colissimo',
  tracking_number: '6A0001',
  date_creation: '2026-12-06 00:54:22',
  date_modification: '2026-12-06 08:00:00',
  date_payment: '2026-12-06 00:55:00',
  expected_dispatch_date: '2026-12-08T00:55:00',
  orderlines: [line('2026-12-06 00:54:22')],
  price: '499.00',
  currency: 'EUR',
  country_code: 'fr-fr',
};

const SCHEMA_SPELLING: Order = {
  order_id: 777,
  state: 3,
  shipping_address: { firstName: 'Inès', lastName: 'Martin', street: '8 rue du Port', postalCode: '44000', city: 'Nantes', country: 'FR', phoneNumber: '+33611223344', email: 'ines@example.invalid', state: 'Pays de la Loire' },
  billing_address: { firstName: 'Inès', lastName: 'Martin', company: 'Martin SARL', street: '1 place Royale', postalCode: '44000', city: 'Nantes', country: 'FR', phoneNumber: '+33611223344', email: 'ines@example.invalid' },
  shipper_display: 'Colissimo',
  tracking_number: '6A0001',
  date_creation: '2026-12-06T01:54:22+01:00',
  date_modification: '2026-12-06T09:00:00+01:00',
  date_payment: '2026-12-06T00:55:00Z',
  expected_dispatch_date: '2026-12-08T00:55:00.000Z',
  orderlines: [line('2026-12-06T00:54:22Z')],
  price: '499.00',
  currency: 'EUR',
  country_code: 'fr-fr',
};

function stored(order: Order) {
  const temp = tempDatabase();
  cleanups.push(temp.cleanup);
  expect(storeOrder(temp.db, order, '2026-12-06T10:00:00.000Z')).toBe('added');
  const rows = (table: string) => temp.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];
  // The fingerprint is of the payload as sent, so it differs by design; everything read from it must not.
  const orders = rows('orders').map(({ content_hash: _hash, ...rest }) => rest);
  return { orders, addresses: rows('order_addresses'), lines: rows('orderlines'), detail: orderDetail(temp.db, order.order_id) };
}

describe('either spelling of an order', () => {
  it('stores the same order, addresses and lines and reads back the same detail (and so the same packing slip)', () => {
    const table = stored(TABLE_SPELLING);
    const schema = stored(SCHEMA_SPELLING);
    expect(schema).toEqual(table);
    expect(table.detail).toMatchObject({
      customerName: 'Inès Martin',
      customerEmail: 'ines@example.invalid',
      customerPhone: '+33611223344',
      shipper: 'Colissimo',
      dateCreation: '2026-12-06T00:54:22.000Z',
      expectedDispatchDate: '2026-12-08T00:55:00.000Z',
      shippingAddress: { firstName: 'Inès', lastName: 'Martin', street: '8 rue du Port', postalCode: '44000', city: 'Nantes', state: 'Pays de la Loire', phone: '+33611223344', email: 'ines@example.invalid' },
      billingAddress: { company: 'Martin SARL', street: '1 place Royale' },
    });
  });

  it('finds the order by the customer name or e-mail read from either spelling', () => {
    for (const order of [TABLE_SPELLING, SCHEMA_SPELLING]) {
      const temp = tempDatabase();
      cleanups.push(temp.cleanup);
      storeOrder(temp.db, order, 'now');
      expect(temp.db.prepare('SELECT search_text FROM orders').pluck().get()).toMatch(/inès martin.*ines@example\.invalid/);
    }
  });

  it('says nothing it was not told: no name, e-mail or phone in either spelling stays empty', () => {
    const temp = tempDatabase();
    cleanups.push(temp.cleanup);
    storeOrder(temp.db, { order_id: 5, state: 1, shipping_address: { city: 'Lyon' }, orderlines: [] }, 'now');
    expect(orderDetail(temp.db, 5)).toMatchObject({ customerName: '', customerEmail: '', customerPhone: '', shipper: '', shippingAddress: { city: 'Lyon', firstName: '' } });
  });
});
