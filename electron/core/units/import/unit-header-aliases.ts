// The header names diagnostic tools, suppliers and merchants use for each unit field, in English, French, German,
// Spanish, Italian and Dutch; normalised like the catalogue's headers before they are compared.
import type { UnitColumn } from '../../../../shared/units-import';
import { normaliseHeader } from '../../catalogue/csv/suggest-mapping';

export const UNIT_HEADER_ALIASES: Record<UnitColumn, readonly string[]> = {
  imei: ['IMEI', 'IMEI 1', 'IMEI1', 'IMEI number', 'Primary IMEI', 'Numéro IMEI', 'IMEI-Nummer', 'Número IMEI', 'Numero IMEI', 'IMEI-nummer'],
  imei2: ['IMEI 2', 'IMEI2', 'Second IMEI', 'Secondary IMEI', 'IMEI secondaire', 'Zweite IMEI', 'IMEI secundario', 'IMEI secondario', 'Tweede IMEI'],
  serialNumber: [
    'Serial', 'Serial number', 'Serial no', 'SN', 'S/N', 'Numéro de série', 'N° de série', 'Seriennummer', 'Serien-Nr', 'Número de serie',
    'Numero di serie', 'Numero seriale', 'Serienummer',
  ],
  sku: ['SKU', 'Product number', 'Merchant SKU', 'Listing SKU', 'Référence', 'Artikelnummer', 'Referencia', 'Codice articolo', 'Artikelcode'],
  model: ['Model', 'Model name', 'Device', 'Product', 'Modèle', 'Appareil', 'Modell', 'Gerät', 'Modelo', 'Dispositivo', 'Modello', 'Apparaat'],
  merchantGrade: ['Grade', 'Cosmetic grade', 'Condition', 'Our grade', 'Grade esthétique', 'État', 'Zustand', 'Optischer Zustand', 'Estado', 'Grado', 'Stato', 'Conditie', 'Staat'],
  grade: ['Back Market grade', 'BM grade', 'Grade Back Market', 'Back Market Zustand', 'Grado Back Market', 'Back Market-conditie'],
  batteryHealth: [
    'Battery health', 'Battery', 'Battery %', 'Battery capacity', 'Battery health %', 'Santé batterie', 'Batterie', 'État de la batterie', 'Capacité batterie',
    'Akkuzustand', 'Akku', 'Akkukapazität', 'Batteriezustand', 'Salud de la batería', 'Batería', 'Salute batteria', 'Batteria', 'Capacità batteria',
    'Batterijconditie', 'Batterij', 'Batterijcapaciteit',
  ],
  colour: ['Colour', 'Color', 'Couleur', 'Farbe', 'Color del dispositivo', 'Colore', 'Kleur'],
  storage: ['Storage', 'Capacity', 'Memory', 'Stockage', 'Capacité', 'Speicher', 'Speicherplatz', 'Almacenamiento', 'Capacidad', 'Memoria', 'Archiviazione', 'Opslag', 'Geheugen'],
  purchaseDate: [
    'Purchase date', 'Bought on', 'Date bought', 'Date d’achat', "Date d'achat", 'Kaufdatum', 'Einkaufsdatum', 'Fecha de compra', 'Data di acquisto',
    'Aankoopdatum', 'Inkoopdatum',
  ],
  supplier: ['Supplier', 'Vendor', 'Source', 'Fournisseur', 'Lieferant', 'Proveedor', 'Fornitore', 'Leverancier'],
  purchaseCost: [
    'Cost', 'Purchase cost', 'Purchase price', 'Buy price', 'Unit cost', 'Coût', 'Coût d’achat', "Coût d'achat", "Prix d'achat", 'Einkaufspreis', 'Kosten',
    'Einstandspreis', 'Coste', 'Coste de compra', 'Precio de compra', 'Costo', "Costo d'acquisto", 'Prezzo di acquisto', 'Kostprijs', 'Inkoopprijs',
  ],
  repairCost: [
    'Repair cost', 'Parts cost', 'Repair', 'Refurbishment cost', 'Coût de réparation', 'Coût des pièces', 'Reparaturkosten', 'Teilekosten',
    'Coste de reparación', 'Costo di riparazione', 'Reparatiekosten', 'Onderdelenkosten',
  ],
  vatRegime: ['VAT regime', 'VAT', 'Tax scheme', 'Margin scheme', 'Régime TVA', 'TVA', 'Umsatzsteuer', 'Differenzbesteuerung', 'Régimen IVA', 'IVA', 'Regime IVA', 'BTW', 'Margeregeling'],
  notes: ['Notes', 'Note', 'Comment', 'Comments', 'Remarques', 'Commentaire', 'Notizen', 'Bemerkung', 'Notas', 'Comentario', 'Note interne', 'Opmerkingen'],
};

const ALIASES = new Map<string, UnitColumn>();
for (const [column, names] of Object.entries(UNIT_HEADER_ALIASES) as [UnitColumn, readonly string[]][]) {
  for (const name of names) if (!ALIASES.has(normaliseHeader(name))) ALIASES.set(normaliseHeader(name), column);
}

/** One suggestion per header; a field suggested once only (the first column that names it). */
export function suggestUnitMapping(headers: readonly string[]): (UnitColumn | null)[] {
  const used = new Set<UnitColumn>();
  return headers.map((header) => {
    const column = ALIASES.get(normaliseHeader(header));
    if (!column || used.has(column)) return null;
    used.add(column);
    return column;
  });
}
