// Fetches the category tree through the connection's current client (waiting while the token is being replaced).
import type { CategoryTree } from '../backmarket';
import type { ConnectedClient } from '../connection/backmarket-client';
import type { ConnectionService } from '../connection/connection-service';
import { AppError } from '../errors';

export function categoryTreeFetcher(connection: Pick<ConnectionService, 'run'>): () => Promise<CategoryTree[]> {
  return () =>
    connection.run(async (client) => {
      const api = (client as Partial<ConnectedClient>).api;
      if (!api) throw new AppError('unavailable', 'The category tree cannot be fetched: the Back Market token is not usable. Enter a new token, then refresh the tree.');
      return api.getCategoryTree();
    });
}
