// Behaviour: CSV catalog tasks (status 0/2 -> 9 or 8, per-line results), product creation and its validation delay.
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, startHarness, waitForTask, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Line = { line: number; sku: string | null; status: string; errors?: { field: string; message: string }[]; product_id?: string; product_created?: boolean };

async function run(harness: Harness, lines: string[], market = 'fr-fr') {
  const posted = await harness.api('POST', '/ws/listings', { body: catalog(lines), market });
  expect(posted.status, posted.text).toBe(200);
  const task = await waitForTask(harness, (posted.body as { bodymessage: number }).bodymessage, market);
  return task as { action_status: number; last_action_error: string | null; result: { lines: Line[]; created: number; updated: number; errors: number } };
}

const CREATE_HEADER = 'sku;ean;grade;price;quantity;comment;warranty_delay;category_id;title;description;brand;price_new;weight;image1;model;vacuum_type;bagless;power';

describe('catalog tasks', () => {
  it('moves from 0 to 2 to 9 after the configured delay', async () => {
    let now = Date.parse('2025-03-01T09:00:00Z');
    h = await startHarness({ taskDelayMs: 60_000, now: () => new Date(now) });
    const posted = await h.api('POST', '/ws/listings', { body: catalog(['sku;quantity', 'IP13-128-MID-A;4']) });
    const id = (posted.body as { bodymessage: number }).bodymessage;
    expect((posted.body as { statuscode: number }).statuscode).toBe(200);
    expect(((await h.api('GET', `/ws/tasks/${id}`)).body as { action_status: number }).action_status).toBe(0);
    now += 30_000;
    expect(((await h.api('GET', `/ws/tasks/${id}`)).body as { action_status: number }).action_status).toBe(2);
    now += 30_000;
    const done = (await h.api('GET', `/ws/tasks/${id}`)).body as { action_status: number; result: { updated: number } };
    expect(done.action_status).toBe(9);
    expect(done.result.updated).toBe(1);
    expect(h.sandbox.state.listings.find((listing) => listing.sku === 'IP13-128-MID-A')?.quantity).toBe(4);
  });

  it('reports created, updated and each kind of error per line', async () => {
    h = await startHarness();
    const task = await run(h, [
      'sku;ean;product_id;grade;price;quantity;comment;warranty_delay',
      'NEW-1;0194252120002;;EXCELLENT;500;3;Comme neuf;24',
      'ip13-128-mid-a;;;;;5;;',
      ';0194252120002;;GOOD;400;1;x;12',
      'NEW-2;;;GOOD;400;1;x;12',
      'NEW-3;0194252120002;;GOOD;400;1;x;6',
      'NEW-4;0194252120002;;GOOD;9999;1;x;12',
      'NEW-5;0194252120002;;SHINY-NEW;400;1;x;12',
      'NEW-6;;bfe43c83-412b-4083-b9b8-477786eca982;Gold;400;1;x;12',
    ]);
    expect(task.action_status).toBe(9);
    const byLine = (line: number) => task.result.lines.find((entry) => entry.line === line);
    expect(byLine(2)?.status).toBe('created');
    expect(byLine(3)?.status).toBe('updated');
    expect(byLine(4)?.errors?.[0]?.field).toBe('sku');
    expect(byLine(5)?.errors?.[0]?.message).toMatch(/Neither ean nor product_id/);
    expect(byLine(6)?.errors?.[0]?.message).toMatch(/minimum of 12 months/);
    expect(byLine(7)?.errors?.[0]?.message).toMatch(/above max_price/);
    expect(byLine(8)?.errors?.[0]?.field).toBe('grade');
    expect(byLine(9)?.status).toBe('created');
    expect(h.sandbox.state.listings.find((listing) => listing.sku === 'NEW-6')?.grade).toBe('VERY_GOOD');
    expect(task.result).toMatchObject({ created: 2, updated: 1, errors: 5 });
  });

  it('creates a product for an unknown EAN, pending until the validation delay passes', async () => {
    let now = Date.parse('2025-03-01T09:00:00Z');
    h = await startHarness({ validationDelayMs: 3_600_000, now: () => new Date(now) });
    const task = await run(h, [
      CREATE_HEADER,
      'VAC-1;3760123456784;GOOD;199;2;Bon état;12;32;Aspirateur robot Exemple R1;Robot aspirateur reconditionné;Exemple;399;3500;https://example.com/r1.jpg;R1;Robot;Oui;40',
      'VAC-2;3760123456791;GOOD;199;2;Bon état;12;32;Aspirateur X;Desc;Exemple;399;3500;https://example.com/x.jpg;X;Hélicoptère;Oui;40',
      'VAC-3;3760123456807;GOOD;199;2;Bon état;12;32;Aspirateur Y;Desc;Exemple;399;3500;https://example.com/y.jpg;;Balai;Oui;40',
      'VAC-4;3760123456814;GOOD;199;2;Bon état;12;;;;;;;;;;;',
      'VAC-5;3760123456821;GOOD;199;2;Bon état;12;32;Aspirateur Z;Desc;Exemple;399;3500;https://example.com/z.jpg;Z;Balai;Oui;beaucoup',
    ]);
    const [created, badChoice, missingAttribute, missingFields, badInteger] = task.result.lines;
    expect(created?.status).toBe('created');
    expect(created?.product_created).toBe(true);
    expect(badChoice?.errors?.[0]?.message).toMatch(/not one of the allowed values/);
    expect(missingAttribute?.errors?.[0]?.field).toBe('model');
    expect(missingFields?.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['category_id', 'title', 'brand', 'weight', 'image1']));
    expect(badInteger?.errors?.[0]?.field).toBe('power');
    const listing = await h.api('GET', '/ws/listings/detail?sku=VAC-1');
    expect((listing.body as { publication_state: number }).publication_state).toBe(1);
    now += 3_600_000;
    const later = await h.api('GET', '/ws/listings/detail?sku=VAC-1');
    expect((later.body as { publication_state: number; title: string }).publication_state).toBe(2);
    expect((later.body as { title: string }).title).toBe('Aspirateur robot Exemple R1');
  });

  it('a header without sku fails the task (8) with last_action_error', async () => {
    h = await startHarness();
    const task = await run(h, ['ean;quantity', '0194252120002;1']);
    expect(task.action_status).toBe(8);
    expect(task.last_action_error).toMatch(/sku/);
  });

  it('publication_state follows the listing: 0 without comment, 3 at quantity 0, 2 online', async () => {
    h = await startHarness();
    await run(h, ['sku;ean;grade;price;quantity', 'PUB-1;0194252120002;GOOD;450;2']);
    const state = async () => ((await h!.api('GET', '/ws/listings/detail?sku=PUB-1')).body as { publication_state: number }).publication_state;
    expect(await state()).toBe(0);
    const id = (await h.api('GET', '/ws/listings/detail?sku=PUB-1')).body as { id: string };
    await h.api('POST', `/ws/listings/${id.id}`, { body: { comment: 'Bon état général' } });
    expect(await state()).toBe(2);
    await h.api('POST', `/ws/listings/${id.id}`, { body: { quantity: 0 } });
    expect(await state()).toBe(3);
    const online = await h.api('GET', '/ws/listings?publication_state=3&max_quantity=0');
    expect((online.body as { results: { sku: string }[] }).results.map((listing) => listing.sku)).toContain('PUB-1');
    expect(((await h.api('GET', '/ws/listings?publication_state=4')).body as { count: number }).count).toBe(1);
  });

  it('paginates listings with count, next and previous, page-size at most 50', async () => {
    h = await startHarness();
    const first = (await h.api('GET', '/ws/listings?page-size=4')).body as { count: number; next: string | null; previous: string | null };
    expect(first.count).toBe(10);
    expect(first.next).toContain('page=2');
    expect(first.previous).toBeNull();
    const last = (await h.api('GET', '/ws/listings?page-size=4&page=3')).body as { results: unknown[]; next: string | null; previous: string | null };
    expect(last.results).toHaveLength(2);
    expect(last.next).toBeNull();
    expect(last.previous).toContain('page=2');
    expect((await h.api('GET', '/ws/listings?page-size=51')).status).toBe(400);
  });

  it('real-time update: 400 with a message on invalid values, shippers by slot', async () => {
    h = await startHarness();
    const bad = async (body: unknown) => h!.api('POST', '/ws/listings/4001', { body });
    expect((await bad({ comment: 'x'.repeat(501) })).body).toMatch(/maximum is 500/);
    expect((await bad({ price: 'cheap' })).body).toMatch(/price/);
    expect((await bad({ quantity: -1 })).body).toMatch(/quantity/);
    expect((await bad({ shipper_2: 'Pigeon voyageur', shipping_price_2: 1, shipping_delay_2: 24 })).body).toMatch(/shipper/);
    expect((await bad({ currency: 'USD' })).body).toMatch(/EUR/);
    const ok = await bad({ shipper_2: 'TRANSPORTEUR PRIVE', shipper_display_2: 'Mon transporteur', shipping_price_2: '4.90', shipping_delay_2: 72 });
    expect(ok.status).toBe(200);
    const shippings = (ok.body as { shippings: { shipper: string; shipper_display: string }[]; shippings_response: string[] }).shippings;
    expect(shippings.find((entry) => entry.shipper === 'Private Transporter')?.shipper_display).toBe('Mon transporteur');
  });
});
