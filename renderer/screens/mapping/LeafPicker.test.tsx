import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { foldText } from '../../../shared/text-fold';
import { createFakeApi } from '../../test/fake-api';
import { LEAVES } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { LeafPicker } from './LeafPicker';

function setup() {
  const fake = createFakeApi({
    'mapping:searchCategories': ({ query }) => LEAVES.filter((leaf) => foldText(`${leaf.path} ${leaf.gloss}`).includes(foldText(query))),
  });
  const onPick = vi.fn();
  renderWithApi(<LeafPicker label="Back Market category for Home > Microwaves" leaf={null} onPick={onPick} />, fake.api);
  return { ...fake, onPick };
}

describe('the Back Market category type-ahead', () => {
  it('finds a French leaf by its English gloss and shows both names', async () => {
    const user = userEvent.setup();
    const { onPick, callsOf } = setup();
    const box = screen.getByRole('combobox', { name: 'Back Market category for Home > Microwaves' });
    await user.type(box, 'microwave');
    const option = await screen.findByRole('option', { name: /Micro-ondes/ });
    expect(option.textContent).toContain('Électroménager > Cuisine > Micro-ondes');
    expect(option.textContent).toContain('Household appliances > Kitchen > Microwave ovens');
    expect(callsOf('mapping:searchCategories').at(-1)).toMatchObject({ query: 'microwave' });
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ marketplaceCategoryId: 30 }));
  });

  it('moves through the matches with the arrows and closes with Escape without picking', async () => {
    const user = userEvent.setup();
    const { onPick } = setup();
    const box = screen.getByRole('combobox');
    await user.type(box, 'cuisine');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(onPick).not.toHaveBeenCalled();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ marketplaceCategoryId: 31 }));
  });
});
