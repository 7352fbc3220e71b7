// Says so in the header when Refurb Desk's background process (the preview host) stops answering, while the transport
// keeps trying; when it answers again every screen reads its data afresh, and nothing typed in a form is lost.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { HostState } from '../api/client';

export function HostStatus() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<HostState>('up');
  useEffect(
    () =>
      api.watchHost?.((next) => {
        setState(next);
        if (next === 'up') void queryClient.invalidateQueries();
      }),
    [api, queryClient],
  );
  if (state === 'up') return null;
  return (
    <span className="pending-summary pending-summary-waiting field-error" role="alert" data-testid="host-down">
      <span className="pending-dot" aria-hidden="true" />
      {t('truth.header.notResponding')}
    </span>
  );
}
