// Two catalogue products whose SKUs differ only by case ('BM-7' and 'bm-7') are one listing on Back Market, which matches
// SKUs whatever their case: sent both, each sync would set that listing to the other's values. The pre-flight check holds
// both, saying which products share the SKU, until the merchant deletes or renames one; nothing is merged or deleted.
import { inEnglish } from '../../../../shared/messages/in-english';
import { said } from '../../../../shared/messages/merchant-message';
import type { Db } from '../../db/connection';
import { IS_OFFER } from '../listings/listing-sql';
import type { BlockedOffer } from '../plan-types';

/** The offer of a product sharing its SKU with others (`spellings`: every spelling in the catalogue, its own first). */
export function heldSharedSku(productNumber: string, sku: string, country: string, spellings: readonly string[]): BlockedOffer {
  const reason = said('problem.skuSharedCase', { skus: spellings.map((spelling) => `"${spelling}"`).join(', ') });
  return { productNumber, sku, country, problems: [inEnglish(reason)], reasons: [reason] };
}

type Candidate = { id: number; productNumber: string };

/**
 * The plan's candidates with every offer sharing a candidate's SKU in another case: held in all its markets, both
 * products at once, even the one with nothing waiting (else it would go on selling under the other's listing). Two
 * such products with nothing waiting send nothing either: they are held once one of them changes.
 */
export function withSharedSkuOffers(db: Db, candidates: Candidate[] | 'all', shared: ReadonlyMap<string, readonly string[]>): Candidate[] | 'all' {
  if (candidates === 'all' || shared.size === 0) return candidates;
  const listed = new Set(candidates.map((candidate) => candidate.productNumber));
  const missing = [...shared.keys()].filter((productNumber) => !listed.has(productNumber));
  if (missing.length === 0) return candidates;
  const added = db
    .prepare(`SELECT p.id, p.product_number AS productNumber FROM products p WHERE p.product_number IN (SELECT value FROM json_each(?)) AND ${IS_OFFER}`)
    .all(JSON.stringify(missing)) as Candidate[];
  return [...candidates, ...added].sort((a, b) => a.id - b.id);
}
