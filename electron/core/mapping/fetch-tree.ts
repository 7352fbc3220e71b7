// Fetches the category tree through the connection's current client (waiting while the token is being replaced), in
// the language of one market: Back Market names categories and attribute values in the language of Accept-Language.
import type { CategoryTree } from '../backmarket';
import type { ConnectedClient } from '../connection/backmarket-client';
import type { ConnectionService } from '../connection/connection-service';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';

export function categoryTreeFetcher(connection: Pick<ConnectionService, 'run'>): (market: string) => Promise<CategoryTree[]> {
  return (market) =>
    connection.run(async (client) => {
      const api = (client as Partial<ConnectedClient>).api;
      if (!api) throw saidError('unavailable', said('mapping.treeTokenUnusable'));
      return api.forCountry(market).getCategoryTree();
    });
}
