import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FieldSource } from '../../../shared/mapping';
import { SourcePicker } from './SourcePicker';

function renderPicker(suggestion: FieldSource) {
  const onChange = vi.fn();
  render(<SourcePicker label="Source of Warranty (months)" source={null} suggestion={suggestion} attributeNames={['Garantie (mois)']} emptyLabel="Not mapped" onChange={onChange} />);
  return onChange;
}

describe('a suggested source', () => {
  it('names the column of the merchant\'s file it comes from, marked in the list', async () => {
    const onChange = renderPicker({ kind: 'attribute', name: 'Garantie (mois)' });
    expect(screen.getByRole('option', { name: 'Garantie (mois) (suggested)' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use the suggestion: Garantie (mois)' }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'attribute', name: 'Garantie (mois)' });
  });

  it('says a fixed value is a default, not taken from the file', async () => {
    const onChange = renderPicker({ kind: 'fixed', value: '12' });
    expect(screen.queryByRole('button', { name: /Use the suggestion/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use the default “12” (not from your file)' }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'fixed', value: '12' });
  });
});
