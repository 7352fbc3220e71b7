import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/contract';
import { CALL_NAMES } from '../../shared/contract';
import { dispatch } from './dispatch';
import { AppError, notFound } from './errors';

function spyHandlers(): Handlers {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => ({ called: name }))])) as unknown as Handlers;
}

describe('dispatch', () => {
  it('passes the parsed input, with defaults applied, to the service', async () => {
    const handlers = spyHandlers();
    const outcome = await dispatch(handlers, 'catalogue:list', { search: 'iphone' });
    expect(outcome).toEqual({ ok: true, value: { called: 'catalogue:list' } });
    expect(handlers['catalogue:list']).toHaveBeenCalledWith({ search: 'iphone', offset: 0, limit: 100 });
  });

  it.each([
    ['a wrong type', 'catalogue:get', { id: 'one' }],
    ['an unknown key', 'catalogue:get', { id: 1, sql: 'DROP TABLE products' }],
    ['a page too large', 'catalogue:list', { limit: 10_000 }],
    ['a field that cannot be edited', 'catalogue:updateField', { ids: [1], field: 'productNumber', value: 'x' }],
    ['a path instead of a staged file id', 'catalogue:importPreview', { fileId: '../../etc/passwd', fileName: 'x' }],
    ['no input at all', 'catalogue:save', undefined],
  ])('never lets %s reach a service', async (_case, name, input) => {
    const handlers = spyHandlers();
    const outcome = await dispatch(handlers, name, input);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.code).toBe('invalid-input');
    for (const call of CALL_NAMES) expect(handlers[call]).not.toHaveBeenCalled();
  });

  it('refuses a call that is not in the contract', async () => {
    const outcome = await dispatch(spyHandlers(), 'shell:exec', {});
    expect(outcome).toEqual({
      ok: false,
      failure: {
        code: 'invalid-input',
        message: 'Refurb Desk does not know the call "shell:exec". Restart Refurb Desk; if it happens again, reinstall the latest version.',
        said: { code: 'fault.unknownCall', params: { name: 'shell:exec' } },
      },
    });
  });

  it("passes a service's own message through, and hides anything else behind a calm one", async () => {
    const handlers = spyHandlers();
    handlers['catalogue:get'] = async () => {
      throw new AppError('not-found', 'This product was not found.');
    };
    expect(await dispatch(handlers, 'catalogue:get', { id: 3 })).toEqual({ ok: false, failure: { code: 'not-found', message: 'This product was not found.' } });

    handlers['catalogue:facets'] = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    const log = { error: vi.fn() };
    const outcome = await dispatch(handlers, 'catalogue:facets', {}, log);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.message).not.toMatch(/undefined|TypeError/);
    expect(!outcome.ok && outcome.failure.code).toBe('internal');
    expect(!outcome.ok && outcome.failure.said).toEqual({ code: 'fault.internal' });
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('carries the code of a message from the registry, so the renderer words it in the merchant\'s language', async () => {
    const handlers = spyHandlers();
    handlers['catalogue:get'] = async () => {
      throw notFound({ thing: 'product' });
    };
    expect(await dispatch(handlers, 'catalogue:get', { id: 3 })).toEqual({
      ok: false,
      failure: { code: 'not-found', message: 'This product was not found. It may have been deleted; refresh the list.', said: { code: 'notFound.product' } },
    });
  });
});
