// What a column header means, in the six languages of the app's markets: "Garantie (mois)", "Gewährleistung",
// "Garantía" all mean the warranty. Headers are compared folded (no accents, lower case), without what is in brackets
// and without unit words, so "Warranty (months)" and "Garantie en mois" read as "warranty" and "garantie".
import { foldText } from '../../../shared/text-fold';

export type ColumnMeaning = 'warranty' | 'comment' | 'model' | 'storage' | 'colour' | 'price_new' | 'cost_price' | 'deee' | 'carrier';

const MEANINGS: Readonly<Record<ColumnMeaning, readonly string[]>> = {
  warranty: [
    'warranty', 'guarantee', 'warranty period', 'warranty duration',
    'garantie', 'duree de garantie', 'duree garantie', 'periode de garantie',
    'gewahrleistung', 'garantiezeit', 'garantiedauer', 'gewahrleistungsfrist',
    'garantia', 'periodo de garantia', 'duracion de la garantia', 'meses de garantia',
    'garanzia', 'durata garanzia', 'durata della garanzia', 'mesi di garanzia',
    'garantieperiode', 'garantietermijn', 'garantieduur',
  ],
  comment: [
    'comment', 'comments', 'note', 'notes', 'remark', 'remarks', 'offer comment',
    'commentaire', 'commentaires', 'remarque', 'remarques',
    'kommentar', 'bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen',
    'comentario', 'comentarios', 'observaciones', 'nota', 'notas',
    'commento', 'commenti', 'osservazioni', 'note',
    'opmerking', 'opmerkingen', 'commentaar',
  ],
  model: ['model', 'model name', 'modele', 'nom du modele', 'modell', 'modellbezeichnung', 'modellname', 'modelo', 'modello', 'modelnaam', 'type model'],
  // Not a bare "capacity": a microwave's or a washing machine's capacity is litres or kilograms, not storage.
  storage: [
    'storage', 'storage capacity', 'internal storage',
    'stockage', 'capacite de stockage', 'stockage interne', 'memoire interne',
    'speicher', 'speicherkapazitat', 'speicherplatz', 'interner speicher',
    'almacenamiento', 'capacidad de almacenamiento', 'memoria interna',
    'archiviazione', 'capacita di archiviazione',
    'opslag', 'opslagcapaciteit', 'intern geheugen',
  ],
  colour: ['colour', 'color', 'couleur', 'farbe', 'colore', 'kleur'],
  price_new: ['msrp', 'rrp', 'uvp', 'price new', 'new price', 'prix neuf', 'neupreis', 'precio nuevo', 'prezzo nuovo', 'nieuwprijs', 'adviesprijs'],
  cost_price: ['cost', 'cost price', 'purchase price', 'prix d achat', 'prix achat', 'einkaufspreis', 'ek', 'precio de compra', 'coste', 'prezzo di acquisto', 'costo', 'inkoopprijs', 'kostprijs'],
  deee: ['deee', 'eco part', 'ecopart', 'eco participation', 'ecoparticipation', 'deee price'],
  carrier: ['carrier', 'shipper', 'transporteur', 'versanddienstleister', 'spediteur', 'transportista', 'corriere', 'vervoerder'],
};

/** Unit words a header may carry beside its meaning ("Garantie en mois", "Warranty in months"). */
const UNIT_WORDS = new Set(['in', 'en', 'em', 'months', 'month', 'mois', 'monate', 'monaten', 'meses', 'mesi', 'maanden', 'maand', 'gb', 'go', 'eur', 'euro']);

/** A header as it is compared: folded, bracketed text and unit words dropped, separators as single spaces. */
export function headerWords(header: string): string {
  return foldText(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !UNIT_WORDS.has(word))
    .join(' ');
}

const BY_WORDS = new Map<string, ColumnMeaning>();
for (const [meaning, phrases] of Object.entries(MEANINGS) as [ColumnMeaning, readonly string[]][]) for (const phrase of phrases) if (!BY_WORDS.has(phrase)) BY_WORDS.set(phrase, meaning);

/** What a header means, or undefined when it says nothing we know. */
export function meaningOf(header: string): ColumnMeaning | undefined {
  return BY_WORDS.get(headerWords(header));
}

/** The first column among `names` whose header has this meaning. */
export function columnMeaning(meaning: ColumnMeaning, names: readonly string[]): string | undefined {
  return names.find((name) => meaningOf(name) === meaning);
}
