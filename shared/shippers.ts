// Back Market's shipper names (the contract's `Shipper` enum, used as-is on the wire) and how a merchant's carrier is found among them.
import { foldText } from './text-fold';

/** The contract's Shipper enum, verbatim (including its own spellings, such as the doubled space in 'DHL  EXPRESS'). */
export const SHIPPERS = [
  'Allied Express',
  'Aramex Australia',
  'Australia Post',
  'Australia Post Express',
  'Austrian Post',
  'BPost',
  'BRT',
  'Chronopost',
  'Chronopost Express',
  'ColisPrivé',
  'Colissimo',
  'Correos',
  'Correos Express',
  'Couriers Please',
  'CTT',
  'Cubyn',
  'Cubyn Express',
  'DB Schenker',
  'Deutsche Post',
  'DHL',
  'DHL DE',
  'DHL Express',
  'DHL  EXPRESS',
  'DHL NL',
  'DHL Parcel Spain',
  'DHL SP',
  'DPD',
  'DPD Benelux',
  'DPD DE',
  'DPD FR',
  'DPD International',
  'DPD UK',
  'DPD UK Express',
  'DTDC Australia',
  'FedEx',
  'FedEx - 2Days',
  'FedEx Express',
  'FedEx International',
  'FedEx - Overnight',
  'Geodis',
  'Girard Agediss - Livraison dans la pièce de votre choix sur RDV',
  'GLS',
  'GLS - DE',
  'GLS - FR',
  'GLS International',
  'GLS - IT',
  'GLS-SPAIN',
  'GLS Spain Express',
  'Hermes - DE',
  'Hermes - UK',
  'Japan Post',
  'Livraison au pied du camion',
  'Livraison dans la pièce de votre choix',
  'Logoix',
  'MRW',
  'Murfy transporteur',
  'NACEX',
  'ParcelForce Express',
  'Parcelforce (Worldwide)',
  'Parcelpoint Pty Ltd',
  'Poste Italiane',
  'Post NL',
  'Private Transporter',
  'Royal Mail',
  'Royal Mail Express',
  'Sagawa',
  'Seino',
  'Sendle',
  'Seur',
  'Socolissimo',
  'Star Track Express',
  'TIPSA',
  'TIPSA Express',
  'TNT',
  'TNT Australia',
  'TNT Express',
  'Tourline',
  'UPS',
  'UPS 2 days',
  'UPS 2nd Day Air',
  'UPS Express',
  'UPS express save',
  'UPS Ground',
  'UPS next day',
  'UPS Overnight',
  'UPS standard',
  'USPS',
  'USPS Express',
  'USPS - First Class',
  'USPS - Priority Mail',
  'USPS - Priority Mail Express',
  'VIR',
  'Yamato',
  'Zeleris',
  'Other',
  'NEW',
  'PENDING',
] as const;
export type Shipper = (typeof SHIPPERS)[number];
export const isShipper = (value: string): value is Shipper => (SHIPPERS as readonly string[]).includes(value);

/** The enum value for carriers the merchant guide names differently from the API. */
export const UNLISTED_CARRIER_SHIPPER: Shipper = 'Private Transporter';

/**
 * Names merchants type or import that are not enum values, keyed by folded form. The guide says PostNL still goes by its
 * old designation TNT, and unlisted carriers by TRANSPORTEUR PRIVE; today's enum has 'Private Transporter' for the
 * latter. For PostNL both 'TNT' (the guide) and 'Post NL' (the enum) are offered; TNT comes first as the guide advises.
 */
export const SHIPPER_ALIASES: Readonly<Record<string, readonly Shipper[]>> = {
  postnl: ['TNT', 'Post NL'],
  'post nl': ['TNT', 'Post NL'],
  'transporteur prive': [UNLISTED_CARRIER_SHIPPER],
  'private transporter': [UNLISTED_CARRIER_SHIPPER],
  'private carrier': [UNLISTED_CARRIER_SHIPPER],
  'deutsche post dhl': ['Deutsche Post', 'DHL DE'],
  'la poste': ['Colissimo'],
  'royalmail': ['Royal Mail'],
};

export interface ShipperMatch {
  shipper: Shipper;
  /** Why this one is offered when it is not a plain name match: the alias the merchant typed. */
  alias?: string;
}

const compact = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
const FOLDED = SHIPPERS.map((shipper) => ({ shipper, folded: compact(shipper) }));

/** Shippers matching what the merchant typed: aliases first, then exact, prefix and substring matches. */
export function searchShippers(query: string, limit = 20): ShipperMatch[] {
  const folded = compact(query);
  if (!folded) return SHIPPERS.slice(0, limit).map((shipper) => ({ shipper }));
  const matches: ShipperMatch[] = [];
  const seen = new Set<Shipper>();
  const add = (match: ShipperMatch) => {
    if (seen.has(match.shipper)) return;
    seen.add(match.shipper);
    matches.push(match);
  };
  for (const [alias, shippers] of Object.entries(SHIPPER_ALIASES)) {
    if (alias === folded || (folded.length >= 3 && alias.startsWith(folded))) shippers.forEach((shipper) => add({ shipper, alias }));
  }
  const squeezed = folded.replace(/ /g, '');
  for (const rank of [0, 1, 2]) {
    for (const { shipper, folded: name } of FOLDED) {
      const plain = name.replace(/ /g, '');
      const hit = rank === 0 ? plain === squeezed : rank === 1 ? plain.startsWith(squeezed) : plain.includes(squeezed);
      if (hit) add({ shipper });
    }
  }
  return matches.slice(0, limit);
}

/** The shipper a merchant's carrier name suggests (an alias or an exact name), or undefined when it should be asked. */
export function suggestShipper(merchantCarrier: string): Shipper | undefined {
  const folded = compact(merchantCarrier);
  const aliased = SHIPPER_ALIASES[folded]?.[0];
  if (aliased) return aliased;
  return FOLDED.find((entry) => entry.folded.replace(/ /g, '') === folded.replace(/ /g, ''))?.shipper;
}
