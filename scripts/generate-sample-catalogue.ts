// Writes resources/sample-catalogue.csv: about 200 refurbished products as a merchant's own export would list them.
// Deterministic (no randomness, no clock), so the committed file only changes when this script does. Run: npx tsx scripts/generate-sample-catalogue.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eanCheckDigit } from '../shared/ean';

const HEADERS = [
  'Merchant product number', 'Parent product number', 'Title', 'Description', 'EAN', 'Brand', 'Category', 'Condition', 'Stock', 'Price',
  'Weight (g)', 'Colour', 'Storage', 'Width (cm)', 'Height (cm)', 'Depth (cm)', 'Image 1', 'Image 2', 'Model', 'Battery health',
] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, string | number>>;

interface Family {
  code: string;
  brand: string;
  name: string;
  category: string;
  model: string;
  price: number;
  weight: number;
  size: [number, number, number];
  colours: string[];
  storages: string[];
  /** Batteries are graded for phones, tablets and laptops only. */
  battery: boolean;
  description: string;
}

const phone = (code: string, brand: string, name: string, model: string, price: number, weight: number, size: [number, number, number], colours: string[], storages: string[]): Family => ({
  code, brand, name, category: 'Phones > Smartphones', model, price, weight, size, colours, storages, battery: true,
  description: `Refurbished ${brand} ${name}, unlocked for all networks. Tested on 30 points by our technicians; comes with a USB-C cable and a 12-month warranty.`,
});

