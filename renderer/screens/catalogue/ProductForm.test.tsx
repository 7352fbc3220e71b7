import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProductInput } from '../../../shared/catalogue';
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { createFakeApi, failWith } from '../../test/fake-api';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { listingRow } from '../listings/listings-test-data';
import { checkDraft, emptyDraft } from './product-form-model';
import { ProductForm } from './ProductForm';

const describeAttributes = { message: (message: MerchantMessage) => message.code, attributeNameMissing: 'name missing', attributeNameTwice: 'name twice' };

describe('the product form', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('checks every field with the shared rules before anything is sent', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'catalogue:save': (input) => ({ ...productRow(9), ...input.product, attributes: input.product.attributes ?? {} }) as never });
    const onSaved = vi.fn();
    renderWithApi(<ProductForm product={null} onClose={() => undefined} onSaved={onSaved} />, fake.api);
    const form = screen.getByRole('dialog', { name: 'New product' });

    await user.type(within(form).getByLabelText('EAN'), '1234');
    await user.type(within(form).getByLabelText('Stock'), '-2');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(within(form).getByText('The merchant product number is missing; every product needs its own.')).toBeTruthy();
    expect(within(form).getByText('EAN "1234" must have 8, 12, 13 or 14 digits.')).toBeTruthy();
    expect(within(form).getByText('-2 is negative; use 0 or more.')).toBeTruthy();
    expect(within(form).getByLabelText('EAN').getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('catalogue:save')).toEqual([]);

    await user.type(within(form).getByLabelText('Product number'), 'P-77');
    await user.clear(within(form).getByLabelText('EAN'));
    await user.type(within(form).getByLabelText('EAN'), '4006381333931');
    await user.clear(within(form).getByLabelText('Stock'));
    await user.type(within(form).getByLabelText('Stock'), '4');
    await user.type(within(form).getByLabelText('Price (EUR)'), '199,5');
    await user.click(within(form).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(form).getByLabelText('Name of attribute 1'), 'Battery health');
    await user.type(within(form).getByLabelText('Value of attribute 1'), '92%');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.callsOf('catalogue:save')).toHaveLength(1));
    const sent = fake.callsOf('catalogue:save')[0]?.product as ProductInput;
    expect(sent).toMatchObject({ productNumber: 'P-77', ean: '4006381333931', stock: 4, price: 199.5, title: null, attributes: { 'Battery health': '92%' } });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('shows the field errors main reports beside their fields', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'catalogue:save': () =>
        failWith({
          code: 'conflict',
          message: 'Another product already has the number "P-0002". Product numbers must be unique: change this one.',
          said: said('product.numberTaken', { productNumber: 'P-0002' }),
          issues: [{ path: 'productNumber', message: 'Already used by another product.', said: said('product.numberTakenField') }],
        }),
    });
    renderWithApi(<ProductForm product={productRow(1)} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
    const form = screen.getByRole('dialog', { name: 'Product P-0001' });
    const number = within(form).getByLabelText('Product number') as HTMLInputElement;
    expect(number.value).toBe('P-0001');
    await user.clear(number);
    await user.type(number, 'P-0002');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Already used by another product.')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('Product numbers must be unique: change this one.');
    expect(fake.callsOf('catalogue:save')[0]).toMatchObject({ id: 1, product: { productNumber: 'P-0002' } });
    expect(number.value).toBe('P-0002');
  });

  it("words the field errors in the merchant's language, its own checks and main's alike", async () => {
    await i18next.changeLanguage('fr');
    const user = userEvent.setup();
    const fake = createFakeApi({
      'catalogue:save': () =>
        failWith({
          code: 'conflict',
          message: 'A product with the number "P-9" already exists. Open it to edit it instead.',
          said: said('product.numberExists', { productNumber: 'P-9' }),
          issues: [{ path: 'productNumber', message: 'Already exists: open that product to edit it.', said: said('product.numberExistsField') }],
        }),
    });
    renderWithApi(<ProductForm product={null} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
    const form = screen.getByRole('dialog', { name: 'Nouveau produit' });
    await user.type(within(form).getByLabelText('Référence produit'), 'P-9');
    await user.type(within(form).getByLabelText('EAN'), '12AB');
    await user.type(within(form).getByLabelText('Stock'), '2,5');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('L’EAN « 12AB » ne doit contenir que des chiffres.')).toBeTruthy();
    expect(within(form).getByText('2.5 n’est pas un nombre entier.')).toBeTruthy();
    expect(fake.callsOf('catalogue:save')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('EAN'));
    await user.clear(within(form).getByLabelText('Stock'));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Existe déjà : ouvrez ce produit pour le modifier.')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('Un produit avec la référence « P-9 » existe déjà. Ouvrez-le pour le modifier.');
  });

  it('says in French which product already has the SKU in another case, and what to do, beside the product number', async () => {
    await i18next.changeLanguage('fr');
    const user = userEvent.setup();
    const taken = said('product.numberOtherCase', { productNumber: 'bm-exist-00007', existing: 'BM-EXIST-00007' });
    const fake = createFakeApi({
      'catalogue:save': () =>
        failWith({
          code: 'conflict',
          message: 'The product "BM-EXIST-00007" already has this SKU…',
          said: taken,
          issues: [{ path: 'productNumber', message: 'Same SKU on Back Market as "BM-EXIST-00007"…', said: said('product.numberOtherCaseField', { existing: 'BM-EXIST-00007' }) }],
        }),
    });
    renderWithApi(<ProductForm product={null} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
    const form = screen.getByRole('dialog', { name: 'Nouveau produit' });
    await user.type(within(form).getByLabelText('Référence produit'), 'bm-exist-00007');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Même référence sur Back Market que « BM-EXIST-00007 » (les majuscules et minuscules n’y comptent pas).')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain(
      'Le produit « BM-EXIST-00007 » a déjà cette référence : Back Market ignore les majuscules et minuscules, « bm-exist-00007 » y serait donc la même offre. Ouvrez « BM-EXIST-00007 » pour le modifier, ou choisissez une autre référence.',
    );
  });

  it("says which market a market's own comment (comment_fr-be) is for, in the merchant's language", async () => {
    const product = productRow(1, { attributes: { Comment: 'Boîte d’origine', 'comment_fr-be': 'Chargeur belge' } });
    renderWithApi(<ProductForm product={product} onClose={() => undefined} onSaved={() => undefined} />, createFakeApi({}).api);
    const form = screen.getByRole('dialog', { name: 'Product P-0001' });
    expect(within(form).getByText('The comment for Belgium only: sent there instead of the product’s comment.')).toBeTruthy();
    // Only the market's own column says so: the shared Comment does not.
    expect(within(form).getAllByText(/The comment for/)).toHaveLength(1);
    await i18next.changeLanguage('fr');
    expect(await within(form).findByText('Le commentaire pour Belgique seulement : envoyé là-bas à la place du commentaire du produit.')).toBeTruthy();
  });

  it('names a language’s own text column (title_de) as the merchant reads it', async () => {
    await i18next.changeLanguage('fr');
    try {
      const product = productRow(1, { attributes: { title_de: '64 GB - Weiß - Ohne Vertrag', Garantie: '12' } });
      renderWithApi(<ProductForm product={product} onClose={() => undefined} onSaved={() => undefined} />, createFakeApi({}).api);
      const form = screen.getByRole('dialog', { name: 'Produit P-0001' });
      expect(within(form).getByText('Titre (allemand)')).toBeTruthy();
      // The merchant's own attribute has no such note.
      expect(form.querySelectorAll('.attribute-note')).toHaveLength(1);
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('asks before throwing away unsaved changes', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApi(<ProductForm product={productRow(1)} onClose={onClose} onSaved={() => undefined} />, createFakeApi({}).api);
    await user.type(screen.getByLabelText('Title'), ' (mint)');
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('checkDraft', () => {
  it('drops empty attribute rows and flags nameless or repeated ones', () => {
    const draft = emptyDraft();
    draft.fields.productNumber = 'P-1';
    draft.attributes = [
      { key: 1, name: '', value: '' },
      { key: 2, name: 'Grade', value: 'A' },
      { key: 3, name: 'Grade', value: 'B' },
      { key: 4, name: ' ', value: 'orphan' },
    ];
    expect(checkDraft(draft, describeAttributes).problems).toEqual({ 'attributes.2': 'name twice', 'attributes.3': 'name missing' });
  });
});

describe('the product form beside Back Market’s spelling of the SKU', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  /** The catalogue's IP13-3, with its offers as the Listings grid shows them (Back Market's spelling of the SKU per market). */
  function renderWithSpellings(skus: Record<string, string>) {
    const product = productRow(3, { productNumber: 'IP13-3' });
    const rows = Object.entries(skus).map(([country, sku]) => listingRow(3, country, { productNumber: 'IP13-3', sku }));
    const fake = createFakeApi({ 'listings:list': () => ({ rows, total: rows.length }) });
    renderWithApi(<ProductForm product={product} onClose={() => undefined} onSaved={() => undefined} />, fake.api);
    return fake;
  }

  it('shows Back Market’s spelling beside the product number, in French, where every market spells it otherwise', async () => {
    await i18next.changeLanguage('fr');
    const fake = renderWithSpellings({ 'fr-fr': 'ip13-3', 'de-de': 'ip13-3' });
    const hint = await screen.findByTestId('backmarket-sku');
    expect(hint.textContent).toBe('Sur Back Market : ip13-3. C’est le même SKU : Back Market ne distingue pas majuscules et minuscules, et la synchronisation garde son écriture (rien n’est renommé).');
    // Beside the product number, which keeps the merchant's own spelling.
    const field = screen.getByLabelText('Référence produit');
    expect((field as HTMLInputElement).value).toBe('IP13-3');
    expect(field.parentElement?.contains(hint)).toBe(true);
    // Nothing is saved or sent by showing it.
    expect(fake.callsOf('catalogue:save')).toEqual([]);
  });

  it('names the markets where only some spell it otherwise, and says nothing where Back Market spells it as the catalogue does', async () => {
    renderWithSpellings({ 'fr-fr': 'ip13-3', 'de-de': 'IP13-3', 'es-es': 'ip13-3' });
    expect((await screen.findByTestId('backmarket-sku')).textContent).toMatch(/^On Back Market in France and Spain: ip13-3\. The same SKU/);
  });

  it('shows nothing when Back Market spells the SKU as the catalogue does', async () => {
    renderWithSpellings({ 'fr-fr': 'IP13-3' });
    // The drawer's "On Back Market" shows the same read, answered.
    await screen.findByTestId('offer-standings');
    expect(screen.queryByTestId('backmarket-sku')).toBeNull();
  });
});
