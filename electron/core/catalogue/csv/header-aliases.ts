// The header names merchants use for each core field, in English, French, German, Spanish, Italian and Dutch.
// Written naturally (accents, capitals); suggest-mapping normalises them the same way as the file's headers.
import type { ProductField } from '../../../../shared/catalogue';

type AliasedField = Exclude<ProductField, 'image1' | 'image2' | 'image3' | 'image4' | 'image5' | 'image6'>;

export const HEADER_ALIASES: Record<AliasedField, readonly string[]> = {
  productNumber: [
    'Merchant product number', 'Product number', 'Merchant product id', 'Merchant SKU', 'Seller SKU', 'SKU', 'Listing SKU', 'Item number',
    'Article number', 'Product code', 'Merchant reference', 'Reference', 'Ref', 'Internal reference',
    'Référence', 'Référence produit', 'Référence interne', 'Numéro de produit', "Numéro d'article", 'Code article', 'Réf',
    'Artikelnummer', 'Artikelnr', 'Art Nr', 'Artikel Nr', 'Händler Artikelnummer', 'Produktnummer', 'Referenz',
    'Referencia', 'Referencia del producto', 'Número de producto', 'Código', 'Código de producto', 'Código de artículo',
    'Codice', 'Codice articolo', 'Codice prodotto', 'Riferimento', 'Numero articolo',
    'Artikelcode', 'Productnummer', 'Productcode', 'Referentie',
  ],
  parentNumber: [
    'Parent product number', 'Parent', 'Parent SKU', 'Parent number', 'Parent reference', 'Parent product', 'Parent ID', 'Master SKU',
    'Variant of', 'Variation of',
    'Variante de', 'Produit parent', 'Référence parent', 'SKU parent', 'Référence du parent',
    'Variante von', 'Elternartikel', 'Hauptartikel', 'Eltern SKU', 'Übergeordneter Artikel', 'Übergeordnete Artikelnummer',
    'Producto padre', 'Referencia padre', 'SKU padre', 'Variante del',
    'Variante di', 'Prodotto padre', 'Articolo padre', 'Codice padre',
    'Variant van', 'Hoofdartikel', 'Ouder SKU', 'Ouderartikel', 'Hoofdproduct',
  ],
  title: [
    'Title', 'Product title', 'Name', 'Product name', 'Titre', 'Nom', 'Nom du produit', 'Nom produit', 'Désignation', 'Libellé',
    'Titel', 'Produktname', 'Artikelname', 'Bezeichnung', 'Artikelbezeichnung',
    'Título', 'Nombre', 'Nombre del producto', 'Titolo', 'Nome', 'Nome prodotto', 'Naam', 'Productnaam', 'Producttitel',
  ],
  description: [
    'Description', 'Product description', 'Long description', 'Description produit', 'Beschreibung', 'Produktbeschreibung',
    'Descripción', 'Descripción del producto', 'Descrizione', 'Descrizione prodotto', 'Beschrijving', 'Omschrijving', 'Productbeschrijving',
  ],
  ean: [
    'EAN', 'EAN13', 'EAN 13', 'EAN code', 'EAN/GTIN', 'GTIN', 'GTIN13', 'GTIN 13', 'UPC', 'Barcode', 'Bar code',
    'Code EAN', 'Code barre', 'Code-barres', 'Code barres', 'EAN Nummer', 'EAN-Code', 'Strichcode', 'Código EAN', 'Código de barras',
    'Codice EAN', 'Codice a barre', 'EAN-code', 'Streepjescode',
  ],
  backmarketId: [
    'Back Market product ID', 'Back Market ID', 'BackMarket ID', 'BM ID', 'BM product ID', 'Back Market product', 'ID Back Market',
    'Identifiant Back Market', 'Back Market Produkt ID', 'ID de producto Back Market', 'ID prodotto Back Market', 'Back Market product-ID',
  ],
  brand: ['Brand', 'Manufacturer', 'Make', 'Marque', 'Fabricant', 'Marke', 'Hersteller', 'Marca', 'Fabricante', 'Produttore', 'Merk', 'Fabrikant'],
  category: [
    'Category', 'Product category', 'Category path', 'Catégorie', 'Catégorie produit', 'Rubrique', 'Kategorie', 'Produktkategorie', 'Warengruppe',
    'Categoría', 'Categoría del producto', 'Categoria', 'Categoria prodotto', 'Categorie', 'Productcategorie',
  ],
  condition: [
    'Condition', 'Grade', 'Grading', 'Cosmetic grade', 'Quality', 'État', 'Etat', 'Grade esthétique', 'Qualité', 'Zustand', 'Qualität', 'Optischer Zustand',
    'Estado', 'Estado estético', 'Calidad', 'Condizione', 'Stato', 'Grado', 'Qualità', 'Staat', 'Conditie', 'Kwaliteit',
  ],
  stock: [
    'Stock', 'Quantity', 'Qty', 'Inventory', 'Available', 'Stock quantity', 'Quantité', 'Quantité en stock', 'Stock disponible',
    'Bestand', 'Lagerbestand', 'Menge', 'Anzahl', 'Lager', 'Verfügbar',
    'Existencias', 'Cantidad', 'Inventario', 'Giacenza', 'Quantità', 'Disponibilità', 'Scorte', 'Voorraad', 'Aantal', 'Hoeveelheid',
  ],
  price: [
    'Price', 'Selling price', 'Sale price', 'Prix', 'Prix de vente', 'Preis', 'Verkaufspreis', 'Precio', 'Precio de venta',
    'Prezzo', 'Prezzo di vendita', 'Prijs', 'Verkoopprijs',
  ],
  weightGrams: ['Weight', 'Poids', 'Gewicht', 'Peso', 'Net weight', 'Poids net', 'Nettogewicht', 'Peso neto', 'Peso netto', 'Nettogewicht'],
  colour: ['Colour', 'Color', 'Couleur', 'Farbe', 'Colore', 'Kleur'],
  storage: [
    'Storage', 'Storage capacity', 'Capacity', 'Stockage', 'Capacité', 'Capacité de stockage', 'Speicher', 'Speicherplatz', 'Speicherkapazität',
    'Almacenamiento', 'Capacidad', 'Capacidad de almacenamiento', 'Memoria', 'Archiviazione', 'Capacità', 'Opslag', 'Opslagcapaciteit', 'Capaciteit',
  ],
  size: ['Size', 'Taille', 'Größe', 'Talla', 'Tamaño', 'Taglia', 'Dimensione', 'Maat', 'Grootte'],
  widthCm: ['Width', 'Largeur', 'Breite', 'Ancho', 'Anchura', 'Larghezza', 'Breedte'],
  heightCm: ['Height', 'Hauteur', 'Höhe', 'Alto', 'Altura', 'Altezza', 'Hoogte'],
  depthCm: ['Depth', 'Length', 'Profondeur', 'Longueur', 'Tiefe', 'Länge', 'Profundidad', 'Fondo', 'Profondità', 'Lunghezza', 'Diepte', 'Lengte'],
};

