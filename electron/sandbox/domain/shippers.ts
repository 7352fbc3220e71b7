// The contract's Shipper enum, with the channel guide's older carrier names accepted as aliases.

export const SHIPPERS: readonly string[] = [
  'Allied Express', 'Aramex Australia', 'Australia Post', 'Australia Post Express', 'Austrian Post', 'BPost', 'BRT',
  'Chronopost', 'Chronopost Express', 'ColisPrivé', 'Colissimo', 'Correos', 'Correos Express', 'Couriers Please', 'CTT',
  'Cubyn', 'Cubyn Express', 'DB Schenker', 'Deutsche Post', 'DHL', 'DHL DE', 'DHL Express', 'DHL  EXPRESS', 'DHL NL',
  'DHL Parcel Spain', 'DHL SP', 'DPD', 'DPD Benelux', 'DPD DE', 'DPD FR', 'DPD International', 'DPD UK', 'DPD UK Express',
  'DTDC Australia', 'FedEx', 'FedEx - 2Days', 'FedEx Express', 'FedEx International', 'FedEx - Overnight', 'Geodis',
  'Girard Agediss - Livraison dans la pièce de votre choix sur RDV', 'GLS', 'GLS - DE', 'GLS - FR', 'GLS International',
  'GLS - IT', 'GLS-SPAIN', 'GLS Spain Express', 'Hermes - DE', 'Hermes - UK', 'Japan Post', 'Livraison au pied du camion',
  'Livraison dans la pièce de votre choix', 'Logoix', 'MRW', 'Murfy transporteur', 'NACEX', 'ParcelForce Express',
  'Parcelforce (Worldwide)', 'Parcelpoint Pty Ltd', 'Poste Italiane', 'Post NL', 'Private Transporter', 'Royal Mail',
  'Royal Mail Express', 'Sagawa', 'Seino', 'Sendle', 'Seur', 'Socolissimo', 'Star Track Express', 'TIPSA', 'TIPSA Express',
  'TNT', 'TNT Australia', 'TNT Express', 'Tourline', 'UPS', 'UPS 2 days', 'UPS 2nd Day Air', 'UPS Express',
  'UPS express save', 'UPS Ground', 'UPS next day', 'UPS Overnight', 'UPS standard', 'USPS', 'USPS Express',
  'USPS - First Class', 'USPS - Priority Mail', 'USPS - Priority Mail Express', 'VIR', 'Yamato', 'Zeleris', 'Other',
];

/** The guide's names: PostNL still shows as TNT; unlisted carriers go as TRANSPORTEUR PRIVE. */
const ALIASES: Record<string, string> = {
  'transporteur prive': 'Private Transporter',
  'transporteur privé': 'Private Transporter',
  postnl: 'Post NL',
  'post nl': 'Post NL',
};

const exact = new Map(SHIPPERS.map((name) => [name.toLowerCase(), name]));

/** The enum value a shipper name stands for (case-insensitive, aliases included), or null. */
export function parseShipper(name: string): string | null {
  const key = name.trim().toLowerCase();
  return exact.get(key) ?? ALIASES[key] ?? null;
}
