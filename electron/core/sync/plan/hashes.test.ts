import { describe, expect, it } from 'vitest';
import { hashText, RunningHash, stockHashOf } from './hashes';

describe('offer hashes', () => {
  it('are the hashes stored before (a changed format would send every offer again)', () => {
    // Written by the earlier digest (Number#toString(36)) and held in merchants' listing_states.
    expect(hashText('')).toBe('wvjl67o803');
    expect(hashText('quantity=3')).toBe('1cov0esv2hc');
    expect(stockHashOf('3')).toBe('1cov0esv2hc');
    expect(stockHashOf('0')).toBe('viokvz9k91');
    expect(hashText('price\u0000199.90\u0001')).toBe('23kixgt3q9u');
    expect(hashText('Boîte d’origine 🎧')).toBe('se1c01hipw');
    expect(new RunningHash().addCell('comment', 'x').digest()).toBe('d95ogkwbet');
  });

  it('writes every digest as base 36 of the 53-bit value', () => {
    for (let index = 0; index < 2000; index += 1) {
      const text = `offer-${index}-${'x'.repeat(index % 17)}`;
      const digest = hashText(text);
      expect(digest).toMatch(/^[0-9a-z]+$/);
      expect(parseInt(digest, 36).toString(36)).toBe(digest);
      expect(parseInt(digest, 36)).toBeLessThan(2 ** 53);
    }
  });

  it('gives the same stock hash for a quantity asked again', () => {
    expect(stockHashOf('12')).toBe(stockHashOf('12'));
    expect(stockHashOf('12')).not.toBe(stockHashOf('13'));
  });
});
