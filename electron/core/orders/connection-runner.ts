// Runs Orders work with the connection's Back Market API client, through its job gate (held while the token is rejected).
import type { ConnectedClient } from '../connection/backmarket-client';
import type { ConnectionService } from '../connection/connection-service';
import { said } from '../../../shared/messages/merchant-message';
import { saidError } from '../errors';
import type { ApiRunner } from '../connection/api-runner';

export function connectionRunner(connection: Pick<ConnectionService, 'run'>): ApiRunner {
  return (job) =>
    connection.run((client) => {
      const api = (client as Partial<ConnectedClient>).api;
      if (!api) throw saidError('unavailable', said('account.noToken'));
      return job(api);
    });
}
