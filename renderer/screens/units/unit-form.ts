// The unit form's rules (recording a device, editing one), checked before anything is sent: an IMEI that passes its
// check digit (or a serial), the product, amounts as the merchant writes them (212,50 or 212.50), a battery
// percentage. Errors are i18n keys.
import { isValidImei, normaliseImei, type Unit, type UnitInput, type VatRegime } from '../../../shared/device-units';
import type { Grade } from '../../../shared/grades';

export interface UnitForm {
  /** The IMEI or serial number as scanned or typed. */
  code: string;
  /** A serial number beside an IMEI (the code is the IMEI). */
  serial: string;
  imei2: string;
  sku: string;
  merchantGrade: string;
  /** The Back Market grade; empty when not set. */
  grade: Grade | '';
  batteryHealth: string;
  colour: string;
  storage: string;
  purchaseCost: string;
  repairCost: string;
  supplier: string;
  purchaseDate: string;
  vatRegime: VatRegime;
  notes: string;
}

export const EMPTY_UNIT_FORM: UnitForm = {
  code: '', serial: '', imei2: '', sku: '', merchantGrade: '', grade: '', batteryHealth: '', colour: '', storage: '', purchaseCost: '', repairCost: '', supplier: '', purchaseDate: '',
  vatRegime: 'margin', notes: '',
};

/** Cents as the merchant reads them in the form: 21250 → "212.50". */
const amountText = (cents: number | null): string => (cents === null ? '' : (cents / 100).toFixed(2));

/** A recorded unit as the edit form starts from. */
export function unitFormOf(unit: Unit): UnitForm {
  return {
    code: unit.imei ?? unit.serialNumber,
    serial: unit.imei === null ? '' : unit.serialNumber,
    imei2: unit.imei2 ?? '',
    sku: unit.sku,
    merchantGrade: unit.merchantGrade,
    grade: unit.grade ?? '',
    batteryHealth: unit.batteryHealth === null ? '' : String(unit.batteryHealth),
    colour: unit.colour,
    storage: unit.storage,
    purchaseCost: amountText(unit.purchaseCostCents),
    repairCost: unit.repairCostCents === 0 ? '' : amountText(unit.repairCostCents),
    supplier: unit.supplier,
    purchaseDate: unit.purchaseDate ?? '',
    vatRegime: unit.vatRegime,
    notes: unit.notes,
  };
}

export type UnitFormField = 'code' | 'imei2' | 'sku' | 'batteryHealth' | 'purchaseCost' | 'repairCost';

/** A scan of 15 digits (spaces and dashes aside) is an IMEI; anything else is a serial number. */
export const looksLikeImei = (code: string): boolean => /^\d{15}$/.test(normaliseImei(code));

/** "212,50", "212.50", "1 299,00" → cents; undefined when it is not an amount. */
export function centsOfInput(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0€£]|kr/g, '');
  if (cleaned === '') return undefined;
  const normal = /^\d+([.,]\d{1,2})?$/.test(cleaned) ? cleaned.replace(',', '.') : undefined;
  return normal === undefined ? undefined : Math.round(Number(normal) * 100);
}

export function validateUnitForm(form: UnitForm, currency: 'EUR' | 'GBP' | 'SEK'): { errors: Partial<Record<UnitFormField, string>>; input?: UnitInput } {
  const errors: Partial<Record<UnitFormField, string>> = {};
  const code = form.code.trim();
  const isImei = looksLikeImei(code);
  if (code === '') errors.code = 'units.form.errors.code';
  else if (/^\d{14,16}$/.test(normaliseImei(code)) && !isValidImei(normaliseImei(code))) errors.code = 'units.form.errors.imei';
  const imei2 = normaliseImei(form.imei2.trim());
  if (imei2 !== '' && !isValidImei(imei2)) errors.imei2 = 'units.form.errors.imei';
  if (form.sku.trim() === '') errors.sku = 'units.form.errors.sku';
  const battery = form.batteryHealth.replace('%', '').trim();
  const batteryHealth = battery === '' ? null : Number(battery);
  if (batteryHealth !== null && (!Number.isInteger(batteryHealth) || batteryHealth < 0 || batteryHealth > 100)) errors.batteryHealth = 'units.form.errors.battery';
  const purchaseCostCents = form.purchaseCost.trim() === '' ? null : centsOfInput(form.purchaseCost);
  if (purchaseCostCents === undefined) errors.purchaseCost = 'units.form.errors.amount';
  const repairCostCents = form.repairCost.trim() === '' ? 0 : centsOfInput(form.repairCost);
  if (repairCostCents === undefined) errors.repairCost = 'units.form.errors.amount';
  if (Object.keys(errors).length > 0 || purchaseCostCents === undefined || repairCostCents === undefined) return { errors };
  return {
    errors,
    input: {
      ...(isImei ? { imei: normaliseImei(code), serialNumber: form.serial.trim() } : { serialNumber: code }),
      ...(imei2 !== '' ? { imei2 } : {}),
      sku: form.sku.trim(),
      merchantGrade: form.merchantGrade.trim(),
      grade: form.grade === '' ? null : form.grade,
      batteryHealth,
      colour: form.colour.trim(),
      storage: form.storage.trim(),
      purchaseCostCents,
      repairCostCents,
      currency,
      supplier: form.supplier.trim(),
      purchaseDate: form.purchaseDate === '' ? null : form.purchaseDate,
      vatRegime: form.vatRegime,
      notes: form.notes.trim(),
    },
  };
}
