// The validation engine's public surface, for main and the renderer.
export { compileContext, type ValidationContext, type CountryContext } from './context';
export { validateProduct, problemsByCountry, type NotReadyMask, type ValidationScope } from './validate';
export { isProductSheetColumn } from './scope';
export { mappingCompleteness } from './completeness';
export { offlineWarnings, type OfflineWarning } from './offline';
export { attributeText, fixedValue, marketComment, marketOwnValue, resolveSource, numberOf } from './resolve';
export type { MappingSnapshot, StoredLeaf, ValidationProduct } from './types';
export { brandKey, leafIdOf, resolveLeaf, type LeafChoice, type LeafRules } from './leaf-of';
