import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallError } from '../api/call-error';
import { ListTable } from './ListTable';

function Returns({ error, rows }: { error?: unknown; rows: string[] | undefined }) {
  return (
    <ListTable error={error} rowCount={rows?.length} emptyText="No return so far." label="Backship returns" columns={['Order', { label: 'Actions', screenReaderOnly: true }]}>
      {rows?.map((order) => (
        <tr key={order}>
          <td>{order}</td>
          <td />
        </tr>
      ))}
    </ListTable>
  );
}

describe('a list table', () => {
  it('says it is loading until the first answer, then shows the rows under their headings', () => {
    const { rerender } = render(<Returns rows={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByRole('table')).toBeNull();

    rerender(<Returns rows={['201', '202']} />);
    expect(screen.queryByRole('status')).toBeNull();
    const table = screen.getByRole('table', { name: 'Backship returns' });
    expect(within(table).getAllByRole('columnheader').map((heading) => heading.textContent)).toEqual(['Order', 'Actions']);
    expect(within(table).getByText('Actions').className).toBe('sr-only');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('says when there is nothing, instead of an empty table', () => {
    render(<Returns rows={[]} />);
    expect(screen.getByText('No return so far.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the read failed, and keeps the rows last read under the message', () => {
    const error = new CallError({ code: 'unavailable', message: 'Back Market did not answer; try again in a minute.' });
    const { rerender } = render(<Returns error={error} rows={undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('Back Market did not answer; try again in a minute.');
    expect(screen.queryByRole('status')).toBeNull();

    rerender(<Returns error={error} rows={['201']} />);
    expect(screen.getByRole('alert').textContent).toContain('Back Market did not answer');
    expect(screen.getByRole('table', { name: 'Backship returns' })).toBeTruthy();
  });
});
