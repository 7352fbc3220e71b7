// BackBox calls: where a listing stands against its competitors, per market. The limiter gives /ws/backbox its own
// bucket of 2 calls per second (the contract's limit per token), on top of the app's overall budget.
import type { Caller } from './transport';
import type { Competitor } from './types/backbox';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BackboxCalls {
  /** One Competitor per market the listing is on sale in (listingId: the listing's UUID, not its numeric id). */
  getCompetitors(listingId: string): Promise<Competitor[]>;
}

export function backboxCalls(call: Caller): BackboxCalls {
  return {
    getCompetitors: async (listingId) => {
      if (!UUID.test(listingId)) throw new Error(`The BackBox is read by the listing's UUID (such as 7e1f4a8d-b1bb-47aa-9f77-2cca759eb41b), not "${listingId}": sync the offer first so its UUID is known.`);
      const answer = await call<unknown>({ method: 'GET', path: `/ws/backbox/v1/competitors/${listingId.toLowerCase()}` });
      // The contract answers an array; anything else is read as "no market" rather than trusted.
      return Array.isArray(answer) ? (answer as Competitor[]) : [];
    },
  };
}
