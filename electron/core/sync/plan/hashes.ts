// The hashes a plan compares with what Back Market last accepted: one per kind of change (stock, price, content), and
// the full hash of a line that is stored as rejected_hash when Back Market refuses it.
import type { OfferHashes } from '../plan-types';

/**
 * cyrb53: a fast 53-bit string hash. Not cryptographic — it only tells whether an offer's values changed since Back
 * Market accepted them, and it runs several hundred thousand times per plan (a SHA-1 per group cost ~4x more).
 */
export function hashText(text: string): string {
  return new RunningHash().add(text).digest();
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Every two-digit run, '00' to 'zz': a digest is written two digits at a time. */
const PAIRS = Array.from({ length: 36 * 36 }, (_, pair) => `${DIGITS[Math.floor(pair / 36)]}${DIGITS[pair % 36]}`);

/**
 * A whole number below 2^53 in base 36, exactly as Number#toString(36) writes it (hashes stored before must stay equal),
 * in a fraction of its time: a plan or an import writes one per offer and group.
 */
function base36(value: number): string {
  if (value < 36) return DIGITS[value] as string;
  let text = '';
  let rest = value;
  for (; rest >= 1296; ) {
    const next = Math.floor(rest / 1296);
    text = (PAIRS[rest - next * 1296] as string) + text;
    rest = next;
  }
  return (rest >= 36 ? (PAIRS[rest] as string) : (DIGITS[rest] as string)) + text;
}

/** cyrb53 fed piece by piece, so an offer's cells are hashed without being joined into one string first. */
export class RunningHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** A column and its cell, with separators that no column name holds. */
  addCell(column: string, value: string): this {
    return this.add(column).add('\u0000').add(value).add('\u0001');
  }

  /** Takes up where another hash is: this one continues it, the other is left as it is. */
  from(other: RunningHash): this {
    this.h1 = other.h1;
    this.h2 = other.h2;
    return this;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
  }
}

/** Stock hashes by quantity: a catalogue holds a few hundred distinct quantities, a plan or an import hashes one per product. */
const stockHashes = new Map<string, string>();

/** The stock hash of a quantity: the same for a catalogue offer and for a deleted product taken offline. */
export function stockHashOf(quantity: string): string {
  let hash = stockHashes.get(quantity);
  if (hash === undefined) {
    hash = hashText(`quantity=${quantity}`);
    // Bounded: a catalogue of odd quantities cannot grow it without end.
    if (stockHashes.size < 10_000) stockHashes.set(quantity, hash);
  }
  return hash;
}

/**
 * The full hash of a line: what listing_states.rejected_hash holds for a refused line. The runner computes it from the
 * refused sync_task_lines row (its three hashes), or for a refused real-time stock update from the new stock hash and
 * the row's accepted price and content hashes; an offer whose next line has the same full hash is not sent again.
 */
export const lineHash = (hashes: OfferHashes): string => `${hashes.stock}.${hashes.price}.${hashes.content}`;
