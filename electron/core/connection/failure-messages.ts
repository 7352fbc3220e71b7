// What each failure of the live check means for the merchant and what to do next. The renderer shows its own
// translated text per reason; these messages go with the result for logs and for any caller without translations.
import type { ConnectFailureReason } from '../../../shared/connection';

export function failureMessage(reason: ConnectFailureReason, cfRay?: string, status?: number): string {
  switch (reason) {
    case 'token-rejected':
      return (
        'Back Market rejected this API token. A token stops working when the account password changes: on the Seller Portal, ' +
        'go to Options, enter your password at the bottom of the page, and paste the new token here.'
      );
    case 'not-merchant':
      return 'Back Market accepted the token but this account cannot use the seller API. Check that it is a merchant (seller) account, or ask Back Market to enable API access.';
    case 'network':
      return 'Back Market could not be reached. Check your internet connection (and any proxy or firewall on your network), then try again.';
    case 'firewall':
      return (
        "Back Market's firewall blocked the request" +
        (cfRay ? ` (cf-ray ${cfRay}).` : '.') +
        ' Wait a few minutes and try again; if it keeps happening, send this reference to Back Market seller support so they can unblock your connection.'
      );
    case 'server':
      return `Back Market answered with an error${status ? ` (HTTP ${status})` : ''}. It is usually temporary: try again in a few minutes.`;
    case 'storage':
      return 'The token could not be saved on this computer. Try again; if it keeps happening, restart Refurb Desk.';
  }
}
