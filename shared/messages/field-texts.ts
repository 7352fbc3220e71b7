// The English names and help of Back Market's fields (BM_FIELDS in shared/mapping.ts) as the renderer's `bmFields`
// texts, so the field's English has one source; the other languages translate the same keys in
// renderer/i18n/locales/<language>.bmfields.json.
import { BM_FIELDS } from '../mapping';

export type FieldTexts = Record<string, { label: string; hint: string }>;

export const ENGLISH_FIELD_TEXTS: FieldTexts = Object.fromEntries(BM_FIELDS.map((spec) => [spec.field, { label: spec.label, hint: spec.hint }]));
