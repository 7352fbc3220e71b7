// The readable English header the export writes for each core field; the import's suggestions map each one back to its field.
import type { ProductField } from '../../../../shared/catalogue';

export const EXPORT_HEADERS: Record<ProductField, string> = {
  productNumber: 'Merchant product number',
  parentNumber: 'Parent product number',
  title: 'Title',
  description: 'Description',
  ean: 'EAN',
  backmarketId: 'Back Market product ID',
  brand: 'Brand',
  category: 'Category',
  condition: 'Condition',
  stock: 'Stock',
  price: 'Price',
  weightGrams: 'Weight (g)',
  colour: 'Colour',
  storage: 'Storage',
  size: 'Size',
  widthCm: 'Width (cm)',
  heightCm: 'Height (cm)',
  depthCm: 'Depth (cm)',
  image1: 'Image 1',
  image2: 'Image 2',
  image3: 'Image 3',
  image4: 'Image 4',
  image5: 'Image 5',
  image6: 'Image 6',
};
