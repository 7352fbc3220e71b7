import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox } from './Combobox';

const FRUITS = ['Apple', 'Apricot', 'Banana', 'Blueberry'];

function Harness({ onSelect, onCreate }: { onSelect(value: string): void; onCreate?(value: string): void }) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  return (
    <Combobox
      label="Fruit"
      selectedText={picked}
      options={FRUITS.filter((fruit) => fruit.toLowerCase().includes(query.toLowerCase()))}
      optionKey={(fruit) => fruit}
      renderOption={(fruit) => fruit}
      onQueryChange={setQuery}
      onSelect={(fruit) => {
        setPicked(fruit);
        onSelect(fruit);
      }}
      emptyText="No fruit"
      {...(onCreate ? { onCreate, createText: (text: string) => `Add "${text}"` } : {})}
    />
  );
}

describe('the type-ahead', () => {
  it('lists matches as the merchant types, moves with the arrows and picks with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const box = screen.getByRole('combobox', { name: 'Fruit' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.type(box, 'ap');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Apple', 'Apricot']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    // Wraps round to the first.
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('Apricot');
    expect((box as HTMLInputElement).value).toBe('Apricot');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape and keeps the earlier choice', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const box = screen.getByRole('combobox', { name: 'Fruit' });
    await user.type(box, 'ban{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('Banana');
    await user.clear(box);
    await user.type(box, 'blu');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Blueberry']);
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('Banana');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('says when nothing matches, and offers to keep a new value when allowed', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    const { unmount } = render(<Harness onSelect={() => undefined} />);
    await user.type(screen.getByRole('combobox', { name: 'Fruit' }), 'kiwi');
    expect(screen.getByText('No fruit')).toBeTruthy();
    unmount();
    render(<Harness onSelect={() => undefined} onCreate={onCreate} />);
    await user.type(screen.getByRole('combobox', { name: 'Fruit' }), 'Kiwi{Enter}');
    expect(onCreate).toHaveBeenCalledWith('Kiwi');
  });
});
