// How complete the mapping is per country: required Back Market fields that have a source, out of those required there.
// The count depends on the countries enabled (each adds its per-country fields) and on the leaves categories map to.
import { PLATFORM_CURRENCY, type Completeness, type CountryCompleteness, type MappingSection } from '../mapping';
import type { ValidationContext } from './context';

export function mappingCompleteness(context: ValidationContext): Completeness {
  const base: { field: string; label: string; section: MappingSection; mapped: boolean }[] = [];
  let eanOrIdMapped = false;
  for (const { spec, source } of context.baseFields) {
    if (spec.requirement === 'ean-or-product-id') eanOrIdMapped ||= source !== null;
    else if (spec.requirement === 'required') base.push({ field: spec.field, label: spec.label, section: 'attributes', mapped: source !== null });
  }
  base.push({ field: 'ean', label: 'EAN or Back Market product id', section: 'attributes', mapped: eanOrIdMapped });
  // Every leaf a product can go to: the categories' and those of brand rules and products' own leaves.
  const usedLeaves = new Set([...context.categories.values(), ...[...context.brandRules.values()].flatMap((rules) => [...rules.values()]), ...context.productLeaves.values()]);
  for (const leafId of usedLeaves) {
    const leaf = context.leaves.get(leafId);
    for (const attribute of leaf?.compiled ?? []) {
      if (attribute.attribute.required) {
        base.push({ field: attribute.key, label: `${attribute.attribute.label} (${leaf?.path ?? leafId})`, section: 'category-attributes', mapped: attribute.source !== null });
      }
    }
  }
  const countries = context.countries.map((country): CountryCompleteness => {
    const items = [...base];
    for (const { spec, source } of country.fields) {
      const required = spec.requirement === 'required' || (spec.kind === 'currency' && country.country.currency !== PLATFORM_CURRENCY);
      if (required) items.push({ field: spec.field, label: spec.label, section: 'attributes', mapped: source !== null });
    }
    const mapped = items.filter((item) => item.mapped).length;
    return {
      country: country.country.code,
      currency: country.country.currency,
      required: items.length,
      mapped,
      ratio: items.length === 0 ? 1 : mapped / items.length,
      missing: items.filter((item) => !item.mapped).map(({ field, label, section }) => ({ field, label, section })),
    };
  });
  return { countries };
}
