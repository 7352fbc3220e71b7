// The Catalogue's Sync cell words the state main read from the Listings grid's facts, in the merchant's language: never
// "Synced" for a product held back, refused or waiting.
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_SYNC_STATES, type CatalogueSync } from '../../../shared/catalogue';
import { productRow } from '../../test/products';
import { SyncCell } from './SyncCell';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const cellOf = (sync: CatalogueSync | undefined, overrides = {}) => {
  const { container, unmount } = render(<SyncCell product={productRow(1, { sync, ...overrides })} />);
  const mark = container.querySelector('[data-sync]');
  const said = { state: mark?.getAttribute('data-sync'), title: mark?.getAttribute('title') ?? null, text: container.textContent };
  unmount();
  return said;
};

describe("the Catalogue's Sync cell", () => {
  it('says in French what the Listings grid says: held back, refused, waiting, not known yet, never sent', async () => {
    await i18next.changeLanguage('fr');
    expect(cellOf('held-back')).toEqual({ state: 'held-back', title: 'Retenu : pas envoyé à Back Market (Annonces dit pourquoi et quoi faire)', text: 'Retenu : pas envoyé à Back Market (Annonces dit pourquoi et quoi faire)' });
    expect(cellOf('refused').title).toBe('Refusé par Back Market (Annonces montre ce qu’il a dit)');
    expect(cellOf('pending').title).toBe(i18next.t('catalogue.pending'));
    expect(cellOf('unconfirmed').title).toBe('Envoyé ; ce que Back Market détient n’est pas encore connu (la prochaine synchronisation le lit)');
    expect(cellOf('partly-sent').title).toBe('Sur Back Market dans certains marchés, jamais envoyé dans d’autres');
    expect(cellOf('not-sent').text).toBe('–Jamais envoyé à Back Market');
    expect(cellOf('synced')).toEqual({ state: 'synced', title: null, text: 'Synchronisé' });
    // « Synchronisé » for the synced state alone.
    for (const state of CATALOGUE_SYNC_STATES.filter((each) => each !== 'synced')) expect(cellOf(state).text).not.toContain('Synchronisé');
  });

  it('falls back on the outbox for a row main did not read (a parent of variations)', () => {
    expect(cellOf(undefined, { pending: true, childCount: 2 }).state).toBe('pending');
    expect(cellOf(undefined, { pending: false, childCount: 2 }).text).toBe('Synced');
  });
});
