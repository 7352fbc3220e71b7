// The footer of a dialog that asks for one decision: the way out first, then the action. The action either runs at
// once (a confirmation) or submits the dialog's form by its id (an editor, so Enter in a field does the same). Which
// button has the focus on opening is the caller's choice: the safe one where the action cannot be undone.
interface DialogActionsCommon {
  cancelLabel: string;
  onCancel(): void;
  confirmLabel: string;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
  /** The button focused when the dialog opens; without it, the dialog's first field or button. */
  autoFocus?: 'cancel' | 'confirm';
}

type DialogActionsProps = DialogActionsCommon & ({ onConfirm(): void; form?: never } | { form: string; onConfirm?: never });

export function DialogActions({ cancelLabel, onCancel, confirmLabel, onConfirm, form, disabled, tone = 'primary', autoFocus }: DialogActionsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel} data-autofocus={autoFocus === 'cancel' || undefined}>
        {cancelLabel}
      </button>
      <button
        type={form === undefined ? 'button' : 'submit'}
        form={form}
        className={`button button-${tone}`}
        data-autofocus={autoFocus === 'confirm' || undefined}
        disabled={disabled}
        onClick={onConfirm && (() => onConfirm())}
      >
        {confirmLabel}
      </button>
    </>
  );
}
