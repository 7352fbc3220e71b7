import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

/** A drawer with a Ship button that opens a dialog and is gone once the order shipped, as in the order drawer. */
function Drawer({ onClose }: { onClose(): void }) {
  const [shipping, setShipping] = useState(false);
  const [shipped, setShipped] = useState(false);
  return (
    <Dialog variant="drawer" title="Order 201" onClose={onClose} testId="drawer">
      <p>Ana Lopez, Madrid</p>
      {!shipped && (
        <button type="button" onClick={() => setShipping(true)}>
          Ship
        </button>
      )}
      {shipping && (
        <Dialog title="Ship order 201" onClose={() => setShipping(false)} testId="ship">
          <button
            type="button"
            onClick={() => {
              setShipped(true);
              setShipping(false);
            }}
          >
            Confirm shipment
          </button>
        </Dialog>
      )}
    </Dialog>
  );
}

describe('a dialog', () => {
  it('closes on Escape even after a click on plain text took the focus off its buttons', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Drawer onClose={onClose} />);
    await user.click(screen.getByText('Ana Lopez, Madrid'));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes only the topmost on Escape, and gives the focus back to the drawer when the button that opened it is gone', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Drawer onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Ship' }));
    expect(screen.getByTestId('ship').contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('ship')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ship' }));

    await user.click(screen.getByRole('button', { name: 'Ship' }));
    await user.click(screen.getByRole('button', { name: 'Confirm shipment' }));
    // The Ship button is gone: the focus is on the drawer, not lost to the page, so Escape still closes it.
    expect(screen.queryByRole('button', { name: 'Ship' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('drawer'));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
