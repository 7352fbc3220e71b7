// The carriers screen's help names, as an example of a carrier sent as Private Transporter, only a carrier Back Market
// does not list: in every language (it once named BPost, which maps to BPost).
import { describe, expect, it } from 'vitest';
import { SHIPPERS, suggestShipper, UNLISTED_CARRIER_SHIPPER } from '../../../shared/shippers';
import { foldText } from '../../../shared/text-fold';
import { LOCALES, SUPPORTED_LANGUAGES } from '../../i18n/locales';

const textOf = (language: string) => {
  const mapping = LOCALES[language]?.mapping as { carriers?: { aliasUnlisted?: string } } | undefined;
  return mapping?.carriers?.aliasUnlisted ?? '';
};

/** A shipper's name as a pattern: folded, regex characters escaped, any run of spaces matching any other. */
const pattern = (shipper: string) => foldText(shipper).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

describe('the unlisted-carrier help', () => {
  it.each(SUPPORTED_LANGUAGES)('names no carrier Back Market lists, in %s', (language) => {
    const help = foldText(textOf(language));
    expect(help).not.toBe('');
    const named = SHIPPERS.filter((shipper) => shipper !== UNLISTED_CARRIER_SHIPPER && shipper.length > 3 && new RegExp(`\\b${pattern(shipper)}\\b`).test(help));
    expect(named).toEqual([]);
  });

  it('is right that BPost is not among them: it maps to BPost', () => {
    expect(suggestShipper('BPost')).toBe('BPost');
  });
});
