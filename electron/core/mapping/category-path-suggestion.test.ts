// A merchant category written as a path, in any of the six market languages, gets a suggested leaf the merchant confirms.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { upsertProduct } from '../db/products-repo';
import { tempDatabase } from '../test/temp-db';
import { pathQueries } from './category-path-suggestion';
import type { MappingService } from './mapping-service';
import { mappingServiceOver, sandboxCategoryTree } from './mapping-test-kit';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;

const CATEGORIES = [
  'Téléphonie > Smartphones',
  'Handys & Smartphones > Apple',
  'Informatique > Ordinateurs portables',
  'Informática / Portátiles',
  'Elettrodomestici > Lavatrici',
  'Huishouden > Stofzuigers',
  'Home > Kitchen > Coffee machines',
  'Divers > Sans rapport',
];

beforeEach(async () => {
  ({ db, cleanup } = tempDatabase());
  mapping = mappingServiceOver(db, '2026-12-06T10:00:00Z', { fetchCategoryTree: sandboxCategoryTree });
  CATEGORIES.forEach((category, index) => upsertProduct(db, { productNumber: `P${index}`, title: `Product ${index}`, category }, {}, '2026-12-06T10:00:00Z'));
  await mapping.categoryTree();
});
afterEach(() => cleanup());

const suggested = () => Object.fromEntries(mapping.merchantCategories().categories.map((entry) => [entry.merchantCategory, entry.suggestion?.path ?? null]));

describe('suggestions from the merchant’s category path', () => {
  it('suggests a leaf from the last segment, then the earlier ones, in the six languages', () => {
    expect(suggested()).toEqual({
      'Téléphonie > Smartphones': 'Téléphones > Smartphones > iPhone',
      // "Apple" is no category: the segment before it is.
      'Handys & Smartphones > Apple': 'Téléphones > Smartphones > iPhone',
      'Informatique > Ordinateurs portables': 'Informatique > Ordinateurs portables > MacBook',
      'Informática / Portátiles': 'Informatique > Ordinateurs portables > MacBook',
      'Elettrodomestici > Lavatrici': 'Électroménager > Entretien de la maison > Lave-linge',
      'Huishouden > Stofzuigers': 'Électroménager > Entretien de la maison > Aspirateurs',
      'Home > Kitchen > Coffee machines': 'Électroménager > Cuisine > Machines à café',
      'Divers > Sans rapport': null,
    });
  });

  it('is only a suggestion: the category stays unmapped until the merchant confirms it', () => {
    const phones = mapping.merchantCategories().categories.find((entry) => entry.merchantCategory === 'Téléphonie > Smartphones');
    expect(phones).toMatchObject({ marketplaceCategoryId: null, leaf: null });
    mapping.setCategory('Téléphonie > Smartphones', phones?.suggestion?.marketplaceCategoryId ?? null);
    expect(mapping.merchantCategories().categories.find((entry) => entry.merchantCategory === 'Téléphonie > Smartphones')).toMatchObject({ marketplaceCategoryId: 2, suggestion: null });
  });

  it('tries the last segment first, and each part of a segment joined by "&" or "and" in any language', () => {
    expect(pathQueries('Handys & Smartphones > Apple')).toEqual(['Apple', 'Handys Smartphones', 'Handys', 'Smartphones']);
    expect(pathQueries('Téléphones et accessoires / Coques')).toEqual(['Coques', 'Téléphones accessoires', 'Téléphones', 'accessoires']);
    expect(pathQueries('  ')).toEqual([]);
  });
});
