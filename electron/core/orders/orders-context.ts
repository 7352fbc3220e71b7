// What every part of the Orders service is given: the current mode's database, Back Market work run through the
// connection (held while the token is rejected), the event bus, the clock, and the carrier-to-shipper mapping.
import type { ApiRunner } from '../connection/api-runner';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';

/** The Back Market Shipper value a merchant carrier is mapped to; undefined when it is not mapped. */
export type ShipperResolver = (db: Db, carrier: string) => string | undefined;

export interface OrdersContext {
  /** The database of the current mode; throws the "finish setup" AppError when there is none. */
  db(): Db;
  run: ApiRunner;
  events: EventBus;
  stamp(): string;
  resolveShipper: ShipperResolver;
  /** Moves being sent by this process right now: an import must not settle them under their feet. */
  inFlight: Set<number>;
}
