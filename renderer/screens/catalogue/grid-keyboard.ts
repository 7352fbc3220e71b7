// What a key press means in the catalogue grid, as a plain function of the key and where the merchant stands.
export type GridKeyAction =
  | { kind: 'move'; row: number; column: number }
  | { kind: 'open' }
  | { kind: 'edit' }
  | { kind: 'toggleSelected' }
  | { kind: 'expand'; open: boolean };

export interface GridPosition {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /** Lines that fit on screen, for Page Up / Page Down. */
  pageRows: number;
  /** The active cell can be edited in place. */
  editable: boolean;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));

export function gridKeyAction(key: string, modifiers: { ctrl: boolean }, at: GridPosition): GridKeyAction | null {
  const move = (row: number, column = at.column): GridKeyAction => ({ kind: 'move', row: clamp(row, at.rowCount - 1), column: clamp(column, at.columnCount - 1) });
  switch (key) {
    case 'ArrowDown':
      return move(at.row + 1);
    case 'ArrowUp':
      return move(at.row - 1);
    case 'ArrowLeft':
      return move(at.row, at.column - 1);
    case 'ArrowRight':
      return move(at.row, at.column + 1);
    case 'PageDown':
      return move(at.row + at.pageRows);
    case 'PageUp':
      return move(at.row - at.pageRows);
    case 'Home':
      return modifiers.ctrl ? move(0) : move(at.row, 0);
    case 'End':
      return modifiers.ctrl ? move(at.rowCount - 1) : move(at.row, at.columnCount - 1);
    case 'Enter':
      return at.editable ? { kind: 'edit' } : { kind: 'open' };
    case 'F2':
      return at.editable ? { kind: 'edit' } : null;
    case ' ':
      return { kind: 'toggleSelected' };
    case '+':
      return { kind: 'expand', open: true };
    case '-':
      return { kind: 'expand', open: false };
    default:
      return null;
  }
}