/** The words for "image" (numbered 1 to 6 in a header, "Bild 2") and for the main image (image 1). */
export const IMAGE_WORDS = ['image', 'img', 'picture', 'pic', 'photo', 'bild', 'imagen', 'immagine', 'foto', 'afbeelding'];
export const MAIN_IMAGE_HEADERS = [
  'Main image', 'Image principale', 'Photo principale', 'Hauptbild', 'Imagen principal', 'Immagine principale', 'Hoofdafbeelding', 'Image URL',
];
/** Words around "image" that do not change its meaning ("Image URL 2", "Lien image 2"). */
export const IMAGE_NOISE_WORDS = ['url', 'link', 'lien', 'enlace', 'collegamento', 'produit', 'product', 'produkt', 'producto', 'prodotto', 'du', 'de', 'del'];

/** Units the stored field uses already: stripped from the end of a header ("Weight (g)", "Prix (EUR)"). */
export const UNIT_WORDS = [
  'g', 'gr', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramos', 'grammi', 'cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres',
  'zentimeter', 'centimetros', 'centimetri', 'eur', 'euro', 'euros', 'ttc', 'in', 'en',
];
/** Units the stored field does not use: such a column is not suggested for weight or dimensions, so nothing is read 1000 times off. */
export const FOREIGN_UNIT_WORDS = ['kg', 'kilo', 'kilos', 'kilogram', 'kilogramm', 'lb', 'lbs', 'oz', 'mm', 'm', 'inch', 'inches', 'zoll', 'pouces'];
