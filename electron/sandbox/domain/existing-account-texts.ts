// What a merchant writes in an existing account's offers, in each market's language: condition comments and carriers.

/** Comments per language (the market code's first part); `{battery}` is the battery health in percent. */
const COMMENTS: Record<string, readonly string[]> = {
  fr: ['Testé sur 30 points, batterie à {battery} %. Expédié sous 24 h.', 'Très bon état, quelques micro-rayures invisibles à 20 cm.', 'Reconditionné dans notre atelier, livré avec câble et facture.'],
  de: ['In 30 Punkten geprüft, Akku bei {battery} %. Versand innerhalb von 24 Std.', 'Sehr guter Zustand, feine Mikrokratzer aus 20 cm nicht sichtbar.', 'In unserer Werkstatt aufbereitet, mit Kabel und Rechnung.'],
  en: ['Tested on 30 points, battery at {battery}%. Ships within 24 h.', 'Very good condition, micro-scratches invisible at 20 cm.', 'Refurbished in our workshop, comes with a cable and an invoice.'],
  es: ['Probado en 30 puntos, batería al {battery} %. Enviado en 24 h.', 'Muy buen estado, microarañazos invisibles a 20 cm.', 'Reacondicionado en nuestro taller, con cable y factura.'],
  it: ['Testato su 30 punti, batteria al {battery}%. Spedito entro 24 ore.', 'Ottime condizioni, micrograffi invisibili a 20 cm.', 'Ricondizionato nel nostro laboratorio, con cavo e fattura.'],
  nl: ['Getest op 30 punten, batterij op {battery}%. Binnen 24 uur verzonden.', 'Zeer goede staat, microkrasjes onzichtbaar op 20 cm.', 'Gereviseerd in onze werkplaats, met kabel en factuur.'],
  pt: ['Testado em 30 pontos, bateria a {battery}%. Enviado em 24 h.', 'Muito bom estado, microrriscos invisíveis a 20 cm.', 'Recondicionado na nossa oficina, com cabo e fatura.'],
  el: ['Ελεγμένο σε 30 σημεία, μπαταρία στο {battery}%. Αποστολή εντός 24 ωρών.', 'Πολύ καλή κατάσταση, μικρογρατζουνιές αόρατες στα 20 εκ.', 'Ανακατασκευασμένο στο εργαστήριό μας, με καλώδιο και τιμολόγιο.'],
  sk: ['Testované v 30 bodoch, batéria na {battery} %. Odoslané do 24 h.', 'Veľmi dobrý stav, mikroškrabance neviditeľné z 20 cm.', 'Repasované v našej dielni, s káblom a faktúrou.'],
  sv: ['Testad på 30 punkter, batteri på {battery} %. Skickas inom 24 h.', 'Mycket gott skick, mikrorepor osynliga på 20 cm.', 'Renoverad i vår verkstad, med kabel och kvitto.'],
};

/** A comment in the language of the market (English where the language has none), picked by `pick` in [0, 1). */
export function commentFor(marketCode: string, pick: number, battery: number): string {
  const texts = COMMENTS[marketCode.split('-')[0] ?? ''] ?? COMMENTS.en ?? [];
  const text = texts[Math.floor(pick * texts.length)] ?? texts[0] ?? '';
  return text.replace('{battery}', String(battery));
}

/** The carrier (a Shipper enum value) a merchant of that market typically ships with. */
const SHIPPER_BY_MARKET: Record<string, string> = {
  'fr-fr': 'Colissimo', 'fr-be': 'BPost', 'es-es': 'Correos', 'de-de': 'DHL DE', 'de-at': 'Austrian Post', 'it-it': 'Poste Italiane',
  'en-gb': 'Royal Mail', 'nl-nl': 'Post NL', 'pt-pt': 'CTT', 'en-ie': 'DPD', 'el-gr': 'DHL', 'sk-sk': 'DPD', 'sv-se': 'DHL',
};

export function shipperFor(marketCode: string): string {
  return SHIPPER_BY_MARKET[marketCode] ?? 'DPD';
}
