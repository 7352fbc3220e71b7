// Which address spelling the suites run the sandbox with: SANDBOX_ADDRESS_SPELLING, which the vitest project
// "orders · camelCase addresses" sets to run the orders suites again against the Address schema's spelling.
import { parseAddressSpelling, type AddressSpelling } from '../domain/address-spelling';

export function addressSpellingUnderTest(): { addressSpelling?: AddressSpelling } {
  const spelling = parseAddressSpelling(process.env.SANDBOX_ADDRESS_SPELLING, 'SANDBOX_ADDRESS_SPELLING');
  return spelling ? { addressSpelling: spelling } : {};
}
