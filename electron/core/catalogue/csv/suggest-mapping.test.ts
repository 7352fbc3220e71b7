import { describe, expect, it } from 'vitest';
import { fieldForHeader, suggestMapping } from './suggest-mapping';

describe('suggestMapping', () => {
  it.each([
    ['EAN', 'ean'], ['GTIN', 'ean'], ['ean13', 'ean'], ['Code-barres', 'ean'],
    ['Marque', 'brand'], ['Marke', 'brand'], ['Marca', 'brand'], ['Merk', 'brand'], ['BRAND', 'brand'],
    ['Gewicht', 'weightGrams'], ['Poids (g)', 'weightGrams'], ['Weight (g)', 'weightGrams'], ['Peso', 'weightGrams'], ['Gewicht in Gramm', 'weightGrams'],
    ['Precio', 'price'], ['Prezzo', 'price'], ['Prijs', 'price'], ['Prix TTC', 'price'], ['Preis (€)', 'price'], ['price_eur', 'price'],
    ['Titel', 'title'], ['Titre', 'title'], ['Título', 'title'], ['Product name', 'title'],
    ['Zustand', 'condition'], ['État', 'condition'], ['etat', 'condition'], ['Grade', 'condition'],
    ['Stock', 'stock'], ['Bestand', 'stock'], ['Voorraad', 'stock'], ['Existencias', 'stock'], ['Giacenza', 'stock'], ['Quantité', 'stock'],
    ['SKU', 'productNumber'], ['Artikelnummer', 'productNumber'], ['Référence', 'productNumber'], ['Referencia', 'productNumber'],
    ['merchant_product_number', 'productNumber'], ['productNumber', 'productNumber'],
    ['Parent', 'parentNumber'], ['Variante de', 'parentNumber'], ['Parent SKU', 'parentNumber'], ['Variante von', 'parentNumber'],
    ['Colour', 'colour'], ['Color', 'colour'], ['Farbe', 'colour'], ['Couleur', 'colour'], ['Kleur', 'colour'], ['Colore', 'colour'],
    ['Speicher', 'storage'], ['Stockage', 'storage'], ['Almacenamiento', 'storage'],
    ['Image', 'image1'], ['Image 1', 'image1'], ['Bild 2', 'image2'], ['Afbeelding 3', 'image3'], ['Imagen 4', 'image4'], ['Immagine 5', 'image5'],
    ['image6', 'image6'], ['Image URL 2', 'image2'], ['Foto 1', 'image1'],
    ['Width (cm)', 'widthCm'], ['Largeur', 'widthCm'], ['Breite', 'widthCm'], ['Ancho', 'widthCm'], ['Larghezza', 'widthCm'], ['Breedte', 'widthCm'],
    ['Height', 'heightCm'], ['Hauteur', 'heightCm'], ['Höhe', 'heightCm'], ['Altura', 'heightCm'], ['Altezza', 'heightCm'], ['Hoogte', 'heightCm'],
    ['Depth', 'depthCm'], ['Profondeur', 'depthCm'], ['Tiefe', 'depthCm'], ['Profundidad', 'depthCm'], ['Profondità', 'depthCm'], ['Diepte', 'depthCm'],
    ['Description', 'description'], ['Beschreibung', 'description'], ['Category', 'category'], ['Catégorie', 'category'], ['Kategorie', 'category'],
    ['Back Market ID', 'backmarketId'],
  ])('maps "%s" to %s', (header, expected) => {
    expect(fieldForHeader(header)).toBe(expected);
  });

  it('does not suggest a numeric field for a column in a unit foreign to it', () => {
    expect(fieldForHeader('Weight (cm)')).toBeUndefined();
    expect(fieldForHeader('Breite (kg)')).toBeUndefined();
    expect(fieldForHeader('Stock (kg)')).toBeUndefined();
    expect(fieldForHeader('Image 7')).toBeUndefined();
  });

  it('suggests the per-language text columns a market reads (title_de, description_en, comment_it), whatever the header language', () => {
    expect(suggestMapping(['Title', 'Titel DE', 'title_de', 'Description (EN)', 'Beschreibung de', 'Commentaire IT', 'Titre', 'Prix de vente'])).toEqual([
      { kind: 'field', field: 'title' },
      { kind: 'attribute', name: 'title_de' },
      { kind: 'attribute', name: 'title_de' },
      { kind: 'attribute', name: 'description_en' },
      { kind: 'attribute', name: 'description_de' },
      { kind: 'attribute', name: 'comment_it' },
      { kind: 'attribute', name: 'Titre' },
      { kind: 'field', field: 'price' },
    ]);
  });

  it('makes unknown headers attributes, a field named twice an attribute the second time, and blank headers ignored', () => {
    expect(suggestMapping(['SKU', 'Battery health', 'Color', 'Farbe', ''])).toEqual([
      { kind: 'field', field: 'productNumber' },
      { kind: 'attribute', name: 'Battery health' },
      { kind: 'field', field: 'colour' },
      { kind: 'attribute', name: 'Farbe' },
      { kind: 'ignore' },
    ]);
  });
});
