// The contract entries of filling prices from the catalogue price or another country's, converted with the merchant's
// currency rates. shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import { priceFillSchema, type CurrencyRates } from '../price-conversion';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

export const priceFillCalls = {
  /** The rates the merchant last filled prices with: units of each currency for one euro. */
  'pricing:rates': { input: z.object({}).strict(), result: returns<CurrencyRates>() },
  /** Fills the target products' prices; refused when a currency it converts into has no rate. */
  'pricing:fill': { input: priceFillSchema, result: returns<{ updated: number }>() },
} as const;
