import { describe, expect, it } from 'vitest';
import { GRADE_INFO, suggestGrade } from './grades';
import { searchShippers, SHIPPERS, suggestShipper } from './shippers';

describe('grade suggestions', () => {
  it('follow the deprecated state numbers for the old names and step down from Premium for A+/A/B/C', () => {
    expect(['A+', 'A', 'B', 'C', 'D'].map(suggestGrade)).toEqual(['PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR']);
    expect(['Shiny', 'Gold', 'Silver', 'Bronze', 'Stallone'].map(suggestGrade)).toEqual(['EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE']);
    expect(suggestGrade(' très bon état ')).toBe('VERY_GOOD');
    expect(suggestGrade('very_good')).toBe('VERY_GOOD');
    // The grade names the app itself shows, in each of its languages, are suggested as those grades.
    expect(['Très bon', 'Bon', 'Correct', 'Hervorragend', 'Sehr gut', 'Akzeptabel'].map(suggestGrade)).toEqual(['VERY_GOOD', 'GOOD', 'FAIR', 'EXCELLENT', 'VERY_GOOD', 'FAIR']);
    expect(['Muy bueno', 'Buono', 'Discreto', 'Uitstekend', 'Zeer goed', 'Redelijk'].map(suggestGrade)).toEqual(['VERY_GOOD', 'GOOD', 'FAIR', 'EXCELLENT', 'VERY_GOOD', 'FAIR']);
    expect(suggestGrade('9')).toBe('PREMIUM');
    expect(suggestGrade('mint-ish')).toBeNull();
    expect(GRADE_INFO.EXCELLENT.legacyName).toBe('Shiny');
  });
});

describe('carrier aliases', () => {
  it('offers TNT first for PostNL, as the guide says, and Post NL too', () => {
    expect(searchShippers('PostNL').slice(0, 2)).toEqual([
      { shipper: 'TNT', alias: 'postnl' },
      { shipper: 'Post NL', alias: 'postnl' },
    ]);
    expect(suggestShipper('PostNL')).toBe('TNT');
  });

  it("maps the guide's TRANSPORTEUR PRIVE to the enum's Private Transporter", () => {
    expect(suggestShipper('Transporteur privé')).toBe('Private Transporter');
    expect(searchShippers('transporteur')[0]).toEqual({ shipper: 'Private Transporter', alias: 'transporteur prive' });
  });

  it('finds enum names by prefix and ignores case and spacing', () => {
    expect(searchShippers('colis').map((match) => match.shipper)).toEqual(expect.arrayContaining(['Colissimo', 'ColisPrivé']));
    expect(suggestShipper('dhl express')).toBe('DHL Express');
    expect(suggestShipper('Pigeon Post')).toBeUndefined();
    expect(SHIPPERS).toContain('DHL  EXPRESS');
  });
});