const FAMILIES: Family[] = [
  phone('IP11', 'Apple', 'iPhone 11', 'A2221', 279, 194, [7.57, 15.09, 0.83], ['Black', 'White', 'Purple'], ['64 GB', '128 GB']),
  phone('IP12', 'Apple', 'iPhone 12', 'A2403', 339, 164, [7.15, 14.67, 0.74], ['Black', 'Blue', 'Green'], ['64 GB', '128 GB', '256 GB']),
  phone('IP13', 'Apple', 'iPhone 13', 'A2633', 429.9, 174, [7.15, 14.67, 0.77], ['Midnight', 'Starlight', 'Pink'], ['128 GB', '256 GB']),
  phone('IP14', 'Apple', 'iPhone 14', 'A2882', 519, 172, [7.15, 14.67, 0.78], ['Midnight', 'Blue', 'Purple'], ['128 GB', '256 GB']),
  phone('IP14P', 'Apple', 'iPhone 14 Pro', 'A2890', 689, 206, [7.15, 14.75, 0.79], ['Space Black', 'Deep Purple', 'Gold'], ['128 GB', '256 GB', '512 GB']),
  phone('IP15', 'Apple', 'iPhone 15', 'A3090', 629, 171, [7.16, 14.76, 0.78], ['Black', 'Blue', 'Pink'], ['128 GB', '256 GB']),
  phone('IP15PM', 'Apple', 'iPhone 15 Pro Max', 'A3106', 949, 221, [7.69, 15.99, 0.83], ['Natural Titanium', 'Blue Titanium'], ['256 GB', '512 GB', '1 TB']),
  phone('GS21', 'Samsung', 'Galaxy S21 5G', 'SM-G991B', 249, 169, [7.15, 15.17, 0.79], ['Phantom Grey', 'Phantom Violet'], ['128 GB', '256 GB']),
  phone('GS22', 'Samsung', 'Galaxy S22', 'SM-S901B', 319, 167, [7.06, 14.6, 0.76], ['Phantom Black', 'Green'], ['128 GB', '256 GB']),
  phone('GS23', 'Samsung', 'Galaxy S23', 'SM-S911B', 449.5, 168, [7.09, 14.63, 0.76], ['Phantom Black', 'Cream', 'Lavender'], ['128 GB', '256 GB']),
  phone('GS24U', 'Samsung', 'Galaxy S24 Ultra', 'SM-S928B', 899, 232, [7.9, 16.24, 0.86], ['Titanium Black', 'Titanium Grey'], ['256 GB', '512 GB']),
  phone('IPSE3', 'Apple', 'iPhone SE (2022)', 'A2783', 229, 144, [6.73, 13.84, 0.73], ['Midnight', 'Starlight', '(PRODUCT)RED'], ['64 GB', '128 GB', '256 GB']),
  phone('GA54', 'Samsung', 'Galaxy A54 5G', 'SM-A546B', 239, 202, [7.68, 15.82, 0.82], ['Awesome Graphite', 'Awesome Lime'], ['128 GB', '256 GB']),
  phone('PX6A', 'Google', 'Pixel 6a', 'GX7AS', 189, 178, [7.16, 15.2, 0.89], ['Charcoal', 'Chalk', 'Sage'], ['128 GB']),
  phone('PX7', 'Google', 'Pixel 7', 'GVU6C', 289, 197, [7.33, 15.56, 0.87], ['Obsidian', 'Snow'], ['128 GB']),
  phone('PX8P', 'Google', 'Pixel 8 Pro', 'GC3VE', 599, 213, [7.65, 16.26, 0.88], ['Obsidian', 'Bay'], ['128 GB', '256 GB']),
  {
    code: 'MBA-M1', brand: 'Apple', name: 'MacBook Air 13" M1 (2020)', category: 'Computers > Laptops', model: 'A2337', price: 649, weight: 1290,
    size: [30.41, 1.61, 21.24], colours: ['Space Grey', 'Silver', 'Gold'], storages: ['256 GB', '512 GB'], battery: true,
    description: 'Refurbished MacBook Air with Apple M1 chip, 8 GB memory. Keyboard layout stated in the title; charger included.',
  },
  {
    code: 'MBP14', brand: 'Apple', name: 'MacBook Pro 14" M1 Pro (2021)', category: 'Computers > Laptops', model: 'A2442', price: 1299.9, weight: 1600,
    size: [31.26, 1.55, 22.12], colours: ['Space Grey', 'Silver'], storages: ['512 GB', '1 TB'], battery: true,
    description: 'Refurbished MacBook Pro 14-inch, 16 GB memory, Liquid Retina XDR display. 96 W USB-C charger included.',
  },
  {
    code: 'XPS13', brand: 'Dell', name: 'XPS 13 9310', category: 'Computers > Laptops', model: '9310', price: 599, weight: 1270,
    size: [29.57, 1.48, 19.87], colours: ['Platinum Silver'], storages: ['256 GB', '512 GB'], battery: true,
    description: 'Refurbished Dell XPS 13, Intel Core i7-1165G7, 16 GB RAM, 13.4" FHD+ screen, Windows 11 Pro.',
  },
  {
    code: 'T14', brand: 'Lenovo', name: 'ThinkPad T14 Gen 2', category: 'Computers > Laptops', model: '20W0', price: 479, weight: 1500,
    size: [32.9, 1.79, 22.7], colours: ['Black'], storages: ['256 GB', '512 GB'], battery: true,
    description: 'Refurbished Lenovo ThinkPad T14, Intel Core i5-1145G7, 16 GB RAM, backlit keyboard; business laptop checked by our workshop.',
  },
  {
    code: 'IPAD9', brand: 'Apple', name: 'iPad 10.2" (9th generation) Wi-Fi', category: 'Tablets > iPad', model: 'A2602', price: 269, weight: 487,
    size: [17.41, 25.06, 0.75], colours: ['Space Grey', 'Silver'], storages: ['64 GB', '256 GB'], battery: true,
    description: 'Refurbished iPad 9th generation, Wi-Fi, 10.2" Retina display. Charger and cable included.',
  },
  {
    code: 'IPADAIR5', brand: 'Apple', name: 'iPad Air 5 (2022) Wi-Fi', category: 'Tablets > iPad', model: 'A2588', price: 459, weight: 461,
    size: [17.85, 24.76, 0.61], colours: ['Blue', 'Purple', 'Starlight'], storages: ['64 GB', '256 GB'], battery: true,
    description: 'Refurbished iPad Air with M1 chip, 10.9" Liquid Retina display, Touch ID.',
  },
  {
    code: 'TABS8', brand: 'Samsung', name: 'Galaxy Tab S8 Wi-Fi', category: 'Tablets > Android tablets', model: 'SM-X700', price: 389, weight: 503,
    size: [16.53, 25.38, 0.63], colours: ['Graphite', 'Silver'], storages: ['128 GB', '256 GB'], battery: true,
    description: 'Refurbished Galaxy Tab S8, 11" 120 Hz screen, S Pen included.',
  },
  {
    code: 'PS5', brand: 'Sony', name: 'PlayStation 5', category: 'Gaming > Consoles', model: 'CFI-1216A', price: 379, weight: 4500,
    size: [39, 10.4, 26], colours: ['White'], storages: ['825 GB'], battery: false,
    description: 'Refurbished PS5 with disc drive, one DualSense controller, HDMI and power cables.',
  },
  {
    code: 'XSX', brand: 'Microsoft', name: 'Xbox Series X', category: 'Gaming > Consoles', model: '1882', price: 349, weight: 4450,
    size: [15.1, 30.1, 15.1], colours: ['Black'], storages: ['1 TB'], battery: false,
    description: 'Refurbished Xbox Series X, controller and cables included, factory reset.',
  },
  {
    code: 'XSS', brand: 'Microsoft', name: 'Xbox Series S', category: 'Gaming > Consoles', model: '1883', price: 199, weight: 1930,
    size: [27.5, 6.5, 15.1], colours: ['White'], storages: ['512 GB'], battery: false,
    description: 'Refurbished Xbox Series S, all-digital, controller included.',
  },
  {
    code: 'NSW-OLED', brand: 'Nintendo', name: 'Switch OLED', category: 'Gaming > Consoles', model: 'HEG-001', price: 259, weight: 420,
    size: [24.2, 10.2, 1.39], colours: ['White', 'Neon Red/Blue'], storages: ['64 GB'], battery: true,
    description: 'Refurbished Nintendo Switch OLED model with dock and Joy-Con controllers.',
  },
];

