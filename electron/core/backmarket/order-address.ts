// Reads an order's addresses and carrier whichever way Back Market spells them. The contract contradicts itself: the
// GET /ws/orders table (and every public client of the live API) says first_name, postal_code, phone, shipper; the
// `Address` and `Order` schemas say firstName, postalCode, phoneNumber, shipper_display. The table's snake_case is read
// first, the schema's camelCase is the fallback, and a field empty in one spelling is taken from the other.
import type { OrderAddress } from '../../../shared/orders';
import type { Address, Order } from './types/orders';

/** One address, every field a string ('' when Back Market sent nothing in either spelling): the stored shape, plus gender. */
export type AddressRead = OrderAddress & { gender: string };

/** For each field, the names it may come under, in the order they are tried. */
const SPELLINGS: Record<keyof AddressRead, readonly string[]> = {
  firstName: ['first_name', 'firstName'],
  lastName: ['last_name', 'lastName'],
  company: ['company'],
  street: ['street'],
  street2: ['street2', 'street_2'],
  postalCode: ['postal_code', 'postalCode'],
  city: ['city'],
  state: ['state_or_province', 'stateOrProvince', 'state'],
  country: ['country'],
  phone: ['phone', 'phone_number', 'phoneNumber'],
  email: ['email'],
  gender: ['gender'],
};

/** A value as text: strings trimmed, numbers (a postcode sent as a number) written out, anything else ''. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first non-empty value among the names, in order. */
function firstOf(source: Record<string, unknown>, names: readonly string[]): string {
  for (const name of names) {
    const value = textOf(source[name]);
    if (value !== '') return value;
  }
  return '';
}

export function readAddress(address: Address | null | undefined): AddressRead {
  const source: Record<string, unknown> = address && typeof address === 'object' ? (address as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(SPELLINGS).map(([field, names]) => [field, firstOf(source, names)])) as unknown as AddressRead;
}

/** The order's carrier: `shipper` (the table) or `shipper_display` (the schema); '' when neither is given. */
export function shipperOf(order: Pick<Order, 'shipper' | 'shipper_display'>): string {
  return firstOf(order as Record<string, unknown>, ['shipper', 'shipper_display']);
}

/** "First Last" from the address, '' when neither name was sent. */
export function fullNameOf(address: AddressRead): string {
  return [address.firstName, address.lastName].filter((part) => part !== '').join(' ');
}
