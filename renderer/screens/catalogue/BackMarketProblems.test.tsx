import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi } from '../../test/fake-api';
import { BRANDLESS_PROBLEMS } from '../../test/mapping';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { foldProblems } from './problems-model';
import { ProductForm } from './ProductForm';

function setup() {
  const fake = createFakeApi({ 'mapping:problems': () => BRANDLESS_PROBLEMS });
  useCatalogueStore.getState().setOpenProduct({ mode: 'edit', id: 7 });
  renderWithApi(<ProductForm product={productRow(7, { brand: null, condition: 'Like new-ish' })} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
  return fake;
}

describe('the Back Market problems panel', () => {
  it('lists each problem once, with the countries it holds in', async () => {
    setup();
    const panel = await screen.findByTestId('bm-problems');
    expect(within(panel).getByText('Not ready for: France, Germany, United Kingdom')).toBeTruthy();
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain('All countries');
    expect(items[0]?.textContent).toContain('Brand is missing');
    expect(items[2]?.textContent).toContain('France');
    expect(items[2]?.textContent).toContain('shorter than Back Market’s minimum');
  });

  it('focuses the product field a problem is about', async () => {
    const user = userEvent.setup();
    setup();
    const panel = await screen.findByTestId('bm-problems');
    await user.click(within(panel).getByRole('button', { name: 'Go to Brand' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Brand'));
  });

  it('opens the mapping screen at the row that fixes a mapping problem, closing the drawer', async () => {
    const user = userEvent.setup();
    setup();
    const panel = await screen.findByTestId('bm-problems');
    await user.click(within(panel).getByRole('button', { name: 'Open the condition map' }));
    await waitFor(() => expect(window.location.hash).toBe('#/mapping-attributes?focus=Like+new-ish'));
    expect(useCatalogueStore.getState().openProduct).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Open attribute mapping' }));
    expect(window.location.hash).toBe('#/mapping-attributes?focus=warranty_delay');
  });
});

describe('foldProblems', () => {
  it('keeps a problem of one country apart from those of every country', () => {
    const folded = foldProblems(BRANDLESS_PROBLEMS);
    expect(folded.map((entry) => [entry.problem.field, entry.countries])).toEqual([
      ['brand', []],
      ['grade', []],
      ['warranty_delay', ['fr-fr']],
    ]);
  });
});
