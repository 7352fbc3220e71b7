// Orders for the renderer tests: summaries, details and a page as the Orders service returns them.
import type { OrderAddress, OrderDetail, OrderlineDetail, OrderPage, OrderSummary, OrderTab } from '../../../shared/orders';

export const address = (firstName: string, lastName: string, city = 'Lyon'): OrderAddress => ({
  firstName,
  lastName,
  company: '',
  street: '12 rue des Lilas',
  street2: '',
  postalCode: '69003',
  city,
  state: '',
  country: 'FR',
  phone: '+33612345678',
  email: 'camille.durand@example.invalid',
});

export function summary(orderId: number, patch: Partial<OrderSummary> = {}): OrderSummary {
  return {
    orderId,
    state: 1,
    place: 'to-accept',
    customerName: 'Camille Durand',
    countryCode: 'fr-fr',
    currency: 'EUR',
    total: '149.00',
    lineCount: 1,
    skus: ['IPSE20-64-WHT'],
    trackingNumber: '',
    dateCreation: '2026-11-27T08:00:00Z',
    datePayment: '2026-11-27T08:05:00Z',
    expectedDispatchDate: '2099-11-28T17:00:00Z',
    ...patch,
  };
}

export function line(id: number, patch: Partial<OrderlineDetail> = {}): OrderlineDetail {
  return {
    id,
    sku: 'IPSE20-64-WHT',
    product: 'iPhone SE (2020) 64 GB White',
    brand: 'Apple',
    grade: 'Good',
    quantity: 1,
    price: '149.00',
    shippingPrice: '0.00',
    fee: '14.90',
    salesTaxes: '24.83',
    currency: 'EUR',
    state: 1,
    stateLabel: 'Paid, to accept or cancel',
    returnReason: null,
    returnMessage: '',
    imei: '',
    serialNumber: '',
    dateCreation: '2026-11-27T08:00:00Z',
    productId: 3,
    canAccept: true,
    canCancel: true,
    canRefund: false,
    ...patch,
  };
}

export function detail(orderId: number, patch: Partial<OrderDetail> = {}): OrderDetail {
  return {
    ...summary(orderId),
    shippingAddress: address('Camille', 'Durand'),
    billingAddress: address('Camille', 'Durand', 'Paris'),
    customerEmail: 'camille.durand@example.invalid',
    customerPhone: '+33612345678',
    deliveryNote: 'https://www.backmarket.fr/delivery-note/1.pdf',
    trackingUrl: '',
    shipper: '',
    shippingPrice: '0.00',
    salesTaxes: '24.83',
    paymentMethod: 'CARD',
    dateModification: '2026-11-27T08:05:00Z',
    dateShipping: '',
    lines: [line(orderId * 10 + 1)],
    canShip: false,
    identifiersAllowed: true,
    shipmentUnconfirmed: false,
    ...patch,
  };
}

export function page(orders: OrderSummary[], counts: Partial<Record<OrderTab, number>> = {}): OrderPage {
  return {
    orders,
    total: orders.length,
    offset: 0,
    limit: 50,
    counts: { 'to-accept': 0, 'to-ship': 0, shipped: 0, 'cancelled-refunded': 0, ...counts },
  };
}
