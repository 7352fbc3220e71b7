// The client reads an order's address and carrier in both of the contract's spellings: the GET /ws/orders table's
// snake_case (what live clients read) first, the Address schema's camelCase as the fallback.
import { describe, expect, it } from 'vitest';
import { fullNameOf, readAddress, shipperOf } from './order-address';
import type { Address } from './types/orders';

const EXPECTED = {
  firstName: 'Camille',
  lastName: 'Durand',
  company: 'Atelier Durand',
  street: '12 rue des Lilas',
  street2: 'Bât. B',
  postalCode: '69003',
  city: 'Lyon',
  state: 'Auvergne-Rhône-Alpes',
  country: 'FR',
  phone: '+33612345678',
  email: 'camille@example.invalid',
  gender: '',
};

describe('readAddress', () => {
  it("reads the GET /ws/orders table's snake_case names", () => {
    const address: Address = {
      first_name: 'Camille',
      last_name: 'Durand',
      company: 'Atelier Durand',
      street: '12 rue des Lilas',
      street2: 'Bât. B',
      postal_code: '69003',
      city: 'Lyon',
      state_or_province: 'Auvergne-Rhône-Alpes',
      country: 'FR',
      phone: '+33612345678',
      email: 'camille@example.invalid',
      gender: 'Mrs',
    };
    expect(readAddress(address)).toEqual({ ...EXPECTED, gender: 'Mrs' });
  });

  it("reads the Address schema's camelCase names", () => {
    const address: Address = {
      firstName: 'Camille',
      lastName: 'Durand',
      company: 'Atelier Durand',
      street: '12 rue des Lilas',
      street2: 'Bât. B',
      postalCode: '69003',
      city: 'Lyon',
      state: 'Auvergne-Rhône-Alpes',
      country: 'FR',
      phoneNumber: '+33612345678',
      email: 'camille@example.invalid',
    };
    expect(readAddress(address)).toEqual(EXPECTED);
  });

  it('reads phone_number, the third spelling of the phone, and a postcode sent as a number', () => {
    expect(readAddress({ phone_number: '+33612345678', postal_code: 69003 as unknown as string })).toMatchObject({ phone: '+33612345678', postalCode: '69003' });
  });

  it('takes snake_case first and falls back to camelCase field by field, an empty value counting as absent', () => {
    const address = readAddress({ first_name: 'Camille', firstName: 'Ignored', last_name: '  ', lastName: 'Durand', postalCode: '69003', phone: '', phoneNumber: '+33612345678' });
    expect(address).toMatchObject({ firstName: 'Camille', lastName: 'Durand', postalCode: '69003', phone: '+33612345678', email: '' });
    expect(fullNameOf(address)).toBe('Camille Durand');
  });

  it('gives empty fields, not an error, for a missing or null address and non-text values', () => {
    expect(readAddress(undefined)).toEqual({ ...Object.fromEntries(Object.keys(EXPECTED).map((key) => [key, ''])) });
    expect(readAddress(null).firstName).toBe('');
    expect(readAddress({ first_name: null as unknown as string, city: { name: 'Lyon' } as unknown as string }).city).toBe('');
    expect(fullNameOf(readAddress({}))).toBe('');
  });
});

describe('shipperOf', () => {
  it("reads the table's shipper", () => expect(shipperOf({ shipper: 'Colissimo' })).toBe('Colissimo'));
  it("reads the schema's shipper_display", () => expect(shipperOf({ shipper_display: 'Colissimo' })).toBe('Colissimo'));
  it('prefers shipper when both are sent, and says nothing when neither is', () => {
    expect(shipperOf({ shipper: 'TNT', shipper_display: 'PostNL' })).toBe('TNT');
    expect(shipperOf({ shipper: '', shipper_display: 'PostNL' })).toBe('PostNL');
    expect(shipperOf({})).toBe('');
  });
});
