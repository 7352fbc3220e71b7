// The address-spelling profile: how an order's addresses go on the wire. The contract spells them two ways — the
// GET /ws/orders description's table (first_name, last_name, postal_code, phone, email), which public clients of the
// live API read, and the `Address` schema (firstName, lastName, postalCode, phoneNumber, no e-mail). The sandbox sends the
// table's names by default and the schema's when asked (option, CLI flag, control API), so a client is tried on both.
import type { RequestContext, Route } from '../http/router';
import { badRequest } from '../http/errors';
import type { Address, SandboxState } from '../state/types';
import { objectBody } from '../routes/params';

export const ADDRESS_SPELLINGS = ['snake_case', 'camelCase'] as const;
export type AddressSpelling = (typeof ADDRESS_SPELLINGS)[number];
export const DEFAULT_ADDRESS_SPELLING: AddressSpelling = 'snake_case';

/** The spelling named by an option, a flag or an environment variable; undefined when not named; an error names the choices. */
export function parseAddressSpelling(value: unknown, source = 'addressSpelling'): AddressSpelling | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const found = ADDRESS_SPELLINGS.find((spelling) => spelling === value);
  if (!found) throw new RangeError(`${source} must be ${ADDRESS_SPELLINGS.join(' or ')}, got ${JSON.stringify(value)}.`);
  return found;
}

/** The table's names (the default): what public clients of the live API read. */
function tableAddress(address: Address) {
  return {
    id: address.id,
    first_name: address.first_name,
    last_name: address.last_name,
    company: address.company,
    street: address.street,
    street2: address.street2,
    postal_code: address.postal_code,
    city: address.city,
    country: address.country,
    phone: address.phone,
    email: address.email,
  };
}

/** The `Address` schema's properties, exactly: it has no e-mail. */
function schemaAddress(address: Address) {
  return {
    id: address.id,
    country: address.country,
    city: address.city,
    postalCode: address.postal_code,
    firstName: address.first_name,
    lastName: address.last_name,
    company: address.company,
    phoneNumber: address.phone,
    street: address.street,
    street2: address.street2,
  };
}

export function addressView(address: Address, spelling: AddressSpelling = DEFAULT_ADDRESS_SPELLING) {
  return spelling === 'camelCase' ? schemaAddress(address) : tableAddress(address);
}

/** The spelling the sandbox sends now (a state saved before the profile existed has none: the default). */
export function addressSpellingOf(state: SandboxState): AddressSpelling {
  return state.config.addressSpelling ?? DEFAULT_ADDRESS_SPELLING;
}

function setSpelling(context: RequestContext) {
  const body = objectBody(context.body());
  let spelling: AddressSpelling | undefined;
  try {
    spelling = parseAddressSpelling(body.spelling, 'spelling');
  } catch (error) {
    throw badRequest((error as Error).message, 'spelling');
  }
  if (!spelling) throw badRequest(`spelling is required: ${ADDRESS_SPELLINGS.join(' or ')}.`, 'spelling');
  context.sandbox.state.config.addressSpelling = spelling;
  return { status: 200, body: { spelling } };
}

/** Control routes: read or choose the spelling of order addresses. */
export const addressSpellingRoutes: Route[] = [
  { method: 'GET', pattern: '/__sandbox/profiles/address-spelling', errorStyle: 'v1', handler: (context) => ({ status: 200, body: { spelling: addressSpellingOf(context.sandbox.state) } }) },
  { method: 'PUT', pattern: '/__sandbox/profiles/address-spelling', errorStyle: 'v1', handler: setSpelling },
];
