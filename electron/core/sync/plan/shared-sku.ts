// Two catalogue products whose SKUs differ only by case ('BM-7' and 'bm-7') are one listing on Back Market, which matches
// SKUs whatever their case: sent both, each sync would set that listing to the other's values. The pre-flight check holds
// both, saying which products share the SKU, until the merchant deletes or renames one; nothing is merged or deleted.
import { inEnglish } from '../../../../shared/messages/in-english';
import { said } from '../../../../shared/messages/merchant-message';
import type { BlockedOffer } from '../plan-types';

/** The offer of a product sharing its SKU with others (`spellings`: every spelling in the catalogue, its own first). */
export function heldSharedSku(productNumber: string, sku: string, country: string, spellings: readonly string[]): BlockedOffer {
  const reason = said('problem.skuSharedCase', { skus: spellings.map((spelling) => `"${spelling}"`).join(', ') });
  return { productNumber, sku, country, problems: [inEnglish(reason)], reasons: [reason] };
}
