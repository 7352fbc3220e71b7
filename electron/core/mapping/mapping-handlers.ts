// The mapping contract entries bound to the mapping service, spread into the composition root's handlers.
import type { mappingCalls } from '../../../shared/contract/mapping-calls';
import type { leafRuleCalls } from '../../../shared/contract/leaf-rule-calls';
import type { priceFillCalls } from '../../../shared/contract/price-fill-calls';
import type { Handlers } from '../../../shared/contract';
import type { MappingService } from './mapping-service';

type MappingHandlers = Pick<Handlers, keyof typeof mappingCalls | keyof typeof priceFillCalls | keyof typeof leafRuleCalls>;

export function mappingHandlers(mapping: MappingService): MappingHandlers {
  return {
    'mapping:categoryTree': async ({ refresh }) => mapping.categoryTree(refresh),
    'mapping:searchCategories': async ({ query, limit, leavesOnly }) => mapping.searchCategories(query, limit, leavesOnly),
    'mapping:merchantCategories': async () => mapping.merchantCategories(),
    'mapping:setCategory': async ({ merchantCategory, marketplaceCategoryId }) => mapping.setCategory(merchantCategory, marketplaceCategoryId),
    'mapping:categoryAttributes': async ({ marketplaceCategoryId }) => mapping.categoryAttributes(marketplaceCategoryId),
    'mapping:fields': async () => mapping.fields(),
    'mapping:setField': async ({ backMarketField, country, source }) => mapping.setField(backMarketField, country, source),
    'mapping:applySuggestions': async () => mapping.applySuggestions(),
    'mapping:valueMap': async ({ map }) => mapping.valueMap(map),
    'mapping:setValue': async ({ map, merchantValue, target }) => mapping.setValue(map, merchantValue, target),
    'mapping:merchantValues': async ({ source, limit }) => mapping.merchantValues(source, limit),
    'mapping:completeness': async () => mapping.completeness(),
    'mapping:problems': async ({ productId }) => mapping.problems(productId),
    'mapping:readiness': async () => mapping.readiness(),
    'mapping:snapshot': async () => mapping.snapshot(),
    'mapping:export': async () => mapping.exportMappings(),
    'mapping:import': async ({ content }) => mapping.importMappings(content),
    'mapping:categoryBranches': async ({ merchantCategory }) => mapping.categoryBranches(merchantCategory),
    'mapping:setBrandRule': async ({ merchantCategory, brand, marketplaceCategoryId }) => mapping.setBrandRule(merchantCategory, brand, marketplaceCategoryId),
    'mapping:productLeaf': async ({ productNumber }) => mapping.productLeaf(productNumber),
    'mapping:setProductLeaf': async ({ productNumber, marketplaceCategoryId }) => mapping.setProductLeaf(productNumber, marketplaceCategoryId),
    'pricing:matrix': async (query) => mapping.priceMatrix(query),
    'pricing:setPrice': async ({ productId, country, price }) => mapping.setPrice(productId, country, price),
    'pricing:bulk': async (action) => mapping.bulkPrices(action),
    'pricing:rates': async () => mapping.currencyRates(),
    'pricing:fill': async (fill) => mapping.fillPrices(fill),
  };
}