/** Home appliances: no variations, each its own product. */
const APPLIANCES: { code: string; brand: string; name: string; category: string; model: string; price: number; weight: number; size: [number, number, number]; colour: string; description: string }[] = [
  { code: 'DL-ECAM22', brand: "De'Longhi", name: 'Magnifica S ECAM 22.110.B bean-to-cup coffee machine', category: 'Home > Coffee machines', model: 'ECAM22.110.B', price: 239.99, weight: 9000, size: [23.8, 35.1, 43], colour: 'Black', description: 'Refurbished bean-to-cup machine, descaled and tested; milk frother, 1.8 l tank.' },
  { code: 'DL-DEDICA', brand: "De'Longhi", name: 'Dedica EC685.M espresso machine', category: 'Home > Coffee machines', model: 'EC685.M', price: 129.9, weight: 4200, size: [14.9, 30.5, 33], colour: 'Metal', description: 'Refurbished 15-bar espresso machine, only 15 cm wide.' },
  { code: 'PH-EP2220', brand: 'Philips', name: 'Series 2200 EP2220/10 bean-to-cup coffee machine', category: 'Home > Coffee machines', model: 'EP2220/10', price: 259, weight: 7500, size: [24.6, 37.1, 43.3], colour: 'Black', description: 'Refurbished Philips fully automatic machine with classic milk frother.' },
  { code: 'KR-EA8108', brand: 'Krups', name: 'Arabica EA8108 bean-to-cup coffee machine', category: 'Home > Coffee machines', model: 'EA8108', price: 219, weight: 8100, size: [24, 30, 37.5], colour: 'Black', description: 'Refurbished Krups machine, tested with 50 cups before shipping.' },
  { code: 'DY-V11', brand: 'Dyson', name: 'V11 Absolute cordless vacuum', category: 'Home > Vacuums', model: 'SV14', price: 329, weight: 2970, size: [25, 126, 26], colour: 'Nickel/Blue', description: 'Refurbished Dyson V11, new filter, battery tested at over 90% capacity.' },
  { code: 'DY-V8', brand: 'Dyson', name: 'V8 Animal cordless vacuum', category: 'Home > Vacuums', model: 'SV10', price: 199, weight: 2550, size: [25, 124, 22], colour: 'Iron/Purple', description: 'Refurbished Dyson V8 with motorised head and two tools.' },
  { code: 'SA-MS23', brand: 'Samsung', name: 'MS23K3513AW solo microwave 23 l', category: 'Home > Microwaves', model: 'MS23K3513AW', price: 79, weight: 12500, size: [48.9, 27.5, 37.4], colour: 'White', description: 'Refurbished 800 W microwave, ceramic enamel cavity.' },
  { code: 'WP-MWP203', brand: 'Whirlpool', name: 'MWP 203 W microwave with grill 20 l', category: 'Home > Microwaves', model: 'MWP 203 W', price: 89.5, weight: 13000, size: [44, 25.8, 34.1], colour: 'White', description: 'Refurbished microwave with grill, cleaned and tested.' },
  { code: 'BO-WAN28', brand: 'Bosch', name: 'Serie 4 WAN28208FF washing machine 8 kg', category: 'Home > Washing machines', model: 'WAN28208FF', price: 349, weight: 70000, size: [59.8, 84.8, 55], colour: 'White', description: 'Refurbished 8 kg front-loader, 1400 rpm; delivery by carrier to the door.' },
  { code: 'LG-F4WV', brand: 'LG', name: 'F4WV310S6E washing machine 10.5 kg', category: 'Home > Washing machines', model: 'F4WV310S6E', price: 429, weight: 72000, size: [60, 85, 56.5], colour: 'White', description: 'Refurbished LG AI DD washing machine, steam programme, 1400 rpm.' },
];

const CONDITIONS = ['A+', 'A', 'B', 'C', 'A', 'B'];
const OLD_CONDITIONS = ['Shiny', 'Gold', 'Silver', 'Bronze'];

let eanSerial = 0;
/** A valid EAN-13 in the 376 range (a made-up company prefix), computed with the GS1 check digit. */
function nextEan(): string {
  eanSerial += 1;
  const body = `376${String(401_000_000 + eanSerial).padStart(9, '0')}`;
  return `${body}${eanCheckDigit(body)}`;
}

