// The address-spelling profile and the date filters: order addresses in the GET /ws/orders table's snake_case by
// default, in the Address schema's camelCase when asked (option, control API, CLI flag), the carrier as `shipper` and
// `shipper_display`, and an offset-less date filter read as UTC.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Order = { order_id: number; state: number; shipping_address: Record<string, unknown>; billing_address: Record<string, unknown>; shipper?: string; shipper_display?: string; date_modification: string };

const CUSTOMER = { first_name: 'Inès', last_name: 'Martin', street: '8 rue du Port', postal_code: '44000', city: 'Nantes', phone: '+33611223344', email: 'ines@example.invalid' };

async function placed(harness: Harness): Promise<Order> {
  const created = await harness.control('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: 'IP13-128-MID-C', quantity: 1 }], customer: CUSTOMER });
  expect(created.status, created.text).toBe(201);
  return (await harness.api('GET', `/ws/orders/${(created.body as Order).order_id}`)).body as Order;
}

describe('address-spelling profile', () => {
  it("sends the table's snake_case names by default, e-mail included", async () => {
    h = await startHarness();
    const order = await placed(h);
    expect(order.shipping_address).toMatchObject({ first_name: 'Inès', last_name: 'Martin', postal_code: '44000', phone: '+33611223344', email: 'ines@example.invalid', city: 'Nantes', country: 'FR' });
    expect(order.shipping_address).not.toHaveProperty('firstName');
    expect(order.billing_address).toEqual(order.shipping_address);
    expect((await h.control('GET', '/profiles/address-spelling')).body).toEqual({ spelling: 'snake_case' });
  });

  it("sends the Address schema's camelCase names, and only those, when started so or switched through the control API", async () => {
    h = await startHarness({ addressSpelling: 'camelCase' });
    const order = await placed(h);
    expect(order.shipping_address).toEqual({ id: expect.any(Number), firstName: 'Inès', lastName: 'Martin', company: '', street: '8 rue du Port', street2: '', postalCode: '44000', city: 'Nantes', country: 'FR', phoneNumber: '+33611223344' });
    const switched = await h.control('PUT', '/profiles/address-spelling', { spelling: 'snake_case' });
    expect(switched.body).toEqual({ spelling: 'snake_case' });
    expect(((await h.api('GET', `/ws/orders/${order.order_id}`)).body as Order).shipping_address).toHaveProperty('first_name', 'Inès');
    const wrong = await h.control('PUT', '/profiles/address-spelling', { spelling: 'kebab-case' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toMatch(/spelling must be snake_case or camelCase, got \\"kebab-case\\"/);
  });

  it('names the carrier as shipper (the table) beside shipper_display (the schema)', async () => {
    h = await startHarness();
    const order = await placed(h);
    const sku = 'IP13-128-MID-C';
    expect((await h.api('POST', `/ws/orders/${order.order_id}`, { body: { order_id: order.order_id, new_state: 2, sku } })).status).toBe(200);
    const shipped = await h.api('POST', `/ws/orders/${order.order_id}`, { body: { order_id: order.order_id, new_state: 3, tracking_number: '6A0001', shipper: 'Colissimo' } });
    expect(shipped.body).toMatchObject({ shipper: 'Colissimo', shipper_display: 'Colissimo' });
  });

  it('the CLI takes --address-spelling and refuses a spelling it does not know', async () => {
    const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cli.ts');
    const start = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const refused = start(['--address-spelling', 'kebab']);
    let error = '';
    refused.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()));
    expect(await new Promise((resolve) => refused.on('exit', resolve))).toBe(1);
    expect(error).toMatch(/--address-spelling must be snake_case or camelCase, got "kebab"/);

    const running = start(['--address-spelling', 'camelCase']);
    try {
      let out = '';
      const [url, secret] = await new Promise<[string, string]>((resolve, reject) => {
        running.on('exit', () => reject(new Error(`the sandbox stopped: ${out}`)));
        running.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const address = /listening on (\S+)/.exec(out)?.[1];
          const key = /control secret\s+(\S+)/.exec(out)?.[1];
          if (address && key) resolve([address, key]);
        });
      });
      const profile = await fetch(`${url}/__sandbox/profiles/address-spelling`, { headers: { 'X-Sandbox-Secret': secret } });
      expect(await profile.json()).toEqual({ spelling: 'camelCase' });
    } finally {
      running.kill('SIGTERM');
    }
  }, 60_000);
});

describe('date filters', () => {
  it('reads an offset-less date as UTC, takes an explicit offset, and says how to send the + of an offset', async () => {
    h = await startHarness();
    const orders = h.sandbox.state.orders;
    orders.forEach((order, index) => (order.date_modification = ['2026-12-05T23:00:00.000Z', '2026-12-06T00:30:00.000Z', '2026-12-06T01:00:00.000Z'][index % 3] ?? ''));
    const modified = async (filter: string) => {
      const answer = await h!.api('GET', `/ws/orders?date_modification=${filter}`);
      expect(answer.status, answer.text).toBe(200);
      return (answer.body as { results: Order[] }).results.map((order) => order.date_modification).sort();
    };
    expect(await modified(encodeURIComponent('2026-12-06 00:54:22'))).toEqual(['2026-12-06T01:00:00.000Z']);
    expect(await modified('2026-12-06T00:54:22')).toEqual(['2026-12-06T01:00:00.000Z']);
    expect(await modified('2026-12-06T00:54:22Z')).toEqual(['2026-12-06T01:00:00.000Z']);
    expect(await modified(encodeURIComponent('2026-12-06T01:20:00+01:00'))).toEqual(['2026-12-06T00:30:00.000Z', '2026-12-06T01:00:00.000Z']);
    const lostPlus = await h.api('GET', '/ws/orders?date_modification=2026-12-06T01:20:00+01:00');
    expect(lostPlus.status).toBe(400);
    expect(lostPlus.text).toMatch(/encode it as %2B/);
    const dateOnly = await h.api('GET', '/ws/orders?date_creation=2026-12-06');
    expect(dateOnly.status).toBe(400);
    expect(dateOnly.text).toMatch(/date_creation must be a date-time in RFC 3339 format/);
  });
});
