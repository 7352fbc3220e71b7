import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';

describe("a dialog's actions", () => {
  it('submit the form named by its id, so the button and Enter in a field save the same way', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
    const onCancel = vi.fn();
    render(
      <Dialog title="Bulk edit" onClose={onCancel} footer={<DialogActions cancelLabel="Cancel" onCancel={onCancel} confirmLabel="Apply to 3 products" form="bulk-form" />}>
        <form id="bulk-form" onSubmit={onSubmit}>
          <label htmlFor="bulk-value">Value</label>
          <input id="bulk-value" />
        </form>
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Apply to 3 products' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    await user.type(screen.getByLabelText('Value'), '12{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('put the focus on the safe choice when asked, and do nothing while the action is not allowed', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(
      <Dialog
        title="Take 2 listings offline?"
        role="alertdialog"
        onClose={() => undefined}
        footer={<DialogActions cancelLabel="Keep online" onCancel={() => undefined} confirmLabel="Take offline" onConfirm={onConfirm} tone="danger" autoFocus="cancel" disabled />}
      >
        <p>Buyers will not see them.</p>
      </Dialog>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep online' }));
    const confirm = screen.getByRole('button', { name: 'Take offline' });
    expect(confirm.className).toContain('button-danger');
    expect(confirm.getAttribute('type')).toBe('button');
    await user.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('run the action at once when it is a confirmation, focused first when asked', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(
      <Dialog title="Restore?" onClose={() => undefined} footer={<DialogActions cancelLabel="Cancel" onCancel={() => undefined} confirmLabel="Restore" onConfirm={onConfirm} autoFocus="confirm" />}>
        <p>Everything you have now is replaced.</p>
      </Dialog>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore' }));
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
