import { describe, expect, it } from 'vitest';
import { LANGUAGE_CHOICE_MAP } from '../market-language';
import { compileContext } from './context';
import { offlineWarnings } from './offline';
import { completeSnapshot, readyProduct } from './test-fixture';
import type { MappingSnapshot } from './types';
import { validateProduct } from './validate';

const withoutComment = (product = readyProduct()) => ({ ...product, attributes: { ...product.attributes, Comment: '  ' } });

describe('offlineWarnings', () => {
  it('says nothing for a product with a comment in every country', () => {
    expect(offlineWarnings(readyProduct(), compileContext(completeSnapshot()))).toEqual([]);
  });

  it('lists every country where the comment is empty, fixed at the product’s comment, without changing readiness', () => {
    const context = compileContext(completeSnapshot());
    const product = withoutComment();
    expect(offlineWarnings(product, context)).toEqual([{ field: 'comment', countries: ['fr-fr', 'de-de', 'en-gb'], fix: { kind: 'product-field', field: 'Comment' } }]);
    // A warning, not a problem: the product stays ready everywhere.
    expect(validateProduct(product, context)).toBe(0);
    expect(validateProduct(readyProduct(), context)).toBe(0);
  });

  it('counts a market’s own comment first, the catalogue’s where it falls back', () => {
    const context = compileContext(completeSnapshot());
    // Only a German comment: France and the United Kingdom (falling back to the catalogue's, empty) stay offline.
    const product = withoutComment(readyProduct({ attributes: { ...readyProduct().attributes, comment_de: 'Mit Kabel' } }));
    expect(offlineWarnings(product, context)).toEqual([{ field: 'comment', countries: ['fr-fr', 'en-gb'], fix: { kind: 'product-field', field: 'Comment' } }]);
  });

  it('points at the market’s own comment where it does not fall back, and leaves to the blocking problem a text the merchant chose to fill', () => {
    const snapshot: MappingSnapshot = {
      ...completeSnapshot(),
      fields: [...completeSnapshot().fields, { backMarketField: 'comment', country: 'de-de', source: { kind: 'attribute', name: 'Kommentar' } }],
      values: [...completeSnapshot().values, { map: LANGUAGE_CHOICE_MAP, merchantValue: 'en-gb', target: 'fill' }],
    };
    const context = compileContext(snapshot);
    // A catalogue comment but no German one (its own mapping, no choice made: no fallback) and no English one (to fill).
    expect(offlineWarnings(readyProduct(), context)).toEqual([{ field: 'comment', countries: ['de-de'], fix: { kind: 'product-field', field: 'Kommentar' } }]);
    expect(validateProduct(readyProduct(), context)).toBe(1 << 2);
  });

  it('says a market whose own comment is held empty (Back Market holds none there) stays offline, pointing at that column', () => {
    const context = compileContext(completeSnapshot());
    const product = readyProduct({ attributes: { ...readyProduct().attributes, 'comment_de-de': '' } });
    expect(offlineWarnings(product, context)).toEqual([{ field: 'comment', countries: ['de-de'], fix: { kind: 'product-field', field: 'comment_de-de' } }]);
    expect(validateProduct(product, context)).toBe(0);
  });

  it('checks a market’s own warranty there, over the mapped one', () => {
    const context = compileContext(completeSnapshot());
    // 6 months for Germany only: below Back Market's minimum there, France and the United Kingdom keep the mapped 12.
    expect(validateProduct(readyProduct({ attributes: { ...readyProduct().attributes, 'warranty_de-de': '6' } }), context)).toBe(1 << 1);
    expect(validateProduct(readyProduct({ attributes: { ...readyProduct().attributes, 'warranty_de-de': '24' } }), context)).toBe(0);
  });

  it('sends the merchant to the mapping when no comment is mapped', () => {
    const snapshot = completeSnapshot();
    const context = compileContext({ ...snapshot, fields: snapshot.fields.filter((entry) => entry.backMarketField !== 'comment') });
    expect(offlineWarnings(readyProduct(), context)).toEqual([{ field: 'comment', countries: ['fr-fr', 'de-de', 'en-gb'], fix: { kind: 'mapping', section: 'attributes', key: 'comment' } }]);
  });
});
