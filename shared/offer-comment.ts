// The short comment Refurb Desk suggests for an offer in each market's language. Back Market keeps an offer without a
// comment offline (publication_state 0), so the mapping proposes one; it is only used once the merchant applies it.
import type { MarketCountry } from './mapping';

/** By language: what a refurbished offer's comment usually says, kept short (the limit is 500 characters). */
export const SUGGESTED_OFFER_COMMENTS: Readonly<Record<string, string>> = {
  en: 'Refurbished, tested and under warranty.',
  fr: 'Reconditionné, testé et garanti.',
  de: 'Generalüberholt, geprüft und mit Garantie.',
  es: 'Reacondicionado, probado y con garantía.',
  it: 'Ricondizionato, testato e garantito.',
  nl: 'Gereviseerd, getest en met garantie.',
  pt: 'Recondicionado, testado e com garantia.',
  el: 'Ανακατασκευασμένο, ελεγμένο και με εγγύηση.',
  sk: 'Repasovaný, otestovaný a so zárukou.',
  sv: 'Renoverad, testad och med garanti.',
  ja: '整備済み、動作確認済み、保証付き。',
};

/** The suggested comment for a market, in its language (English where Refurb Desk has none in that language). */
export function suggestedOfferComment(country: Pick<MarketCountry, 'code'> & { language?: string }): string {
  const language = (country.language ?? country.code.slice(0, 2)).slice(0, 2).toLowerCase();
  return SUGGESTED_OFFER_COMMENTS[language] ?? SUGGESTED_OFFER_COMMENTS[country.code.slice(0, 2)] ?? (SUGGESTED_OFFER_COMMENTS.en as string);
}
