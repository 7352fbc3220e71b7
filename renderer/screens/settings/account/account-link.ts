// Where the merchant decides about the account's listings: Settings, at the Existing account section.
import { hrefOf } from '../../../shell/use-hash-route';

export const EXISTING_ACCOUNT_SECTION = 'existing-account';
export const existingAccountHref = () => hrefOf('settings', { section: EXISTING_ACCOUNT_SECTION });
