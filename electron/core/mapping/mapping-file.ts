// Mappings as a JSON file: exported for a backup or another computer, imported (checked with zod first, then written in
// one transaction that replaces every mapping) so a half-valid file never leaves a half-applied mapping.
import { isGrade } from '../../../shared/grades';
import { BM_FIELD_NAMES, MAPPING_FILE_FORMAT, MAPPING_FILE_VERSION, mappingFileSchema, parseCategoryAttributeKey, type MappingExport, type MappingFile } from '../../../shared/mapping';
import { isShipper } from '../../../shared/shippers';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { brandRules, productLeaves, setBrandRule, setProductLeaf } from './leaf-rules-repo';
import { categoryMappings, clearMappings, fieldMappings, setCategoryMapping, setFieldMapping, setValueMapping, valueMaps } from './mapping-repo';

export function exportMappings(db: Db, now: Date): MappingExport {
  const file: MappingFile = {
    format: MAPPING_FILE_FORMAT,
    version: MAPPING_FILE_VERSION,
    exportedAt: now.toISOString(),
    categories: categoryMappings(db),
    fields: fieldMappings(db),
    values: valueMaps(db),
    brandRules: brandRules(db),
    productLeaves: productLeaves(db),
  };
  return { fileName: `refurb-desk-mapping-${now.toISOString().slice(0, 10)}.json`, content: `${JSON.stringify(file, null, 2)}\n` };
}

const MAX_LISTED = 5;

/** Parses and checks a mapping file; throws an invalid-input error listing what is wrong and where. */
export function parseMappingFile(content: string): MappingFile {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw saidError('invalid-input', said('mapping.fileNotJson', { detail: (error as Error).message }));
  }
  const parsed = mappingFileSchema.safeParse(json);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  if (parsed.success) {
    parsed.data.fields.forEach((entry, index) => {
      if (!BM_FIELD_NAMES.includes(entry.backMarketField) && !parseCategoryAttributeKey(entry.backMarketField)) {
        issues.push({ path: `fields.${index}.backMarketField`, message: `"${entry.backMarketField}" is not a Back Market field.` });
      }
    });
    parsed.data.values.forEach((entry, index) => {
      if (entry.map === 'condition' && !isGrade(entry.target)) issues.push({ path: `values.${index}.target`, message: `"${entry.target}" is not a Back Market grade.` });
      if (entry.map === 'carrier' && !isShipper(entry.target)) issues.push({ path: `values.${index}.target`, message: `"${entry.target}" is not a Back Market shipper.` });
    });
  }
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED).map((issue) => `${issue.path || 'file'}: ${issue.message}`);
    const problems = listed.join('; ');
    const refusal = issues.length > MAX_LISTED ? said('mapping.fileRefusedMore', { problems, more: issues.length - MAX_LISTED }) : said('mapping.fileRefused', { problems });
    throw saidError('invalid-input', refusal, issues);
  }
  return parsed.data as MappingFile;
}

/** Replaces every mapping with the file's, in the caller's transaction. */
export function writeMappings(db: Db, file: MappingFile, now: string): void {
  clearMappings(db);
  for (const entry of file.categories) setCategoryMapping(db, entry.merchantCategory, entry.marketplaceCategoryId, now);
  for (const entry of file.fields) setFieldMapping(db, entry.backMarketField, entry.country, entry.source, now);
  for (const entry of file.values) setValueMapping(db, entry.map, entry.merchantValue, entry.target, now);
  // Every mapping is replaced: a file without brand rules or products' own leaves leaves none.
  db.exec('DELETE FROM category_brand_rules; DELETE FROM product_leaf_overrides;');
  for (const entry of file.brandRules ?? []) setBrandRule(db, entry.merchantCategory, entry.brand, entry.marketplaceCategoryId, now);
  for (const entry of file.productLeaves ?? []) setProductLeaf(db, entry.productNumber, entry.marketplaceCategoryId, now);
}
