// How to reach the customer: the e-mail and phone Back Market sent, in the order detail and on the packing slip; when it
// sent no name, e-mail or phone (in either spelling), the detail says so instead of leaving a blank.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../../shared/orders';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { address, detail, page, summary } from './order-fixtures';
import { OrdersScreen } from './OrdersScreen';

async function openWith(order: OrderDetail) {
  const fake = createFakeApi({ 'orders:list': () => page([summary(order.orderId, { customerName: order.customerName })]), 'orders:get': () => order, 'app:info': () => ({ version: '1', shell: 'preview' }) });
  window.location.hash = `#/orders?order=${order.orderId}`;
  renderWithApi(<OrdersScreen />, fake.api);
  const drawer = await screen.findByTestId('order-detail');
  await within(drawer).findByRole('table', { name: 'Lines' });
  const slip = document.body.querySelector(':scope > [data-testid="packing-slip"]') as HTMLElement;
  return { drawer, slip };
}

describe('the customer’s e-mail and phone', () => {
  it('are shown in the order detail (the e-mail as a link) and on the packing slip', async () => {
    const { drawer, slip } = await openWith(detail(101));
    expect(within(drawer).getByTestId('order-customer').textContent).toBe('Camille Durand');
    expect(within(drawer).getByRole('link', { name: 'camille.durand@example.invalid' }).getAttribute('href')).toBe('mailto:camille.durand@example.invalid');
    expect(within(drawer).getByTestId('order-phone').textContent).toBe('+33612345678');
    expect(slip.textContent).toContain('camille.durand@example.invalid');
    expect(slip.textContent).toContain('+33612345678');
  });

  it('a phone only on the billing address still reaches the packing slip, once', async () => {
    const order = detail(102, { shippingAddress: { ...address('Camille', 'Durand'), phone: '' }, customerPhone: '+33698765432', customerEmail: '' });
    const { drawer, slip } = await openWith(order);
    expect(within(drawer).getByTestId('order-phone').textContent).toBe('+33698765432');
    expect(slip.textContent?.split('+33698765432')).toHaveLength(2);
  });

  it('when Back Market sent no name, e-mail or phone, the detail says so and the slip leaves them out', async () => {
    const nobody = { ...address('', ''), phone: '', email: '' };
    const { drawer, slip } = await openWith(detail(103, { customerName: '', customerEmail: '', customerPhone: '', shippingAddress: nobody, billingAddress: nobody }));
    expect(within(drawer).getByTestId('order-customer').textContent).toBe('Back Market sent no customer name');
    expect(within(drawer).getByTestId('order-email').textContent).toBe('Back Market sent no e-mail address');
    expect(within(drawer).getByTestId('order-phone').textContent).toBe('Back Market sent no phone number');
    expect(slip.textContent).not.toMatch(/Back Market sent no/);
    expect(slip.textContent).toContain('69003 Lyon');
  });
});
