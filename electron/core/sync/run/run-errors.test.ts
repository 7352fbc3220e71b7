// A failed sync frames Back Market's own words in a sentence of ours, so the renderer can word the frame in the
// merchant's language and quote Back Market as it wrote.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../../shared/messages/in-english';
import { ForbiddenError, NetworkError, NotFoundError, RateLimitedError, ValidationError } from '../../backmarket';
import { AppError } from '../../errors';
import { failureSaid, offlineMessage } from './run-errors';

const origin = { method: 'POST', path: '/ws/listings', status: 400, cfRay: '8a1b2c' };

describe('a failed sync as a code', () => {
  it("quotes Back Market's refusal inside our sentence", () => {
    const said = failureSaid(new ValidationError(origin, 'quantity must be a positive integer'));
    expect(said).toEqual({ code: 'backMarket.refusedData', params: { text: 'quantity must be a positive integer' } });
    expect(inEnglish(said ?? { code: 'fault.internal' })).toBe('Back Market refused the data. Back Market said: "quantity must be a positive integer". Correct it and send again.');
  });

  it('names the call Back Market does not know, and the firewall block with its cf-ray', () => {
    expect(failureSaid(new NotFoundError({ ...origin, method: 'GET', status: 404 }, 'No listing'))).toEqual({
      code: 'backMarket.noSuchItemSaid',
      params: { call: 'GET /ws/listings', text: 'No listing' },
    });
    expect(failureSaid(new ForbiddenError({ ...origin, status: 403 }, true))).toEqual({ code: 'backMarket.firewall', params: { cfRay: '8a1b2c' } });
    expect(failureSaid(new ForbiddenError({ ...origin, status: 403 }, false))).toEqual({ code: 'backMarket.forbidden' });
  });

  it("keeps our own failure's code, and an unexpected error is Refurb Desk's problem", () => {
    const ours = new AppError('conflict', 'x', undefined, { code: 'notFound.product' });
    expect(failureSaid(ours)).toEqual({ code: 'notFound.product' });
    expect(failureSaid(new Error('boom'))).toEqual({ code: 'fault.syncInternal' });
  });

  it('says how long an offline or slowed-down sync waits', () => {
    const now = new Date('2026-05-04T10:00:00Z');
    expect(offlineMessage(new NetworkError({ ...origin, status: 0 }, 'refused'), 4_000, now)).toEqual({ code: 'syncOutcome.offline', params: { seconds: 4 } });
    expect(offlineMessage(new RateLimitedError({ ...origin, status: 429 }, 10_000), 10_000, now)).toEqual({
      code: 'syncOutcome.slowDown',
      params: { time: '10:00:10', seconds: 10 },
    });
  });
});
