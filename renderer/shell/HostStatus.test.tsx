// The header says when the background process stops answering, and every screen reads again once it is back.
import { act, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { HostState } from '../api/client';
import { createFakeApi } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { HostStatus } from './HostStatus';

it('shows that the background process is not responding until it answers again, then refreshes what is on screen', () => {
  const fake = createFakeApi({});
  let tell: (state: HostState) => void = () => undefined;
  const api = { ...fake.api, watchHost: (listener: (state: HostState) => void) => ((tell = listener), () => undefined) };
  const { queryClient } = renderWithApi(<HostStatus />, api);
  queryClient.setQueryData(['sync:state', {}], { stale: false });
  expect(screen.queryByTestId('host-down')).toBeNull();
  act(() => tell('down'));
  expect(screen.getByRole('alert').textContent).toBe("Refurb Desk's background process is not responding. Trying again…");
  act(() => tell('up'));
  expect(screen.queryByTestId('host-down')).toBeNull();
  expect(queryClient.getQueryState(['sync:state', {}])?.isInvalidated).toBe(true);
});
