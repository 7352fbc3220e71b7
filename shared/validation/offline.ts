// What does not keep a product off Back Market but keeps its offer offline there: without a comment Back Market accepts
// the offer and holds it at publication_state 0, published but not on sale. Apart from validateProduct, so the readiness
// verdict (and its 800,000 product-country hot path, the sync plan and the readiness cache) does not change.
import type { ProblemFix } from '../mapping';
import { fallsBack, type ValidationContext } from './context';
import { marketOwnValue, productFieldOf, resolveSource } from './resolve';
import { marketCommentColumn } from '../market-language';
import type { ValidationProduct } from './types';

export interface OfflineWarning {
  /** The Back Market field that is empty. */
  field: 'comment';
  /** The enabled countries, in the merchant's order, where the offer would be published but not on sale. */
  countries: string[];
  /** The product field or mapping that gives the comment there. */
  fix: ProblemFix;
}

/** The countries where this product's comment resolves empty, grouped by where the merchant fixes it. */
export function offlineWarnings(product: ValidationProduct, context: ValidationContext): OfflineWarning[] {
  const warnings = new Map<string, OfflineWarning>();
  for (const country of context.countries) {
    const mapped = country.fields.find((entry) => entry.spec.field === 'comment');
    if (!mapped) continue;
    const code = country.country.code;
    const { source, content } = mapped;
    const own = marketOwnValue(product, 'comment', code);
    // Held empty as the market's own: Back Market holds no comment there, and none is sent.
    if (own === null) {
      warnings.set(`own:${code}`, { field: 'comment', countries: [code], fix: { kind: 'product-field', field: marketCommentColumn(code) } });
      continue;
    }
    if (source && (own !== undefined || resolveSource(product, source, code) !== null)) continue;
    const fallback = content?.fallback ? resolveSource(product, content.fallback, code) : null;
    // The catalogue's comment is sent where this market falls back to it; where the merchant chose to fill this market's
    // texts, the missing one is already a problem that keeps the offer from being sent.
    if (fallback !== null && content && (fallsBack(content) || content.choice === 'fill')) continue;
    // Fixed where the text comes from: the catalogue's comment where this market falls back to it, the mapping when none is.
    const fixSource = content ? (fallsBack(content) ? content.fallback : content.implicit ? null : content.own) : source;
    const fieldName = fixSource ? productFieldOf(fixSource) : null;
    const fix: ProblemFix = fieldName ? { kind: 'product-field', field: fieldName } : { kind: 'mapping', section: 'attributes', key: 'comment' };
    const key = JSON.stringify(fix);
    const warning = warnings.get(key) ?? { field: 'comment' as const, countries: [], fix };
    warning.countries.push(code);
    warnings.set(key, warning);
  }
  return [...warnings.values()];
}
