// The leaf suggested for a merchant category written as a path ("Téléphonie > Smartphones", "Handys & Smartphones >
// Apple"): its last segment is the most precise, so it is searched first, then the earlier ones; within a segment, the
// whole text, then its parts around "&", "and", "et", "und", "y", "e", "en" (a segment may name two categories).
import type { CategoryHit } from '../../../shared/mapping';
import type { Db } from '../db/connection';
import { glossName } from './category-gloss';
import { searchCategoryTree } from './category-tree-repo';

const SEGMENT_SEPARATOR = /\s*(?:>|»|\||\\|\/)\s*/;
/** "and" in the six market languages, and the signs merchants write for it. */
const JOINERS = /\s*(?:&|\+|,|;|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b)\s*/i;

/** The queries tried for a merchant category, most precise first. */
export function pathQueries(merchantCategory: string): string[] {
  const segments = merchantCategory
    .split(SEGMENT_SEPARATOR)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
  const queries: string[] = [];
  for (const segment of segments.reverse()) {
    const parts = segment
      .split(JOINERS)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    queries.push(parts.join(' '), ...(parts.length > 1 ? parts : []));
  }
  return [...new Set(queries)];
}

/** The best leaf for a merchant category, by its own words or their English gloss, segment by segment; null when none. */
export function suggestLeafForCategory(db: Db, merchantCategory: string): CategoryHit | null {
  const whole = searchCategoryTree(db, merchantCategory, 1, true)[0];
  if (whole) return whole;
  for (const query of pathQueries(merchantCategory)) {
    const direct = searchCategoryTree(db, query, 1, true)[0];
    if (direct) return direct;
    const english = glossName(query);
    const glossed = english ? searchCategoryTree(db, english, 1, true)[0] : undefined;
    if (glossed) return glossed;
  }
  return null;
}