const decimalComma = (value: number) => value.toFixed(2).replace('.', ',');
const images = (code: string): Row => ({
  'Image 1': `https://images.refurb-sample.example/${code.toLowerCase()}/front.jpg`,
  'Image 2': `https://images.refurb-sample.example/${code.toLowerCase()}/back.jpg`,
});

function catalogueRows(): Row[] {
  const rows: Row[] = [];
  let counter = 0;
  for (const family of FAMILIES) {
    const [width, height, depth] = family.size;
    const common = (): Row => ({
      Brand: family.brand,
      Category: family.category,
      'Weight (g)': family.weight,
      'Width (cm)': decimalComma(width),
      'Height (cm)': decimalComma(height),
      'Depth (cm)': decimalComma(depth),
      Model: family.model,
    });
    rows.push({ 'Merchant product number': family.code, Title: `${family.brand} ${family.name}`, Description: family.description, ...common(), ...images(family.code) });
    family.storages.forEach((storage, storageIndex) => {
      family.colours.forEach((colour) => {
        counter += 1;
        const code = `${family.code}-${storage.replace(/\s/g, '')}-${colour.split(/[^A-Za-z]+/).filter(Boolean).map((word) => word.slice(0, 4)).join('').toUpperCase()}`;
        const condition = counter % 17 === 0 ? (OLD_CONDITIONS[counter % OLD_CONDITIONS.length] as string) : (CONDITIONS[counter % CONDITIONS.length] as string);
        rows.push({
          'Merchant product number': code,
          'Parent product number': family.code,
          Title: `${family.brand} ${family.name} ${storage} ${colour}`,
          Description: family.description,
          EAN: nextEan(),
          ...common(),
          Condition: condition,
          Stock: (counter * 7) % 13,
          Price: decimalComma(family.price + storageIndex * 60 - (condition === 'C' ? 40 : condition === 'B' ? 20 : 0)),
          Colour: colour,
          Storage: storage,
          ...images(code),
          'Battery health': family.battery ? `${85 + ((counter * 3) % 15)}%` : '',
        });
      });
    });
  }
  APPLIANCES.forEach((appliance, index) => {
    for (const [suffix, condition] of [['AP', 'A+'], ['A', 'A'], ['B', 'B'], ['C', 'C']] as const) {
      const [width, height, depth] = appliance.size;
      rows.push({
        'Merchant product number': `${appliance.code}-${suffix}`,
        Title: `${appliance.brand} ${appliance.name}`,
        Description: appliance.description,
        EAN: nextEan(),
        Brand: appliance.brand,
        Category: appliance.category,
        Condition: condition,
        Stock: (index + 2) % 5,
        Price: decimalComma(appliance.price + (condition === 'A+' ? 20 : condition === 'B' ? -25 : condition === 'C' ? -45 : 0)),
        'Weight (g)': appliance.weight,
        Colour: appliance.colour,
        'Width (cm)': decimalComma(width),
        'Height (cm)': decimalComma(height),
        'Depth (cm)': decimalComma(depth),
        Model: appliance.model,
        ...images(`${appliance.code}-${suffix}`),
      });
    }
  });
  // Rows still being completed by the merchant: they import, and show up as incomplete later.
  rows.push(
    { 'Merchant product number': 'TRADEIN-0425', Title: 'iPhone 12 mini 64 GB (trade-in, EAN to check)', Brand: 'Apple', Category: 'Phones > Smartphones', Condition: 'B', Stock: 1, Price: '219,00', Storage: '64 GB' },
    { 'Merchant product number': 'LOT-MISC-07', Title: 'Wireless earbuds, unbranded', Category: 'Audio > Headphones', Condition: 'Bronze', Stock: 4, Price: '19,90' },
    { 'Merchant product number': 'HUAWEI-P30-128', Title: 'Huawei P30 128 GB Breathing Crystal', EAN: nextEan(), Category: 'Phones > Smartphones', Condition: 'Silver', Stock: 2, Price: '149,00', Colour: 'Breathing Crystal', Storage: '128 GB' },
    { 'Merchant product number': 'MBA-M1-512-KB-DE', 'Parent product number': 'MBA-M1', Title: 'Apple MacBook Air 13" M1 (2020) 512 GB Space Grey, QWERTZ keyboard', Brand: 'Apple', Category: 'Computers > Laptops', Condition: 'A', Stock: 1, Price: '1.049,00', Colour: 'Space Grey', Storage: '512 GB', Model: 'A2337' },
  );
  return rows;
}

function toCsv(rows: readonly Row[]): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [HEADERS.join(';'), ...rows.map((row) => HEADERS.map((header) => cell(row[header])).join(';'))].join('\r\n') + '\r\n';
}

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample-catalogue.csv');
const rows = catalogueRows();
fs.writeFileSync(target, toCsv(rows));
console.log(`Wrote ${rows.length} products to ${path.relative(process.cwd(), target)}`);
