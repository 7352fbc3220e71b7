// The mapping calls as the composition root binds them, with the category tree fetched from the sandbox marketplace
// through the real client and the connection, then kept for offline use.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COUNTRIES } from '../../../shared/connection';
import type { Core } from '../app';
import { dispatch } from '../dispatch';
import { startSandboxCore, type SandboxCore } from '../test/core-sandbox-kit';

let kit: SandboxCore;
let core: Core;

beforeEach(async () => {
  kit = await startSandboxCore();
  core = kit.core;
});
afterEach(() => kit.close());

describe('the category tree through the connection', () => {
  it('is fetched from the sandbox by the real client, stored, and searchable once the marketplace is gone', async () => {
    const empty = await core.handlers['mapping:categoryTree']({});
    expect(empty.leafCount).toBeGreaterThan(0);
    const refreshed = await core.handlers['mapping:categoryTree']({ refresh: true });
    expect(refreshed.fetchedAt).not.toBeNull();
    expect(refreshed.nodeCount).toBe(empty.nodeCount);

    await kit.closeSandbox();
    const hits = await core.handlers['mapping:searchCategories']({ query: 'micro ondes', limit: 20, leavesOnly: true });
    expect(hits.map((hit) => hit.path)).toContain('Électroménager > Cuisine > Micro-ondes');
    const offline = await core.handlers['mapping:categoryTree']({});
    expect(offline.fetchedAt).toBe(refreshed.fetchedAt);
  });

  it('validates inputs at the edge and answers readiness for the enabled countries', async () => {
    const outcome = await dispatch(core.handlers, 'mapping:setValue', { map: 'colour', merchantValue: 'A', target: 'PREMIUM' }, { error: () => undefined });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
    const readiness = await core.handlers['mapping:readiness']({});
    expect(readiness.countries.map((country) => country.country)).toEqual(DEFAULT_COUNTRIES.map((country) => country.code));
  });
});
