// Binds the existing-account entries of the contract to the account service.
import type { Handlers } from '../../../shared/contract';
import type { accountCalls } from '../../../shared/contract/account-calls';
import type { AccountService } from './account-service';

type AccountHandlers = Pick<Handlers, keyof typeof accountCalls>;

export function accountHandlers(account: AccountService): AccountHandlers {
  return {
    'account:read': async () => account.read(),
    'account:cancel': async () => account.cancel(),
    'account:summary': async () => account.summary(),
    'account:unmanaged': async (query) => account.unmanaged(query),
    'account:import': async (request) => account.import(request),
    'account:review': async (query) => account.review(query),
    'account:decide': async (request) => account.decide(request),
  };
}
