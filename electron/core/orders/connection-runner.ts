// Runs Orders work with the connection's Back Market API client, through its job gate (held while the token is rejected).
import type { ConnectedClient } from '../connection/backmarket-client';
import type { ConnectionService } from '../connection/connection-service';
import { AppError } from '../errors';
import type { ApiRunner } from './orders-context';

export function connectionRunner(connection: Pick<ConnectionService, 'run'>): ApiRunner {
  return (job) =>
    connection.run((client) => {
      const api = (client as Partial<ConnectedClient>).api;
      if (!api) throw new AppError('unavailable', 'Refurb Desk has no usable Back Market token: paste a new token from the Back Market back office (Options).');
      return job(api);
    });
}
