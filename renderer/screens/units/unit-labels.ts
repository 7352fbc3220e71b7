// How a unit reads in a list: its identifier, and its amounts in its currency.
import type { Unit } from '../../../shared/device-units';
import type { Format } from '../../i18n/format';

export const identifierOf = (unit: Pick<Unit, 'imei' | 'serialNumber'>): string => unit.imei ?? unit.serialNumber;

export const costOf = (format: Format, cents: number | null, currency: string): string => (cents === null ? '—' : format.money(cents / 100, currency));
