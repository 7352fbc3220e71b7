// What main sends the renderer in real flows carries codes, never a bare English sentence the renderer cannot word:
// a sync against the sandbox that holds offers back and finds a price changed in the back office, and failures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallFailure } from '../../../shared/contract';
import { englishTemplate, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { listingQuerySchema, type SyncProgress } from '../../../shared/sync';
import { dispatch } from '../dispatch';
import { notFound } from '../errors';
import { listings } from './listings';
import { KIT_COUNTRIES, phone } from './plan/plan-test-kit';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
beforeEach(async () => {
  kit = await startSyncKit();
});
afterEach(async () => {
  await kit.close();
});

/** Why a message is not one the renderer can word in every language: no code, a code the registry lacks, or kept English. */
function uncoded(message: MerchantMessage | null | undefined): string | null {
  if (!message) return 'no message at all';
  if (englishTemplate(message.code) === undefined) return `the code ${message.code} is not registered`;
  if (message.code === 'stored.verbatim') return `a bare English sentence: ${String(message.params?.text)}`;
  return null;
}

describe('what main sends the renderer', () => {
  it('after a sync that holds offers back and finds a price changed in the back office, carries codes', async () => {
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2, { condition: 'Z' }));
    await kit.sync();
    const listing = kit.market.sandbox.state.listings.find((candidate) => candidate.sku === 'IP13-1');
    if (!listing?.markets['fr-fr']) throw new Error('IP13-1 was not published in France');
    listing.markets['fr-fr'].price = '399.00';
    await kit.sync();

    const rows = listings(kit.catalogue.db, listingQuerySchema.parse({}), KIT_COUNTRIES).rows;
    const heldBack = rows.filter((row) => row.noneSource === 'preflight');
    const changed = rows.filter((row) => row.changedElsewhere !== null);
    expect(heldBack.map((row) => row.productNumber)).toEqual(['IP13-2', 'IP13-2', 'IP13-2']);
    expect(changed.map((row) => `${row.productNumber} ${row.country}`)).toEqual(['IP13-1 fr-fr']);
    const problems = [
      ...heldBack.flatMap((row) => (row.reasons?.length ? row.reasons.map((reason) => uncoded(reason)) : [`${row.productNumber} ${row.country}: held back with no reason codes (${row.error})`])),
      ...changed.map((row) => uncoded(row.changedElsewhere)),
    ].filter(Boolean);
    expect(problems).toEqual([]);

    // The progress bar's sentences while the sync runs (the outcome after it is worded from the report's counts).
    const running = kit.events.filter((event) => event.name === 'sync:progress').map((event) => event.payload as SyncProgress);
    const ended = new Set<SyncProgress['step']>(['finished', 'cancelled', 'failed']);
    expect(running.filter((progress) => !ended.has(progress.step)).map((progress) => progress.said?.code)).toEqual(expect.arrayContaining(['progress.starting', 'progress.planning', 'progress.sendingTask', 'progress.reconciling']));
    expect(running.filter((progress) => !ended.has(progress.step)).map((progress) => uncoded(progress.said)).filter(Boolean)).toEqual([]);
  });

  it('with a failure, carries its code beside the English for the log', async () => {
    const handlers = {
      'catalogue:get': async () => {
        throw notFound({ thing: 'product' });
      },
      'catalogue:facets': async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
      'catalogue:list': async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    } as unknown as Parameters<typeof dispatch>[0];
    const quiet = { error: () => undefined };
    const failures: CallFailure[] = [];
    for (const [name, input] of [['catalogue:get', { id: 1 }], ['catalogue:facets', {}], ['catalogue:list', {}], ['shell:exec', {}]] as const) {
      const outcome = await dispatch(handlers, name, input, quiet);
      if (outcome.ok) throw new Error(`${name} should fail`);
      failures.push(outcome.failure);
    }
    expect(failures.map((failure) => failure.said?.code)).toEqual(['notFound.product', 'fault.disk-full', 'fault.internal', 'fault.unknownCall']);
    expect(failures.map((failure) => uncoded(failure.said)).filter(Boolean)).toEqual([]);
  });
});
